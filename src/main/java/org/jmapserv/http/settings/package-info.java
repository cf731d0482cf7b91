/**
 * Where HTTP settings come from: the map side (layer METADATA, map WEB METADATA, map CONFIG,
 * config-file ENV, supplied as one ordered {@link org.jmapserv.http.settings.SettingsLookup}),
 * host-scoped netCDF-style rc files, .netrc, and the environment; plus MapServer's msencrypt
 * password tokens. The result is one immutable {@link org.jmapserv.http.HttpProfile} per request.
 *
 * <p>May import java.base and org.jmapserv.http; never anything map-related.
 */
package org.jmapserv.http.settings;
