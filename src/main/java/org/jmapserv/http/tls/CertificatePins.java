package org.jmapserv.http.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Computes the two pin forms of a certificate: curl's {@code sha256//BASE64} of the
 * SubjectPublicKeyInfo (CURLOPT_PINNEDPUBLICKEY, survives renewal with the same key) and the
 * SHA-256 fingerprint of the whole certificate as {@code openssl x509 -fingerprint -sha256}
 * prints it, without colons.
 */
public final class CertificatePins {
    private CertificatePins() {
    }

    /** {@code sha256//} + base64 of SHA-256 over the DER SubjectPublicKeyInfo. */
    public static String publicKeyPin(X509Certificate cert) {
        return "sha256//" + Base64.getEncoder().encodeToString(sha256(cert.getPublicKey().getEncoded()));
    }

    /** Upper-case hex SHA-256 of the DER certificate, no colons. */
    public static String fingerprint(X509Certificate cert) {
        try {
            return HexFormat.of().withUpperCase().formatHex(sha256(cert.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("certificate cannot be encoded", e);
        }
    }

    /** True when {@code pin} has curl's form: sha256// and 32 bytes of base64. */
    public static boolean isWellFormedPublicKeyPin(String pin) {
        if (!pin.startsWith("sha256//")) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(pin.substring(8)).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True for 64 hex digits, with or without colons. */
    public static boolean isWellFormedFingerprint(String fp) {
        return fp.replace(":", "").trim().matches("(?i)[0-9a-f]{64}");
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
