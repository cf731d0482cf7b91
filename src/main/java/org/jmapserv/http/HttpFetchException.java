package org.jmapserv.http;

import java.net.URI;

/**
 * A typed fetch failure with a plain-words message and the URL with its secrets masked. Callers
 * (the WMS client) prefix the layer name. The message never contains a password, cookie value or
 * key password; the cause is kept for debugging but its text is never shown to users.
 */
public final class HttpFetchException extends Exception {
    private static final long serialVersionUID = 1L;

    private final FailureKind kind;
    private final String maskedUrl;
    private final String reason;

    public HttpFetchException(FailureKind kind, String message, URI uri, Throwable cause) {
        super(message + (uri == null ? "" : " (" + UrlRedactor.maskUri(uri) + ")"), cause);
        this.kind = kind;
        this.reason = message;
        this.maskedUrl = uri == null ? "" : UrlRedactor.maskUri(uri);
    }

    public HttpFetchException(FailureKind kind, String message, URI uri) {
        this(kind, message, uri, null);
    }

    /** An error about settings, raised before any request is sent. */
    public static HttpFetchException invalidSetting(String message) {
        return new HttpFetchException(FailureKind.INVALID_SETTING, message, null);
    }

    public FailureKind kind() {
        return kind;
    }

    /** The cause in plain words, without the URL (callers that print the URL themselves use this). */
    public String reason() {
        return reason;
    }

    /** The request URL with userinfo and secret query parameters replaced by {@code ***}. */
    public String maskedUrl() {
        return maskedUrl;
    }
}
