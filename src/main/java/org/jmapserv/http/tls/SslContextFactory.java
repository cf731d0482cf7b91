package org.jmapserv.http.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jmapserv.http.ClientCertificate;
import org.jmapserv.http.HttpFetchException;
import org.jmapserv.http.TrustSettings;

/**
 * Builds the SSLContext of one connection pool from its trust settings and client certificate.
 * One context per pool also means one TLS session cache per pool, so sessions are resumed only
 * between requests that share trust and identity.
 */
public final class SslContextFactory {
    private SslContextFactory() {
    }

    public static TlsContext create(TrustSettings trust, ClientCertificate client) throws HttpFetchException {
        try {
            KeyStore anchors = trust.caBundle() == null ? null : CaBundleLoader.load(trust.caBundle());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(anchors);
            X509ExtendedTrustManager pkix = null;
            for (TrustManager tm : tmf.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager x) {
                    pkix = x;
                }
            }
            if (pkix == null) {
                throw HttpFetchException.invalidSetting("the JVM offers no X.509 trust manager");
            }
            TrustManager pinning = new PinningTrustManager(pkix, trust.pinnedPublicKeys(),
                    trust.certificateFingerprints());
            X509ExtendedKeyManager keys = null;
            if (client != null) {
                for (KeyManager km : ClientKeyLoader.keyManagers(client)) {
                    if (km instanceof X509ExtendedKeyManager x) {
                        keys = x;
                    }
                }
            }
            ClientCertificateRequests requests = new ClientCertificateRequests(keys);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(new KeyManager[] {requests}, new TrustManager[] {pinning}, new SecureRandom());
            return new TlsContext(ctx, requests);
        } catch (GeneralSecurityException e) {
            throw HttpFetchException.invalidSetting("cannot set up TLS (" + trust.describeSource()
                    + "): " + e.getMessage());
        }
    }
}
