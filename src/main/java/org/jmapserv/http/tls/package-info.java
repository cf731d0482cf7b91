/**
 * TLS material for the HTTP client: CA bundles (PEM file or directory), curl-style public-key pins
 * and certificate fingerprints, client certificates (PEM PKCS#1/PKCS#8 or PKCS#12, read with
 * BouncyCastle), and the SSLContext built from them. Verification is never turned off here.
 *
 * <p>May import java.base, BouncyCastle and org.jmapserv.http (profile value types, errors).
 */
package org.jmapserv.http.tls;
