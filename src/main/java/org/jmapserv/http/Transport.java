package org.jmapserv.http;

import java.io.IOException;
import java.net.URI;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.protocol.HttpClientContext;

/**
 * Sends one prepared GET and returns the whole response, body bounded by the profile's limit.
 * {@link Exchange} decides what is sent and where redirects go; a transport only carries it, so
 * the blocking HTTP/1.1 client and the HTTP/2-capable client give the same guarantees.
 */
interface Transport extends AutoCloseable {
    /**
     * @throws HttpFetchException when the body exceeds {@code maxBytes} or cannot be decoded
     * @throws IOException on any transport failure, classified by the caller
     */
    HopResponse send(HttpGet get, HttpClientContext ctx, long maxBytes, URI uri, Deadline deadline)
            throws IOException, HttpFetchException;

    @Override
    void close() throws IOException;
}
