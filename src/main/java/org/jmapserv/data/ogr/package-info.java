/**
 * OGR-style vector sources (mapogr.cpp, mapflatgeobuf.c, mapunion.c): GeoPackage through SQLite, GeoJSON,
 * FlatGeobuf, CSV, OGR VRT and shapefiles named by CONNECTION, opened through {@link org.jmapserv.data.LayerSources}
 * like any other CONNECTIONTYPE.
 */
package org.jmapserv.data.ogr;
