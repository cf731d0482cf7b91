package org.jmapserv.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class ReprojectorTest {

    private static final ProjectionFactory FACTORY = new ProjectionFactory();
    private static final Projection WGS84 = FACTORY.fromMapfileArgs(List.of("init=epsg:4326"));
    private static final Projection MERCATOR = FACTORY.fromMapfileArgs(List.of("init=epsg:3857"));
    private static final Projection UTM33 = FACTORY.fromMapfileArgs(List.of("+proj=utm +zone=33 +datum=WGS84"));

    @Test
    void lonLatToWebMercatorMatchesKnownValues() {
        double[] xy = {10, 50, -180, 0};
        assertEquals(0, Reprojector.between(WGS84, MERCATOR).transform(xy, 0, 2));
        assertEquals(1113194.9079327357, xy[0], 1e-3);
        assertEquals(6446275.841017158, xy[1], 1e-3);
        assertEquals(-20037508.342789244, xy[2], 1e-3);
        assertEquals(0, xy[3], 1e-3);
    }

    @Test
    void lonLatToUtm33MatchesKnownValues() {
        double[] xy = {15, 52, 12, 0};
        Reprojector.between(WGS84, UTM33).transform(xy, 0, 2);
        assertEquals(500000.0, xy[0], 1e-3);
        assertEquals(5761038.2126, xy[1], 1e-3);
        assertEquals(166021.4431, xy[2], 1e-3);
        assertEquals(0.0, xy[3], 1e-3);
    }

    @Test
    void utmToMercatorAndBackToLonLatRoundTrips() {
        double[] xy = {612345.678, 5834567.891};
        Reprojector.between(UTM33, MERCATOR).transform(xy, 0, 1);
        Reprojector.between(MERCATOR, WGS84).transform(xy, 0, 1);
        Reprojector.between(WGS84, UTM33).transform(xy, 0, 1);
        assertEquals(612345.678, xy[0], 1e-3);
        assertEquals(5834567.891, xy[1], 1e-3);
        double[] ll = {16.5, 48.2};
        Reprojector.between(WGS84, MERCATOR).transform(ll, 0, 1);
        Reprojector.between(MERCATOR, WGS84).transform(ll, 0, 1);
        assertEquals(16.5, ll[0], 1e-6);
        assertEquals(48.2, ll[1], 1e-6);
    }

    @Test
    void sameCrsWrittenDifferentlyIsTheIdentity() {
        Projection epsg = FACTORY.fromMapfileArgs(List.of("EPSG:4326"));
        Projection proj = FACTORY.fromMapfileArgs(List.of("+proj=longlat +datum=WGS84 +no_defs"));
        assertTrue(Reprojector.between(WGS84, epsg).isIdentity());
        assertTrue(Reprojector.between(epsg, proj).isIdentity());
        assertTrue(Reprojector.between(Projection.NONE, MERCATOR).isIdentity());
        assertFalse(Reprojector.between(WGS84, MERCATOR).isIdentity());
    }

    @Test
    void argsDifferIsMapServersStringComparison() {
        assertTrue(Reprojector.argsDiffer(List.of("EPSG:3857"), List.of("init=epsg:3857")));
        assertFalse(Reprojector.argsDiffer(List.of("init=epsg:3857"), List.of("init=epsg:3857")));
        assertFalse(Reprojector.argsDiffer(List.of(), List.of("init=epsg:3857")));
        assertTrue(Reprojector.argsDiffer(List.of("init=epsg:4326"), List.of("init=epsg:4326", "+epsgaxis=ne")));
    }

    @Test
    void geometriesAreProjectedAsCopies() {
        GeometryFactory gf = new GeometryFactory();
        Polygon square = gf.createPolygon(new Coordinate[] {new Coordinate(10, 50), new Coordinate(11, 50),
            new Coordinate(11, 51), new Coordinate(10, 51), new Coordinate(10, 50)});
        Geometry projected = Reprojector.between(WGS84, MERCATOR).transform(square);
        assertEquals(10, square.getCoordinates()[0].x, 0);
        assertEquals(1113194.9079, projected.getCoordinates()[0].x, 1e-3);
        assertEquals(5, projected.getNumPoints());
    }

    @Test
    void rectangleEnvelopeIncludesTheBulgingEdges() {
        Rect utm = new Rect(300000, 5000000, 700000, 6000000);
        Reprojector toLonLat = Reprojector.between(UTM33, WGS84);
        Rect ll = toLonLat.transform(utm);
        double[] points = {300000, 5000000, 300000, 6000000, 500000, 6000000};
        toLonLat.transform(points, 0, 3);
        assertEquals(points[2], ll.minX(), 1e-9, "west edge reaches furthest west at its northern corner");
        assertEquals(points[1], ll.minY(), 1e-9, "south edge is lowest at its corners");
        assertEquals(points[5], ll.maxY(), 1e-9, "north edge peaks mid-edge, which only densifying finds");
        assertTrue(points[5] > points[3]);
    }

    @Test
    void sameCrsRectangleIsUnchanged() {
        Rect r = new Rect(1, 2, 3, 4);
        assertEquals(r, Reprojector.between(MERCATOR, MERCATOR).transform(r));
    }

    @Test
    void pointsThatFailAreMarkedAndCounted() {
        Projection ortho = FACTORY.fromMapfileArgs(List.of("proj=ortho", "lat_0=0", "lon_0=0", "ellps=WGS84"));
        double[] xy = {0, 0, 170, 0};
        int failed = Reprojector.between(WGS84, ortho).transform(xy, 0, 2);
        assertEquals(1, failed);
        assertEquals(0, xy[0], 1e-6);
        assertTrue(Double.isNaN(xy[2]));
    }

    @Test
    void rectangleFailingEverywhereIsAnError() {
        Projection ortho = FACTORY.fromMapfileArgs(List.of("proj=ortho", "lat_0=0", "lon_0=0", "ellps=WGS84"));
        Rect backside = new Rect(150, -10, 170, 10);
        assertThrows(ProjectionException.class, () -> Reprojector.between(WGS84, ortho).transform(backside));
    }

    @Test
    void partlyFailingRectangleKeepsThePointsThatProject() {
        Projection ortho = FACTORY.fromMapfileArgs(List.of("proj=ortho", "lat_0=0", "lon_0=0", "ellps=WGS84"));
        Rect r = Reprojector.between(WGS84, ortho).transform(new Rect(0, -10, 170, 10));
        assertTrue(r.maxX() > 6_300_000 && r.maxX() <= 6_378_137.0001, "reaches the horizon: " + r);
        assertEquals(0, r.minX(), 1e-6);
    }
}
