/**
 * Image decoders shared by remote layers (WMS answers) and raster layers: our PNG/zlib decoder straight into
 * premultiplied ARGB, and the readers for raster files. Knows nothing of maps, HTTP or mapfiles.
 * <p>May import: java.base and java.awt only.
 */
package org.jmapserv.image;
