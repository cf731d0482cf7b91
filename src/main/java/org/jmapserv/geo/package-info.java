/**
 * Map geometry: scale denominators (msCalculateScale), extent squaring and the pixel grid (msAdjustExtent,
 * MS_MAP2IMAGE_*), PROJECTION arguments to proj4j CRSs (msLoadProjectionString / msProcessProjection),
 * reprojection of geometries, coordinate arrays and rectangles (msProjectRect), EPSG axis order
 * (msIsAxisInverted) and EPSG code extraction (msOWSGetEPSGProj).
 *
 * <p>May import {@code org.jmapserv.mapfile.model}, JTS and proj4j. Does no file I/O.
 */
package org.jmapserv.geo;
