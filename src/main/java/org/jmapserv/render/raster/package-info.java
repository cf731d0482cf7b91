/**
 * Georeferenced raster images drawn into the map grid: the WMS responses, either copied 1:1 when they were
 * requested on the map's own grid, or resampled from another CRS (mirrors msResampleGDALToMap, mapresample.c),
 * and blended into the canvas's premultiplied pixels; and TYPE RASTER layers (RasterLayerDrawer, mirroring
 * msDrawRasterLayerLow / msDrawRasterLayerGDAL, mapraster.c / mapdrawgdal.c) read through org.jmapserv.image.raster.
 * <p>May import: org.jmapserv.geo, org.jmapserv.image, org.jmapserv.data (DATA paths, tile indexes), the mapfile
 * model and render.layer. Knows nothing of HTTP.
 */
package org.jmapserv.render.raster;
