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
 * gzip/deflate decoding, so a compression bomb is stopped too.
 */
final class BoundedBodyReader {
    private BoundedBodyReader() {
    }

    static byte[] read(HttpEntity entity, long maxBytes, URI uri) throws IOException, HttpFetchException {
        if (entity == null) {
            return new byte[0];
        }
        long declared = entity.getContentLength();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes, uri);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        byte[] buf = new byte[16384];
        long total = 0;
        try (InputStream in = entity.getContent()) {
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

    private static HttpFetchException tooLarge(long maxBytes, URI uri) {
        return new HttpFetchException(FailureKind.RESPONSE_TOO_LARGE,
                "response larger than the configured maximum of " + maxBytes + " bytes", uri);
    }
}
