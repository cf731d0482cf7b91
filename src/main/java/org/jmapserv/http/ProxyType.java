package org.jmapserv.http;

/** {@code wms_proxy_type}: http (default, CONNECT tunnel for https) or socks5, as MapServer. */
public enum ProxyType {
    HTTP, SOCKS5
}
