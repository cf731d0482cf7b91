package org.jmapserv.http;

import java.io.IOException;
import java.net.URI;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.io.CloseMode;

/**
 * The blocking HTTP/1.1 transport (HTTP proxies): the total deadline aborts the request from the
 * timer thread; the body is streamed through {@link BoundedBodyReader}.
 */
final class BlockingTransport implements Transport {
    private final CloseableHttpClient client;

    BlockingTransport(CloseableHttpClient client) {
        this.client = client;
    }

    @Override
    public HopResponse send(HttpGet get, HttpClientContext ctx, long maxBytes, URI uri, Deadline deadline)
            throws IOException, HttpFetchException {
        deadline.watch(get);
        try (ClassicHttpResponse resp = client.executeOpen(null, get, ctx)) {
            long headersAt = System.nanoTime();
            Header enc = resp.getFirstHeader("Content-Encoding");
            try {
                byte[] body = BoundedBodyReader.read(resp.getEntity(), enc == null ? "" : enc.getValue(), maxBytes, uri);
                return new HopResponse(resp.getCode(), HopResponse.entries(resp.getHeaders()), body,
                        HopResponse.protocolName(resp.getVersion()), headersAt);
            } catch (HttpFetchException | IOException e) {
                get.cancel(); // do not drain a body we refuse
                throw e;
            }
        } finally {
            deadline.unwatch();
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE); // only closed once no request uses it
    }
}
