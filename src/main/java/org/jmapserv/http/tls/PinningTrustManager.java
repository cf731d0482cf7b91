package org.jmapserv.http.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Server-certificate check with curl's pinning semantics (CURLOPT_PINNEDPUBLICKEY): with pins,
 * the leaf must match one of them, and a match is enough to trust the server even without a CA
 * (so a self-signed server can be trusted without trusting anything else); the leaf must still be
 * within its validity period. Without pins, the PKIX delegate (CA bundle or JVM trust) decides.
 * Host names are verified separately, after the handshake, for every connection.
 */
final class PinningTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager pkix;
    private final List<String> publicKeyPins;
    private final List<String> fingerprints;

    PinningTrustManager(X509ExtendedTrustManager pkix, List<String> publicKeyPins,
            List<String> fingerprints) {
        this.pkix = pkix;
        this.publicKeyPins = publicKeyPins;
        this.fingerprints = fingerprints;
    }

    private boolean pinned() {
        return !publicKeyPins.isEmpty() || !fingerprints.isEmpty();
    }

    private void checkPins(X509Certificate[] chain) throws CertificateException {
        X509Certificate leaf = chain[0];
        String pin = CertificatePins.publicKeyPin(leaf);
        String fp = CertificatePins.fingerprint(leaf);
        if (!publicKeyPins.contains(pin) && !fingerprints.contains(fp)) {
            throw new PinMismatchException(pin, fp);
        }
        leaf.checkValidity();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        if (pinned()) {
            checkPins(chain);
        } else {
            pkix.checkServerTrusted(chain, authType, socket);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        if (pinned()) {
            checkPins(chain);
        } else {
            pkix.checkServerTrusted(chain, authType, engine);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
            throws CertificateException {
        if (pinned()) {
            checkPins(chain);
        } else {
            pkix.checkServerTrusted(chain, authType);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("this trust manager only checks servers");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("this trust manager only checks servers");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
            throws CertificateException {
        throw new CertificateException("this trust manager only checks servers");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return pkix.getAcceptedIssuers();
    }
}
