package org.jmapserv.http.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.jmapserv.http.ClientCertificate;
import org.jmapserv.http.HttpFetchException;
import org.jmapserv.http.Secret;

/**
 * Turns a {@link ClientCertificate} into key managers: PKCS#12 (.p12/.pfx) through the JDK, PEM
 * certificate plus PEM key (PKCS#1 "RSA/EC PRIVATE KEY", PKCS#8 "PRIVATE KEY", either encrypted)
 * through BouncyCastle. The BouncyCastle provider is used as an instance, never registered
 * process-wide.
 */
public final class ClientKeyLoader {
    private static final Provider BC = new BouncyCastleProvider();
    private static final char[] STORE_PASSWORD = "in-memory".toCharArray();

    private ClientKeyLoader() {
    }

    public static KeyManager[] keyManagers(ClientCertificate cc) throws HttpFetchException {
        try {
            KeyStore ks = cc.isPkcs12() ? loadPkcs12(cc) : loadPem(cc);
            char[] pw = cc.isPkcs12() ? password(cc.keyPassword()) : STORE_PASSWORD;
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, pw);
            return kmf.getKeyManagers();
        } catch (GeneralSecurityException e) {
            throw HttpFetchException.invalidSetting("client certificate " + cc.certificate()
                    + " cannot be used: " + e.getMessage());
        }
    }

    private static KeyStore loadPkcs12(ClientCertificate cc) throws HttpFetchException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(cc.certificate())) {
            ks.load(in, password(cc.keyPassword()));
            return ks;
        } catch (IOException e) {
            throw HttpFetchException.invalidSetting("cannot read PKCS#12 client certificate "
                    + cc.certificate() + " (missing file or wrong password)");
        }
    }

    private static KeyStore loadPem(ClientCertificate cc) throws HttpFetchException, GeneralSecurityException {
        List<X509Certificate> chain = new ArrayList<>();
        PrivateKey key = null;
        for (Object o : readPem(cc.certificate())) {
            if (o instanceof X509CertificateHolder h) {
                chain.add(new JcaX509CertificateConverter().getCertificate(h));
            } else if (key == null) {
                key = toKey(o, cc, cc.certificate());
            }
        }
        Path keyFile = cc.key() == null ? cc.certificate() : cc.key();
        if (cc.key() != null) {
            for (Object o : readPem(cc.key())) {
                PrivateKey k = toKey(o, cc, keyFile);
                if (k != null) {
                    key = k;
                }
            }
        }
        if (chain.isEmpty()) {
            throw HttpFetchException.invalidSetting("client certificate file " + cc.certificate() + " holds no PEM certificate");
        }
        if (key == null) {
            throw HttpFetchException.invalidSetting("no private key found in " + keyFile);
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try {
            ks.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        ks.setKeyEntry("client", key, STORE_PASSWORD, chain.toArray(new Certificate[0]));
        return ks;
    }

    private static List<Object> readPem(Path file) throws HttpFetchException {
        List<Object> objects = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
                PEMParser parser = new PEMParser(r)) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                objects.add(o);
            }
            return objects;
        } catch (IOException e) {
            throw HttpFetchException.invalidSetting("cannot read PEM file " + file + ": " + e.getMessage());
        }
    }

    private static PrivateKey toKey(Object o, ClientCertificate cc, Path file) throws HttpFetchException {
        JcaPEMKeyConverter conv = new JcaPEMKeyConverter().setProvider(BC);
        try {
            if (o instanceof PEMKeyPair kp) {
                return conv.getKeyPair(kp).getPrivate();
            }
            if (o instanceof PrivateKeyInfo pki) {
                return conv.getPrivateKey(pki);
            }
            if (o instanceof PEMEncryptedKeyPair ekp) {
                char[] pw = requirePassword(cc, file);
                return conv.getKeyPair(ekp.decryptKeyPair(new JcePEMDecryptorProviderBuilder().setProvider(BC).build(pw))).getPrivate();
            }
            if (o instanceof PKCS8EncryptedPrivateKeyInfo epki) {
                char[] pw = requirePassword(cc, file);
                return conv.getPrivateKey(epki.decryptPrivateKeyInfo(
                        new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC).build(pw)));
            }
            return null;
        } catch (IOException | OperatorCreationException | PKCSException e) {
            throw HttpFetchException.invalidSetting("cannot decrypt client key " + file
                    + " (wrong key password?)");
        }
    }

    private static char[] requirePassword(ClientCertificate cc, Path file) throws HttpFetchException {
        if (cc.keyPassword() == null) {
            throw HttpFetchException.invalidSetting("client key " + file
                    + " is encrypted but no key password is set (wms_ssl_client_key_password)");
        }
        return cc.keyPassword().reveal().toCharArray();
    }

    private static char[] password(Secret s) {
        return s == null ? new char[0] : s.reveal().toCharArray();
    }
}
