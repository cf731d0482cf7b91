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
 * client only sees a broken pipe or reset; knowing that a certificate was requested on this
 * thread lets the error say "client certificate refused" instead of "I/O error". The classic
 * HttpClient handshakes on the thread that runs the request, hence the thread-local flag.
 */
public final class ClientCertificateRequests extends X509ExtendedKeyManager {
    private static final ThreadLocal<Boolean> REQUESTED = ThreadLocal.withInitial(() -> false);

    private final X509ExtendedKeyManager delegate;

    /** Wraps {@code delegate}, or offers no certificate when it is null. */
    ClientCertificateRequests(X509ExtendedKeyManager delegate) {
        this.delegate = delegate;
    }

    /** Forgets earlier requests; call before each request on this thread. */
    public static void reset() {
        REQUESTED.set(false);
    }

    /** True if a server asked this thread for a client certificate since the last reset. */
    public static boolean requestedOnThisThread() {
        return REQUESTED.get();
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        REQUESTED.set(true);
        return delegate == null ? null : delegate.chooseClientAlias(keyType, issuers, socket);
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
        REQUESTED.set(true);
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
