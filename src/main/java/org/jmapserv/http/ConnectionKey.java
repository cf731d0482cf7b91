package org.jmapserv.http;

import java.time.Duration;

/** The connection-shaping subset of an {@link HttpProfile}; the key of the client pool. */
public record ConnectionKey(TrustSettings trust, ClientCertificate clientCertificate,
        ProxySettings proxy, Duration connectTimeout, Duration stallTimeout,
        boolean compression) {
}
