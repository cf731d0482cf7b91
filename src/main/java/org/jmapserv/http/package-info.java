/**
 * HTTP(S) transport for remote layers: immutable request profiles, TLS trust and pinning, client
 * certificates, authentication, proxies, cookies, redirects with credential scoping, typed errors
 * and secret redaction. Mirrors what MapServer does with libcurl in msHTTPExecuteRequests
 * (maphttp.c), stricter where the port says so.
 *
 * <p>May import java.base, Apache HttpClient 5 and BouncyCastle only; never anything map-related
 * (org.jmapserv.mapfile, .wms, .render...).
 */
package org.jmapserv.http;
