package org.jmapserv.http;

import java.io.IOException;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Records when the TLS handshake of a new connection finished, so {@link FetchTimings} can report
 * the connect time that MapServer's debug summary prints (CURLINFO_CONNECT_TIME).
 */
final class TimedTlsStrategy implements TlsSocketStrategy {
    static final String HANDSHAKE_DONE_NANOS = TlsStrategies.HANDSHAKE_DONE_NANOS;

    private final TlsSocketStrategy delegate;

    TimedTlsStrategy(TlsSocketStrategy delegate) {
        this.delegate = delegate;
    }

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment,
            HttpContext context) throws IOException {
        SSLSocket s = delegate.upgrade(socket, target, port, attachment, context);
        if (context != null) {
            context.setAttribute(HANDSHAKE_DONE_NANOS, System.nanoTime());
        }
        return s;
    }
}
