package org.jmapserv.http;

import java.nio.file.Path;

/**
 * A TLS client certificate (netCDF HTTP.SSL.CERTIFICATE / KEY / KEYPASSWORD, our
 * {@code wms_ssl_client_*}). The certificate is PEM, or PKCS#12 when the file ends in .p12/.pfx
 * (then the key comes from the same file); the key is PEM PKCS#1 or PKCS#8, encrypted or not.
 *
 * @param certificate certificate (chain) file
 * @param key private key file, or null when it is inside the certificate file
 * @param keyPassword password of the key or PKCS#12 file, or null
 */
public record ClientCertificate(Path certificate, Path key, Secret keyPassword) {
    public boolean isPkcs12() {
        String name = certificate.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".p12") || name.endsWith(".pfx");
    }
}
