package org.jmapserv.http;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Test shorthand: run a fetch and unwrap its outcome; profiles with short test timeouts. */
final class Fetching {
    private Fetching() {
    }

    static HttpProfile quickProfile() {
        return HttpProfile.defaults().withTimeouts(new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(3)));
    }

    static FetchResult get(HttpFetcher fetcher, URI uri, HttpProfile profile) throws HttpFetchException {
        try {
            return fetcher.fetch(uri, profile).get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpFetchException h) {
                throw h;
            }
            throw new AssertionError("unexpected failure type", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("fetch did not finish", e);
        }
    }

    static HttpFetchException failure(HttpFetcher fetcher, URI uri, HttpProfile profile) {
        return assertThrows(HttpFetchException.class, () -> get(fetcher, uri, profile));
    }
}
