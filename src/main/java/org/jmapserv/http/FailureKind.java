package org.jmapserv.http;

/** Why a fetch failed; the WMS layer maps these to its own messages and essential/skip policy. */
public enum FailureKind {
    UNTRUSTED_CERTIFICATE,
    CERTIFICATE_EXPIRED,
    HOSTNAME_MISMATCH,
    PIN_MISMATCH,
    CLIENT_CERTIFICATE_REFUSED,
    UNAUTHORIZED,
    FORBIDDEN,
    PROXY_AUTH_REQUIRED,
    PROXY_CREDENTIALS_REFUSED,
    PROXY_FAILURE,
    CONNECT_TIMEOUT,
    STALL_TIMEOUT,
    TOTAL_TIMEOUT,
    TOO_MANY_REDIRECTS,
    INSECURE_REDIRECT,
    CONNECTION_REFUSED,
    UNKNOWN_HOST,
    RESPONSE_TOO_LARGE,
    INVALID_COOKIE,
    INVALID_SETTING,
    IO,
    /** Not sent: the host's recent requests got no answer and it is skipped for a cool-down ({@link HostBreaker}). */
    HOST_UNAVAILABLE
}
