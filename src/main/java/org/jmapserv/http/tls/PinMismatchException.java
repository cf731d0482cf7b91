package org.jmapserv.http.tls;

import java.security.cert.CertificateException;

/**
 * Raised inside the TLS handshake when no configured pin matches; carries what the server
 * presented so the error can print it (admins copy it into the mapfile, as OkHttp's pinner
 * suggests).
 */
public final class PinMismatchException extends CertificateException {
    private static final long serialVersionUID = 1L;

    private final String presentedPin;
    private final String presentedFingerprint;

    public PinMismatchException(String presentedPin, String presentedFingerprint) {
        super("pin mismatch: server presented " + presentedPin);
        this.presentedPin = presentedPin;
        this.presentedFingerprint = presentedFingerprint;
    }

    public String presentedPin() {
        return presentedPin;
    }

    public String presentedFingerprint() {
        return presentedFingerprint;
    }
}
