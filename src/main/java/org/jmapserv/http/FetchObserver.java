package org.jmapserv.http;

/**
 * Told about every fetch when it ends, for operations metrics: the origin ({@code host:port}, never a path or
 * query, so no secret), the time it took, and the failure kind ({@code null} when an answer arrived; an HTTP
 * error status still counts as an answer).
 */
@FunctionalInterface
public interface FetchObserver {

    FetchObserver NONE = (origin, nanos, failure) -> { };

    void fetched(String origin, long nanos, String failure);
}
