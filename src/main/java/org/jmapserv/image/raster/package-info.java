/**
 * Georeferenced raster files read for raster layers, as GDAL serves MapServer's msDrawRasterLayerGDAL: GeoTIFF
 * (decoded by the TwelveMonkeys TIFF plugin, georeferencing from its GeoTIFF tags), PNG, JPEG and GIF with world
 * files. Reads are windowed and decimated with GDAL's nearest-neighbour RasterIO rules, internal overviews
 * included, so only the part of a file under the map is decoded, in bounded memory.
 * <p>May import: java.base, java.desktop (javax.imageio), TwelveMonkeys ImageIO. Knows nothing of the mapfile.
 */
package org.jmapserv.image.raster;
