package org.jmapserv.http;

/**
 * Credentials for the origin server ({@code wms_auth_type/username/password}). Like curl, they
 * are only sent to the origin of the first request (scheme, host and port), never to another
 * origin a redirect leads to.
 */
public record AuthSettings(AuthScheme scheme, String username, Secret password) {
    @Override
    public String toString() {
        return "AuthSettings[scheme=" + scheme + ", username=" + username + ", password=***]";
    }
}
