package org.jmapserv.server.sld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Units;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;

/**
 * FLTGetSpatialComparisonCommonExpression's expressions for the spatial operators of the vendor FILTER and of SLD
 * Rule filters.
 */
class WritesSpatialFilterOperatorsAsMapServerExpressionsTest {
    private static final String GML = "xmlns:gml=\"http://www.opengis.net/gml\"";

    private static LayerDef road() throws Exception {
        MapDef map = new MapfileReader().read(Path.of("test-data/wms/autotest/filter.map"));
        return map.layers().stream().filter(l -> l.name().equals("road")).findFirst().orElseThrow();
    }

    private static String expression(String body, FilterFrame frame, LayerDef layer) throws SldException {
        return OgcFilterExpression.of(SafeXml.parse("<Filter " + GML + ">" + body + "</Filter>", "test"), frame,
                layer);
    }

    @Test
    void aDegreeDistanceIsConvertedIntoTheLayersDefaultMeters() throws Exception {
        String dwithin = "<DWithin><PropertyName>G</PropertyName><gml:Point><gml:coordinates>12,45</gml:coordinates>"
                + "</gml:Point><Distance units='dd'>0.5</Distance></DWithin>";
        // 8.0 draws every road of at-filter-dwithin: the layer has no UNITS, so 0.5 dd is 0.5 * 4374754 / 39.3701
        assertEquals("(dwithin([shape],fromText('POINT (12 45)'),55559.3) = TRUE)",
                expression(dwithin, FilterFrame.AS_GIVEN, road()));
        LayerDef.Builder dd = road().toBuilder();
        dd.units = Units.DD;
        assertEquals("(dwithin([shape],fromText('POINT (12 45)'),0.5) = TRUE)",
                expression(dwithin, FilterFrame.AS_GIVEN, dd.build()));
    }

    @Test
    void wms130LatLongGeometriesAreSwappedIntoLongLat() throws Exception {
        FilterFrame swapping = new FilterFrame(srs -> true, (srs, l) -> UnaryOperator.identity());
        assertEquals("(within([shape],fromText('POLYGON ((10 42, 10 46, 14 46, 14 42, 10 42))')) = TRUE)",
                expression("<Within><PropertyName>G</PropertyName><gml:Polygon><gml:exterior><gml:LinearRing>"
                        + "<gml:posList>42 10 46 10 46 14 42 14 42 10</gml:posList></gml:LinearRing></gml:exterior>"
                        + "</gml:Polygon></Within>", swapping, road()));
    }

    @Test
    void multiGeometriesAndEnvelopesBecomeWkt() throws Exception {
        assertEquals("(intersects([shape],fromText('MULTILINESTRING ((9 44, 19 44), (12 39, 12 47))')) = TRUE)",
                expression("<Intersects><PropertyName>G</PropertyName><gml:MultiLineString><gml:lineStringMember>"
                        + "<gml:LineString><gml:coordinates>9,44 19,44</gml:coordinates></gml:LineString>"
                        + "</gml:lineStringMember><gml:lineStringMember><gml:LineString><gml:coordinates>12,39 12,47"
                        + "</gml:coordinates></gml:LineString></gml:lineStringMember></gml:MultiLineString>"
                        + "</Intersects>", FilterFrame.AS_GIVEN, road()));
        assertEquals("(disjoint([shape],fromText('POLYGON ((10 40, 10 44, 14 44, 14 40, 10 40))')) = TRUE)",
                expression("<Disjoint><PropertyName>G</PropertyName><gml:Envelope><gml:lowerCorner>10 40"
                        + "</gml:lowerCorner><gml:upperCorner>14 44</gml:upperCorner></gml:Envelope></Disjoint>",
                        FilterFrame.AS_GIVEN, road()));
    }

    @Test
    void operatorsFltParseFilterEncodingRejectsAreMarkedMalformed() throws Exception {
        SldException e = assertThrows(SldException.class, () -> expression("<DWithin><PropertyName>G</PropertyName>"
                + "<gml:Point><gml:coordinates>1,2</gml:coordinates></gml:Point></DWithin>", FilterFrame.AS_GIVEN,
                road()));
        assertEquals(SldException.MALFORMED_FILTER, e.code());
        e = assertThrows(SldException.class, () -> expression("<Intersects><gml:Point><gml:coordinates>1,2"
                + "</gml:coordinates></gml:Point></Intersects>", FilterFrame.AS_GIVEN, road()));
        assertTrue(e.getMessage().contains("PropertyName"), e.getMessage());
    }

    @Test
    void sldRulesReadTheGeometryInTheLayersCoordinatesIgnoringSrsName() throws Exception {
        // 8.0 inside an SLD: srsName ignored (sld-intersects-srsname draws nothing), no 1.3.0 swap, units converted
        String rule = "<Filter " + GML + "><And><Intersects><PropertyName>G</PropertyName><gml:Point srsName="
                + "'EPSG:3857'><gml:coordinates>1335834,5012341</gml:coordinates></gml:Point></Intersects>"
                + "<Beyond><PropertyName>G</PropertyName><gml:Point><gml:coordinates>12,45</gml:coordinates>"
                + "</gml:Point><Distance units='km'>2</Distance></Beyond></And></Filter>";
        assertEquals("((intersects([shape],fromText('POINT (1335834 5012341)')) = TRUE) AND "
                + "(beyond([shape],fromText('POINT (12 45)'),2000) = TRUE))",
                OgcFilterExpression.ofRule(SafeXml.parse(rule, "test"), road()));
    }
}
