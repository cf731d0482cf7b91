package org.jmapserv.http.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * Notices when a server asks for a client certificate. Under TLS 1.3 a server that refuses our
 * certificate (or our lack of one) does so after the client's handshake has finished, so the
 * client only sees a broken pipe or reset; knowing that a certificate was requested since the
 * request started lets the error say "client certificate refused" instead of "I/O error". The
 * handshake may run on an I/O reactor thread (HTTP/2 client), so the mark is a timestamp on the
 * pool's own key manager, not a thread-local.
 */
public final class ClientCertificateRequests extends X509ExtendedKeyManager {
    private final X509ExtendedKeyManager delegate;
    private volatile long lastRequestNanos;
    private volatile boolean everRequested;

    /** Wraps {@code delegate}, or offers no certificate when it is null. */
    ClientCertificateRequests(X509ExtendedKeyManager delegate) {
        this.delegate = delegate;
    }

    /** True if a server of this pool asked for a client certificate at or after {@code startNanos}. */
    public boolean requestedSince(long startNanos) {
        return everRequested && lastRequestNanos - startNanos >= 0;
    }

    private void mark() {
        lastRequestNanos = System.nanoTime();
        everRequested = true;
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        mark();
        return delegate == null ? null : delegate.chooseClientAlias(keyType, issuers, socket);
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
        mark();
        return delegate == null ? null : delegate.chooseEngineClientAlias(keyType, issuers, engine);
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return delegate == null ? null : delegate.getClientAliases(keyType, issuers);
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return delegate == null ? null : delegate.getCertificateChain(alias);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return delegate == null ? null : delegate.getPrivateKey(alias);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return null;
    }
}
