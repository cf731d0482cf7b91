package org.jmapserv.render.output;

/**
 * Where a rendered map lies, for georeferenced output drivers (GDAL/GTiff): the outer-edge extent of the image
 * (msSaveImageGDAL writes the map's geotransform, extent grown by half a cell) and the EPSG code of the map's
 * PROJECTION, 0 when it has none or it is not an EPSG code.
 */
public record GeoReference(double minX, double maxY, double cellX, double cellY, int epsg, boolean geographic) {
}
