package org.jmapserv.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProjectionFactoryTest {

    private final ProjectionFactory factory = new ProjectionFactory();

    private static void assertSameCrs(Projection a, Projection b) {
        assertTrue(Reprojector.sameCrs(a.crs(), b.crs()), a.text() + " vs " + b.text());
    }

    @Test
    void initEpsgArgIsKeptAndLoaded() {
        Projection p = factory.fromMapfileArgs(List.of("init=epsg:3857"));
        assertEquals(List.of("init=epsg:3857"), p.args());
        assertFalse(p.isGeographic());
        assertSameCrs(p, factory.fromMapfileArgs(List.of("EPSG:3857")));
    }

    @Test
    void bareEpsgCodeInABlockKeepsItsArg() {
        Projection p = factory.fromMapfileArgs(List.of("EPSG:4326"));
        assertEquals(List.of("EPSG:4326"), p.args());
        assertTrue(p.isGeographic());
    }

    @Test
    void singlePlusStringIsSplitIntoArgs() {
        Projection p = factory.fromMapfileArgs(List.of("+proj=utm +zone=33 +datum=WGS84"));
        assertEquals(List.of("proj=utm", "zone=33", "datum=WGS84"), p.args());
        assertSameCrs(p, factory.fromMapfileArgs(List.of("proj=utm", "zone=33", "datum=WGS84")));
        assertSameCrs(p, factory.fromMapfileArgs(List.of("init=epsg:32633")));
    }

    @Test
    void separateProjArgsAreLoaded() {
        Projection p = factory.fromMapfileArgs(List.of("proj=utm", "zone=15", "ellps=WGS84"));
        assertEquals(3, p.args().size());
        assertFalse(p.isGeographic());
    }

    @Test
    void urnAndUriFollowEpsgAxisOrder() {
        Projection urn = factory.fromString("urn:ogc:def:crs:EPSG::4326");
        assertEquals(List.of("init=epsg:4326", "+epsgaxis=ne"), urn.args());
        assertTrue(urn.northEastAxes());
        Projection uri = factory.fromString("http://www.opengis.net/def/crs/EPSG/0/4326");
        assertEquals(urn.args(), uri.args());
        Projection merc = factory.fromString("urn:ogc:def:crs:EPSG::3857");
        assertEquals(List.of("init=epsg:3857"), merc.args());
    }

    @Test
    void epsgStringIsLonLatUnlessEpsgAxisOrderIsAsked() {
        assertEquals(List.of("init=epsg:4326"), factory.fromString("EPSG:4326").args());
        assertEquals(List.of("init=epsg:4326", "+epsgaxis=ne"),
                factory.fromStringEpsgAxisOrder("EPSG:4326").args());
    }

    @Test
    void crs84IsWgs84LonLat() {
        Projection p = factory.fromString("CRS:84");
        assertEquals(List.of("init=epsg:4326"), p.args());
        assertFalse(p.northEastAxes());
        assertThrows(ProjectionException.class, () -> factory.fromString("CRS:99"));
    }

    @Test
    void autoWmsCodeBuildsTheUtmZoneOfItsCentre() {
        Projection auto = factory.fromString("AUTO:42001,9001,15.5,52");
        assertEquals(List.of("AUTO:42001,9001,15.5,52"), auto.args());
        double[] xy = {15, 52};
        Reprojector.between(factory.fromString("EPSG:4326"), auto).transform(xy, 0, 1);
        assertEquals(500000.0, xy[0], 1e-3);
    }

    @Test
    void autoWordMeansFromDataWithoutACrs() {
        Projection p = factory.fromMapfileArgs(List.of("AUTO"));
        assertTrue(p.automatic());
        assertNull(p.crs());
        assertFalse(p.isDefined());
    }

    @Test
    void emptyBlockIsNoProjection() {
        assertSame(Projection.NONE, factory.fromMapfileArgs(List.of()));
    }

    @Test
    void unknownEpsgCodeNamesTheText() {
        ProjectionException e = assertThrows(ProjectionException.class,
                () -> factory.fromMapfileArgs(List.of("init=epsg:999999")));
        assertTrue(e.getMessage().startsWith("unknown projection 'init=epsg:999999'"), e.getMessage());
        e = assertThrows(ProjectionException.class, () -> factory.fromMapfileArgs(List.of("EPSG:999999")));
        assertTrue(e.getMessage().contains("'EPSG:999999'"), e.getMessage());
    }

    @Test
    void invalidProjParametersNameTheText() {
        ProjectionException e = assertThrows(ProjectionException.class,
                () -> factory.fromMapfileArgs(List.of("proj=nosuch", "ellps=WGS84")));
        assertTrue(e.getMessage().startsWith("unknown projection 'proj=nosuch ellps=WGS84'"), e.getMessage());
    }

    @Test
    void geographicKeywordIsRejectedAsMapServerDoes() {
        ProjectionException e = assertThrows(ProjectionException.class,
                () -> factory.fromMapfileArgs(List.of("GEOGRAPHIC")));
        assertTrue(e.getMessage().contains("no longer supported"));
    }

    @Test
    void crsIsCachedPerArgumentList() {
        assertSame(factory.crs(List.of("init=epsg:3857")), factory.crs(List.of("init=epsg:3857")));
    }
}
