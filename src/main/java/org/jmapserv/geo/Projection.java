package org.jmapserv.geo;

import java.util.List;

import org.locationtech.proj4j.CoordinateReferenceSystem;

/**
 * A loaded projection (mirrors projectionObj): the arguments as MapServer stores them after
 * msLoadProjectionString, which the WMS client compares as strings, and the proj4j CRS built from them.
 * {@code crs} is null when the PROJECTION block was empty or was the word {@code AUTO} (take the CRS from the
 * data source, flagged by {@code automatic}). {@code northEastAxes} is true when the args carry
 * {@code +epsgaxis=ne}, i.e. coordinates given in this CRS use EPSG (lat/lon, northing/easting) order.
 */
public record Projection(List<String> args, CoordinateReferenceSystem crs, boolean automatic,
        boolean northEastAxes) {

    /** No PROJECTION at all: MapServer then never reprojects. */
    public static final Projection NONE = new Projection(List.of(), null, false, false);

    public Projection {
        args = List.copyOf(args);
    }

    public boolean isDefined() {
        return crs != null;
    }

    /** Whether the CRS is geographic (msProjIsGeographicCRS); false without a CRS. */
    public boolean isGeographic() {
        return crs != null && Boolean.TRUE.equals(crs.isGeographic());
    }

    /** The args joined as MapServer prints them in messages. */
    public String text() {
        return String.join(" ", args);
    }
}
