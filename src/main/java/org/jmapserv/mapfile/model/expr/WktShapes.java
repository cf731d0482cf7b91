package org.jmapserv.mapfile.model.expr;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Reads the well-known text of {@code fromtext("...")} (msShapeFromWKT in MapServer). */
public final class WktShapes {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private WktShapes() {
    }

    /** The geometry, or {@link IllegalArgumentException} with the reader's reason. */
    public static Geometry read(String wkt) {
        try {
            // WKTReader keeps parse state, so each call gets its own.
            return new WKTReader(FACTORY).read(wkt);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("invalid WKT in fromtext(): " + e.getMessage(), e);
        }
    }
}
