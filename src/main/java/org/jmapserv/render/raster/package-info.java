/**
 * Georeferenced raster images drawn into the map grid: the WMS responses, either copied 1:1 when they were
 * requested on the map's own grid, or resampled from another CRS (mirrors msResampleGDALToMap, mapresample.c),
 * and blended into the canvas's premultiplied pixels.
 * <p>May import: org.jmapserv.geo. Knows nothing of HTTP or of the mapfile.
 */
package org.jmapserv.render.raster;
