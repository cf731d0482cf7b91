/**
 * Reusable test fixtures for anything that talks HTTP(S): certificates generated on the fly with
 * BouncyCastle ({@link org.jmapserv.testsupport.TestCertificates}), in-process HTTP(S) servers on
 * 127.0.0.1 that record what they received ({@link org.jmapserv.testsupport.LocalHttpsServer}),
 * canned endpoints ({@link org.jmapserv.testsupport.Responders}), a digest-auth checker and a
 * CONNECT proxy. Nothing here disables TLS verification on the client side.
 */
package org.jmapserv.testsupport;
