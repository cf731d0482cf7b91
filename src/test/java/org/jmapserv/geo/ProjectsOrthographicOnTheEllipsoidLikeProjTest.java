package org.jmapserv.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * +proj=ortho on WGS84 as PROJ 9 (under Debian's MapServer 8.0) computes it: the reference values are what
 * {@code gdaltransform -s_srs "+proj=longlat +datum=WGS84" -t_srs "+proj=ortho +lat_0=40 +lon_0=15 +datum=WGS84"}
 * printed here (PROJ 9.1); proj4j's spherical formula is some 10-20 km off.
 */
class ProjectsOrthographicOnTheEllipsoidLikeProjTest {

    private static final ProjectionFactory FACTORY = new ProjectionFactory();
    private static final Projection WGS84 = FACTORY.fromMapfileArgs(List.of("init=epsg:4326"));
    private static final Projection ORTHO = FACTORY.fromMapfileArgs(
            List.of("+proj=ortho", "+lat_0=40", "+lon_0=15", "+datum=WGS84", "+units=m", "+no_defs"));

    @Test
    void forwardMatchesProj() {
        double[] xy = {30, 50, 50, 30};
        assertEquals(0, Reprojector.between(WGS84, ORTHO).transform(xy, 0, 2));
        assertEquals(1063193.46149707, xy[0], 1e-3);
        assertEquals(1195654.33200421, xy[1], 1e-3);
        assertEquals(3170877.74239959, xy[2], 1e-3);
        assertEquals(-461151.768828681, xy[3], 1e-3);
    }

    @Test
    void inverseRoundTrips() {
        double[] xy = {1063193.46149707, 1195654.33200421, 3170877.74239959, -461151.768828681};
        assertEquals(0, Reprojector.between(ORTHO, WGS84).transform(xy, 0, 2));
        assertEquals(30, xy[0], 1e-8);
        assertEquals(50, xy[1], 1e-8);
        assertEquals(50, xy[2], 1e-8);
        assertEquals(30, xy[3], 1e-8);
    }

    @Test
    void theFarSideAndBeyondTheOutlineFail() {
        double[] far = {-165, -40};
        assertEquals(1, Reprojector.between(WGS84, ORTHO).transform(far, 0, 1));
        // inside the sphere of radius a, outside the ellipsoid's outline to the south (PROJ fails there too)
        double[] beyond = {0, -6_370_000};
        assertEquals(1, Reprojector.between(ORTHO, WGS84).transform(beyond, 0, 1));
        assertTrue(Double.isNaN(beyond[0]));
        // to the north the outline reaches past a (PROJ: 0 6379000 -> -165 52.8072420349735)
        double[] north = {0, 6_379_000};
        assertEquals(0, Reprojector.between(ORTHO, WGS84).transform(north, 0, 1));
        assertEquals(-165, north[0], 1e-8);
        assertEquals(52.8072420349735, north[1], 1e-6);
        assertThrows(ProjectionException.class, () -> Reprojector.between(ORTHO, WGS84)
                .transform(new Rect(7_000_000, 7_000_000, 8_000_000, 8_000_000)));
    }
}
