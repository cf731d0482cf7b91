package org.jmapserv.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * proj4j clamps the longitude of a Mercator point beyond the antimeridian to +-180; PROJ (as MapServer 8.0 calls it,
 * with {@code +over}) keeps it beyond. Found on msautotest misc/dateline (sample 166).
 */
class KeepsLongitudesBeyondTheAntimeridianLikeProjOverTest {

    private static final ProjectionFactory FACTORY = new ProjectionFactory();
    private static final Projection MERC = FACTORY.fromMapfileArgs(List.of("+proj=merc +datum=WGS84 +over"));
    private static final Projection LONLAT = FACTORY.fromMapfileArgs(List.of("+proj=latlong +datum=WGS84 +over"));

    @Test
    void mercatorEastingsPastTheWorldEdgeGiveLongitudesPast180() {
        double[] xy = {21000000, 1000000, -21500000, 1000000, 19000000, 1000000};
        Reprojector.between(MERC, LONLAT).transform(xy, 0, 3);
        assertEquals(188.6465, xy[0], 1e-3);
        assertEquals(-193.1382, xy[2], 1e-3);
        assertEquals(170.6799, xy[4], 1e-3); // inside the world: unchanged
        assertEquals(9.0059, xy[1], 1e-3);
    }

    @Test
    void geographicSourcesAreNotTouched() {
        double[] xy = {180, 10};
        Reprojector.between(LONLAT, MERC).transform(xy, 0, 1);
        assertEquals(20037508.34, xy[0], 1e-2);
    }
}
