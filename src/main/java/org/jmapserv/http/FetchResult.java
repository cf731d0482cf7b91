package org.jmapserv.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a fetch returned. Like MapServer (no CURLOPT_FAILONERROR), statuses other than 401, 403 and
 * 407 are returned with their body so the caller can read a ServiceException; those three become
 * {@link HttpFetchException}s.
 *
 * @param status the final HTTP status
 * @param contentType the whole Content-Type header value, parameters included, or "" if absent
 * @param headers response headers of the final hop, names lower-cased, values in order
 * @param body the response body (never larger than the profile's max bytes)
 * @param finalUri the URI that produced this response, after redirects
 * @param redirectCount how many redirects were followed
 * @param timings connect / first byte / total
 */
public record FetchResult(int status, String contentType, Map<String, List<String>> headers,
        byte[] body, URI finalUri, int redirectCount, FetchTimings timings) {

    public FetchResult {
        headers = Map.copyOf(headers);
    }

    /** The first value of a header, looked up case-insensitively. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public String toString() {
        return "FetchResult[status=" + status + ", contentType=" + contentType + ", bytes="
                + body.length + ", finalUri=" + UrlRedactor.maskUri(finalUri) + ", redirects="
                + redirectCount + ", timings=" + timings.summary() + "]";
    }
}
