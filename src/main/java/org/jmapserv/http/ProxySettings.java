package org.jmapserv.http;

/**
 * A proxy ({@code wms_proxy_*}; msHTTPExecuteRequests sets CURLOPT_PROXY/PROXYPORT/PROXYTYPE and,
 * only when both username and password are set, PROXYUSERPWD). Through an HTTP proxy, https
 * goes through a CONNECT tunnel; a SOCKS5 proxy gets RFC 1929 user name and password from its
 * pool's own I/O reactor. Proxy credentials are scoped to the proxy (and the connection key), so
 * they never reach a target server or another profile.
 *
 * @param username null when the proxy needs no authentication
 */
public record ProxySettings(ProxyType type, String host, int port, AuthScheme authScheme,
        String username, Secret password) {

    public boolean hasCredentials() {
        return username != null && !username.isEmpty() && password != null && !password.isEmpty();
    }

    @Override
    public String toString() {
        return "ProxySettings[" + type + " " + host + ":" + port + ", auth=" + authScheme
                + ", username=" + username + ", password=***]";
    }
}
