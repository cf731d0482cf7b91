/**
 * ESRI shapefile support written from the format specification and MapServer's own reader (mapshape.c,
 * mapxbase.c, maptree.c): {@link org.jmapserv.data.shapefile.ShapefileReader} (.shp/.shx through memory
 * maps), {@link org.jmapserv.data.shapefile.DbfReader}, {@link org.jmapserv.data.shapefile.QixIndex}
 * (shptree's .qix quadtree) and {@link org.jmapserv.data.shapefile.ShapefileWriter} for tests and
 * generated data. Every reader instance is single-threaded.
 *
 * <p>May import: {@code org.jmapserv.data}, {@code org.jmapserv.mapfile.model}, {@code org.jmapserv.geo}, JTS.
 */
package org.jmapserv.data.shapefile;
