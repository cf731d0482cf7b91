package org.jmapserv.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.apache.hc.core5.http.HttpEntity;

/**
 * Reads a response body up to the profile's byte limit (MapServer: "Requested transfer larger
 * than configured maximum %d.", msHTTPWriteFct). A declared Content-Length over the limit fails
 * before reading; a body that grows past it fails as soon as it does. The limit applies after
 * gzip/deflate decoding, so a compression bomb is stopped too. Decoding is done here rather than
 * by HttpClient because its non-blocking (HTTP/2) client does not decode, and both transports
 * must return the same bytes.
 */
final class BoundedBodyReader {
    /** The Accept-Encoding we send when compression is on (libcurl's CURLOPT_ACCEPT_ENCODING ""). */
    static final String ACCEPTED_ENCODINGS = "gzip, deflate";

    private BoundedBodyReader() {
    }

    static byte[] read(HttpEntity entity, String contentEncoding, long maxBytes, URI uri)
            throws IOException, HttpFetchException {
        if (entity == null) {
            return new byte[0];
        }
        long declared = entity.getContentLength();
        if (declared == 0) {
            return new byte[0];
        }
        if (declared > maxBytes) {
            throw tooLarge(maxBytes, uri);
        }
        return readBounded(entity.getContent(), contentEncoding, declared, maxBytes, uri);
    }

    /** Decodes a body that arrived whole (the HTTP/2-capable transport), with the same limit. */
    static byte[] decode(byte[] raw, String contentEncoding, long maxBytes, URI uri)
            throws IOException, HttpFetchException {
        String e = contentEncoding.trim();
        if (e.isEmpty() || e.equalsIgnoreCase("identity") || raw.length == 0) {
            return raw;
        }
        return readBounded(new java.io.ByteArrayInputStream(raw), contentEncoding, -1, maxBytes, uri);
    }

    private static byte[] readBounded(InputStream raw, String contentEncoding, long declared, long maxBytes,
            URI uri) throws IOException, HttpFetchException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        byte[] buf = new byte[16384];
        long total = 0;
        try (InputStream in = decoded(raw, contentEncoding, uri)) {
            for (int n = in.read(buf); n != -1; n = in.read(buf)) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes, uri);
                }
                out.write(buf, 0, n);
            }
        }
        return out.toByteArray();
    }

    private static InputStream decoded(InputStream raw, String encoding, URI uri)
            throws IOException, HttpFetchException {
        String e = encoding.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (e) {
            case "", "identity" -> raw;
            case "gzip", "x-gzip" -> new java.util.zip.GZIPInputStream(raw);
            case "deflate" -> new org.apache.hc.client5.http.entity.DeflateInputStream(raw);
            default -> throw new HttpFetchException(FailureKind.IO,
                    "server sent an unsupported Content-Encoding " + e, uri);
        };
    }

    static HttpFetchException tooLarge(long maxBytes, URI uri) {
        return new HttpFetchException(FailureKind.RESPONSE_TOO_LARGE,
                "response larger than the configured maximum of " + maxBytes + " bytes", uri);
    }
}
