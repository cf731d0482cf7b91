package org.jmapserv.mapfile.model;

/**
 * CONNECTIONTYPE values. LOCAL is MapServer's default (shapefile through DATA), INLINE is set implicitly by a
 * FEATURE block; neither has a mapfile keyword of its own.
 */
public enum ConnectionType {
    LOCAL, INLINE, OGR, POSTGIS, WMS, ORACLESPATIAL, WFS, GRATICULE, PLUGIN, UNION, UVRASTER, CONTOUR,
    KERNELDENSITY, IDW, FLATGEOBUF, RASTERLABEL, KRIGING
}
