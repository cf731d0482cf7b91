package org.jmapserv.testsupport;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a {@link LocalHttpsServer} received: method, path with query, headers (names lower-case). */
public record RecordedRequest(String method, String pathAndQuery, Map<String, List<String>> headers) {
    /** First value of a header, case-insensitive. */
    public Optional<String> header(String name) {
        List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }
}
