package org.jmapserv.mapfile.model;

/** LAYER TYPE values MapServer 8 accepts (ANNOTATION was removed in 8.0: label-only layers use LABEL with no STYLE). */
public enum LayerType { POINT, LINE, POLYGON, RASTER, QUERY, CIRCLE, CHART, TILEINDEX }
