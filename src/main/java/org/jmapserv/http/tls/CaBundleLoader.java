package org.jmapserv.http.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jmapserv.http.HttpFetchException;

/**
 * Reads a CA bundle as curl does: a PEM file with one or more certificates (CAINFO,
 * CURL_CA_BUNDLE), or a directory whose regular files are PEM certificates (CAPATH; files that
 * hold no certificate, such as hash symlink targets already read, are skipped).
 */
public final class CaBundleLoader {
    private CaBundleLoader() {
    }

    /** A trust store holding exactly the bundle's certificates. */
    public static KeyStore load(Path bundle) throws HttpFetchException {
        List<Certificate> certs = Files.isDirectory(bundle) ? readDirectory(bundle) : readFile(bundle, true);
        if (certs.isEmpty()) {
            throw HttpFetchException.invalidSetting("CA bundle " + bundle + " holds no PEM certificate");
        }
        try {
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            for (int i = 0; i < certs.size(); i++) {
                ks.setCertificateEntry("ca-" + i, certs.get(i));
            }
            return ks;
        } catch (GeneralSecurityException | IOException e) {
            throw HttpFetchException.invalidSetting("cannot build a trust store from " + bundle + ": " + e.getMessage());
        }
    }

    private static List<Certificate> readDirectory(Path dir) throws HttpFetchException {
        List<Certificate> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                all.addAll(readFile(p, false));
            }
        } catch (IOException e) {
            throw HttpFetchException.invalidSetting("cannot list CA directory " + dir + ": " + e.getMessage());
        }
        return all;
    }

    private static List<Certificate> readFile(Path file, boolean strict) throws HttpFetchException {
        if (!Files.isReadable(file)) {
            throw HttpFetchException.invalidSetting("CA bundle " + file + " does not exist or is not readable");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new ArrayList<>(CertificateFactory.getInstance("X.509").generateCertificates(in));
        } catch (CertificateException e) {
            if (strict) {
                throw HttpFetchException.invalidSetting("CA bundle " + file + " is not a PEM certificate file: " + e.getMessage());
            }
            return List.of();
        } catch (IOException e) {
            throw HttpFetchException.invalidSetting("cannot read CA bundle " + file + ": " + e.getMessage());
        }
    }
}
