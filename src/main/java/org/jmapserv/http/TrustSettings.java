package org.jmapserv.http;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Which servers we trust. Verification is always on: a CA bundle (a PEM file or a directory of
 * PEM files, curl's CAINFO/CAPATH) replaces the JVM trust store; pins (curl's
 * {@code sha256//BASE64} public-key form, or SHA-256 certificate fingerprints) constrain the
 * server, and a matching pin alone trusts a self-signed server, as curl's PINNEDPUBLICKEY does.
 *
 * @param caBundle PEM file or directory, or null for the JVM default trust store
 * @param pinnedPublicKeys {@code sha256//BASE64} values
 * @param certificateFingerprints upper-case hex SHA-256 of the leaf certificate, no colons
 */
public record TrustSettings(Path caBundle, List<String> pinnedPublicKeys,
        List<String> certificateFingerprints) {

    public TrustSettings {
        pinnedPublicKeys = List.copyOf(pinnedPublicKeys);
        certificateFingerprints = certificateFingerprints.stream()
                .map(f -> f.replace(":", "").trim().toUpperCase(Locale.ROOT)).toList();
    }

    /** The JVM default trust store, no pins. */
    public static TrustSettings jvmDefault() {
        return new TrustSettings(null, List.of(), List.of());
    }

    public boolean hasPins() {
        return !pinnedPublicKeys.isEmpty() || !certificateFingerprints.isEmpty();
    }

    /** How error messages name the trust source. */
    public String describeSource() {
        return caBundle == null ? "JVM default trust store" : "CA bundle: " + caBundle;
    }
}
