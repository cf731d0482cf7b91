/**
 * The mapserv endpoint: one request handler ({@link org.jmapserv.server.MapservHandler}) shared by the jakarta
 * servlet, the embedded Jetty launcher and the CGI adapter. It selects the mapfile with MapServer 8's rules
 * (MAPS aliases, MS_MAP_PATTERN, MS_MAP_NO_PATH, MS_MAP_BAD_PATTERN, MS_MAPFILE), applies VALIDATION-guarded
 * runtime substitution, stores the caller's Cookie header for RFC 42 forwarding, and answers classic
 * {@code mode=map} requests and the OGC WMS server (GetCapabilities, GetMap).
 * <p>May import: org.jmapserv.mapfile (model, parse), render, geo, wms.client, http; jakarta.servlet, Jetty.
 */
package org.jmapserv.server;
