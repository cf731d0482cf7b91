package org.jmapserv.http.tls;

import javax.net.ssl.SSLContext;

/**
 * The TLS material of one connection pool: its SSLContext (trust, pins, client certificate, one
 * session cache) and the key manager that notices certificate requests, so errors can tell a
 * refused client certificate from a dropped connection.
 */
public record TlsContext(SSLContext sslContext, ClientCertificateRequests certificateRequests) {
}
