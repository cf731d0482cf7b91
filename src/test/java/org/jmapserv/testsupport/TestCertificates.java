package org.jmapserv.testsupport;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates for TLS tests, generated in memory with BouncyCastle: one test CA, and leaf
 * certificates signed by it (or self-signed), valid, expired or for the wrong host. EC P-256 keys
 * keep generation fast; {@link #rsaClient} exists for PKCS#1 ("RSA PRIVATE KEY") files.
 *
 * <p>Typical use: {@code TestCertificates pki = TestCertificates.create();
 * Issued server = pki.server("localhost", "127.0.0.1"); Path bundle = pki.writeCaBundle(dir);}
 */
public final class TestCertificates {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    /** A certificate with its key pair. */
    public record Issued(X509Certificate certificate, KeyPair keyPair) {
        /** Writes the certificate as PEM. */
        public Path writeCertificate(Path file) throws IOException {
            return writePem(file, certificate);
        }

        /** Writes the private key as unencrypted PKCS#8 PEM ("PRIVATE KEY"). */
        public Path writeKey(Path file) throws IOException {
            return writePem(file, new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(keyPair.getPrivate(), null));
        }
    }

    private final Issued ca;

    private TestCertificates(Issued ca) {
        this.ca = ca;
    }

    /** A fresh CA named "CN=jmapserv test CA". */
    public static TestCertificates create() {
        KeyPair kp = ecKeyPair();
        X500Name name = new X500Name("CN=jmapserv test CA");
        Instant now = Instant.now();
        X509Certificate cert = build(name, name, kp, kp.getPrivate(), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), true, List.of());
        return new TestCertificates(new Issued(cert, kp));
    }

    public Issued ca() {
        return ca;
    }

    /** A server certificate signed by the CA, valid now, for the given DNS names / IP addresses. */
    public Issued server(String... names) {
        Instant now = Instant.now();
        return signed("CN=" + names[0], now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), names);
    }

    /** A CA-signed server certificate that expired yesterday. */
    public Issued expiredServer(String... names) {
        Instant now = Instant.now();
        return signed("CN=" + names[0], now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)), names);
    }

    /** A client certificate signed by the CA. */
    public Issued client(String commonName) {
        Instant now = Instant.now();
        return signed("CN=" + commonName, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)));
    }

    /** A CA-signed client certificate with an RSA key, for PKCS#1 key files. */
    public Issued rsaClient(String commonName) {
        KeyPair kp = rsaKeyPair();
        Instant now = Instant.now();
        X509Certificate cert = build(new X500Name("CN=" + commonName), new X500Name("CN=jmapserv test CA"), kp,
                ca.keyPair().getPrivate(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), false, List.of());
        return new Issued(cert, kp);
    }

    /** A self-signed server certificate (not issued by the CA), valid now. */
    public static Issued selfSigned(String... names) {
        KeyPair kp = ecKeyPair();
        X500Name n = new X500Name("CN=" + names[0]);
        Instant now = Instant.now();
        X509Certificate cert = build(n, n, kp, kp.getPrivate(), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(10)), false, List.of(names));
        return new Issued(cert, kp);
    }

    private Issued signed(String subject, Instant from, Instant to, String... names) {
        KeyPair kp = ecKeyPair();
        X509Certificate cert = build(new X500Name(subject), new X500Name("CN=jmapserv test CA"), kp,
                ca.keyPair().getPrivate(), from, to, false, List.of(names));
        return new Issued(cert, kp);
    }

    /** Writes the CA certificate as a one-certificate PEM bundle. */
    public Path writeCaBundle(Path file) throws IOException {
        return writePem(file, ca.certificate());
    }

    /** A server-side SSLContext presenting {@code server} (with the CA in its chain when CA-signed). */
    public SSLContext serverContext(Issued server) {
        return serverContext(server, null);
    }

    /**
     * A server-side SSLContext presenting {@code server}; if {@code clientCa} is given the server
     * trusts client certificates issued by it (use with client-auth required).
     */
    public SSLContext serverContext(Issued server, X509Certificate clientCa) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            boolean selfSigned = server.certificate().getIssuerX500Principal().equals(server.certificate().getSubjectX500Principal());
            Certificate[] chain = selfSigned ? new Certificate[] {server.certificate()}
                    : new Certificate[] {server.certificate(), ca.certificate()};
            ks.setKeyEntry("server", server.keyPair().getPrivate(), "pw".toCharArray(), chain);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, "pw".toCharArray());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            if (clientCa != null) {
                trust.setCertificateEntry("client-ca", clientCa);
            }
            tmf.init(trust);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), clientCa == null ? null : tmf.getTrustManagers(), new SecureRandom());
            return ctx;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the test server's SSLContext", e);
        }
    }

    /** Writes a PEM file of any BouncyCastle-writable object (certificate, key...). */
    public static Path writePem(Path file, Object... objects) throws IOException {
        try (Writer w = Files.newBufferedWriter(file); JcaPEMWriter pem = new JcaPEMWriter(w)) {
            for (Object o : objects) {
                pem.writeObject(o);
            }
        }
        return file;
    }

    /** Writes {@code key} as encrypted PKCS#8 ("ENCRYPTED PRIVATE KEY", AES-256-CBC). */
    public static Path writeEncryptedPkcs8(Path file, PrivateKey key, String password) throws IOException {
        try {
            OutputEncryptor enc = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                    .setProvider(BC).setPassword(password.toCharArray()).build();
            return writePem(file, new PKCS8Generator(org.bouncycastle.asn1.pkcs.PrivateKeyInfo.getInstance(key.getEncoded()), enc));
        } catch (OperatorCreationException e) {
            throw new IOException(e);
        }
    }

    /** Writes {@code key} as traditional OpenSSL PEM ("RSA PRIVATE KEY", PKCS#1), encrypted when a password is given. */
    public static Path writeTraditionalKey(Path file, PrivateKey key, String password) throws IOException {
        StringWriter sw = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(sw)) {
            if (password == null) {
                pem.writeObject(new JcaMiscPEMGenerator(key));
            } else {
                pem.writeObject(new JcaMiscPEMGenerator(key, new JcePEMEncryptorBuilder("AES-128-CBC")
                        .setProvider(BC).build(password.toCharArray())));
            }
        }
        Files.writeString(file, sw.toString());
        return file;
    }

    /** Writes a PKCS#12 file holding {@code issued}'s key and certificate. */
    public static Path writePkcs12(Path file, Issued issued, String password) throws IOException {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("client", issued.keyPair().getPrivate(), password.toCharArray(),
                    new Certificate[] {issued.certificate()});
            try (var out = Files.newOutputStream(file)) {
                ks.store(out, password.toCharArray());
            }
            return file;
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static X509Certificate build(X500Name subject, X500Name issuer, KeyPair subjectKeys,
            PrivateKey signer, Instant from, Instant to, boolean isCa, List<String> names) {
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(from), Date.from(to), subject,
                    subjectKeys.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
            if (isCa) {
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            }
            if (!names.isEmpty()) {
                List<GeneralName> gn = new ArrayList<>();
                for (String n : names) {
                    gn.add(n.matches("[0-9.]+") ? new GeneralName(GeneralName.iPAddress, n)
                            : new GeneralName(GeneralName.dNSName, n));
                }
                b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(gn.toArray(new GeneralName[0])));
            }
            String alg = signer.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
            ContentSigner cs = new JcaContentSignerBuilder(alg).build(signer);
            return new JcaX509CertificateConverter().getCertificate(b.build(cs));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot build a test certificate", e);
        }
    }

    private static KeyPair ecKeyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
