package org.jmapserv.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.apache.hc.core5.io.CloseMode;

/**
 * The non-blocking transport of direct and SOCKS5 connections, HTTP/2 when ALPN agrees. The
 * fetcher thread waits on the response future for at most the remaining total deadline and
 * cancels the exchange when it passes; the stall timeout is the connection's socket timeout; the
 * body is buffered only up to the limit and refused the moment it exceeds it.
 */
final class NegotiatingTransport implements Transport {
    private final CloseableHttpAsyncClient client;

    NegotiatingTransport(CloseableHttpAsyncClient client) {
        this.client = client;
    }

    @Override
    public HopResponse send(HttpGet get, HttpClientContext ctx, long maxBytes, URI uri, Deadline deadline)
            throws IOException, HttpFetchException {
        BoundedConsumer consumer = new BoundedConsumer(maxBytes);
        Future<HopResponse> future = client.execute(
                AsyncRequestBuilder.get(uri).setHeaders(get.getHeaders()).build(), consumer, ctx, null);
        HopResponse raw;
        try {
            raw = future.get(Math.max(1, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            deadline.expire();
            future.cancel(true);
            throw new InterruptedIOException("total deadline passed");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            if (consumer.tooLarge) {
                throw BoundedBodyReader.tooLarge(maxBytes, uri);
            }
            Throwable c = e.getCause();
            throw c instanceof IOException io ? io : new IOException(c == null ? "request failed" : c.getMessage(), c);
        }
        String enc = raw.first("Content-Encoding");
        byte[] body = BoundedBodyReader.decode(raw.body(), enc == null ? "" : enc, maxBytes, uri);
        return new HopResponse(raw.status(), raw.headers(), body, raw.protocol(), raw.headersAtNanos());
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE); // only closed once no request uses it
    }

    /** Collects status, headers and at most {@code maxBytes} of body; more fails the exchange. */
    private static final class BoundedConsumer extends AbstractBinResponseConsumer<HopResponse> {
        private final long maxBytes;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private HttpResponse response;
        private long headersAt;
        volatile boolean tooLarge;

        BoundedConsumer(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        protected void start(HttpResponse resp, ContentType contentType) throws IOException {
            this.response = resp;
            this.headersAt = System.nanoTime();
            org.apache.hc.core5.http.Header length = resp.getFirstHeader("Content-Length");
            if (length != null && parseLength(length.getValue()) > maxBytes) {
                tooLarge = true;
                throw new IOException("declared body larger than the limit");
            }
        }

        @Override
        protected int capacityIncrement() {
            return 65536;
        }

        @Override
        protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
            if (body.size() + (long) src.remaining() > maxBytes) {
                tooLarge = true;
                throw new IOException("body larger than the limit");
            }
            byte[] chunk = new byte[src.remaining()];
            src.get(chunk);
            body.write(chunk);
        }

        @Override
        protected HopResponse buildResult() {
            List<Map.Entry<String, String>> headers = HopResponse.entries(response.getHeaders());
            return new HopResponse(response.getCode(), headers, body.toByteArray(),
                    HopResponse.protocolName(response.getVersion()), headersAt);
        }

        @Override
        public void releaseResources() {
            // the buffer is dropped with the consumer
        }

        private static long parseLength(String v) {
            try {
                return Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }
}
