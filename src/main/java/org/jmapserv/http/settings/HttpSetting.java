package org.jmapserv.http.settings;

/**
 * Neutral names of the map-side HTTP settings. For the {@code wms_*} family, {@link #suffix()} is
 * what follows {@code wms_} / {@code ows_} in METADATA (the WMS code looks up
 * {@code wms_<suffix>} then {@code ows_<suffix>}, layer before map). The two config keys
 * ({@link #CURL_CA_BUNDLE}, {@link #MS_ENCRYPTION_KEY}) come from map CONFIG and the config
 * file's ENV section, as in MapServer. {@link #HTTP_COOKIE} is the Cookie header value the WMS
 * code already selected under RFC 42 (literal, or http_cookie_data for "forward").
 */
public enum HttpSetting {
    SSL_CA_BUNDLE("ssl_ca_bundle"),
    SSL_PINNED_PUBKEY("ssl_pinned_pubkey"),
    SSL_CERT_FINGERPRINT("ssl_cert_fingerprint"),
    SSL_CLIENT_CERT("ssl_client_cert"),
    SSL_CLIENT_KEY("ssl_client_key"),
    SSL_CLIENT_KEY_PASSWORD("ssl_client_key_password"),
    AUTH_TYPE("auth_type"),
    AUTH_USERNAME("auth_username"),
    AUTH_PASSWORD("auth_password"),
    PROXY_HOST("proxy_host"),
    PROXY_PORT("proxy_port"),
    PROXY_TYPE("proxy_type"),
    PROXY_AUTH_TYPE("proxy_auth_type"),
    PROXY_USERNAME("proxy_username"),
    PROXY_PASSWORD("proxy_password"),
    CONNECTIONTIMEOUT("connectiontimeout"),
    CONNECT_TIMEOUT("connect_timeout"),
    STALL_TIMEOUT("stall_timeout"),
    USER_AGENT("user_agent"),
    MAX_BYTES("max_bytes"),
    HTTP_COOKIE("http_cookie"),
    CURL_CA_BUNDLE("CURL_CA_BUNDLE"),
    MS_ENCRYPTION_KEY("MS_ENCRYPTION_KEY");

    private final String suffix;

    HttpSetting(String suffix) {
        this.suffix = suffix;
    }

    /** The wms_/ows_ metadata suffix, or the CONFIG key for the two config settings. */
    public String suffix() {
        return suffix;
    }

    /** True for settings read from CONFIG / ENV rather than METADATA. */
    public boolean isConfigKey() {
        return this == CURL_CA_BUNDLE || this == MS_ENCRYPTION_KEY;
    }
}
