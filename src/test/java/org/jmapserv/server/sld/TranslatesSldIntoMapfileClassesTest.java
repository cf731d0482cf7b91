package org.jmapserv.server.sld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;

/** msSLDApplySLD and FLTGetMapserverExpression as SldApplier and OgcFilterExpression mirror them. */
class TranslatesSldIntoMapfileClassesTest {

    private static final String OGC = "xmlns=\"http://www.opengis.net/ogc\"";

    private static String filter(String body) throws SldException {
        return OgcFilterExpression.of(SafeXml.parse("<Filter " + OGC + ">" + body + "</Filter>", "test"));
    }

    @Test
    void comparisonsCompareNumbersNumericallyAndTextAsStrings() throws SldException {
        assertEquals("([POP] > 5000)", filter("<PropertyIsGreaterThan><PropertyName>POP</PropertyName>"
                + "<Literal>5000</Literal></PropertyIsGreaterThan>"));
        assertEquals("(\"[TYPE]\" = \"R\")", filter("<PropertyIsEqualTo><PropertyName>TYPE</PropertyName>"
                + "<Literal>R</Literal></PropertyIsEqualTo>"));
        assertEquals("(\"[TYPE]\" =* \"r\")", filter("<PropertyIsEqualTo matchCase=\"false\"><PropertyName>TYPE"
                + "</PropertyName><Literal>r</Literal></PropertyIsEqualTo>"));
    }

    @Test
    void likeBecomesARegularExpressionAndLogicNests() throws SldException {
        assertEquals("((\"[NAME]\" ~ \"^W.*\\\\.x.$\") OR (NOT ([POP] <= 10)))",
                filter("<Or><PropertyIsLike wildCard=\"*\" singleChar=\"?\" escapeChar=\"!\"><PropertyName>NAME"
                        + "</PropertyName><Literal>W*.x?</Literal></PropertyIsLike><Not>"
                        + "<PropertyIsLessThanOrEqualTo><PropertyName>POP</PropertyName><Literal>10</Literal>"
                        + "</PropertyIsLessThanOrEqualTo></Not></Or>"));
        assertEquals("(([POP] >= 1) AND ([POP] <= 2))", filter("<PropertyIsBetween><PropertyName>POP"
                + "</PropertyName><LowerBoundary><Literal>1</Literal></LowerBoundary><UpperBoundary><Literal>2"
                + "</Literal></UpperBoundary></PropertyIsBetween>"));
    }

    @Test
    void bboxBecomesAnIntersectionWithTheBoxAndTextBetweenComparesStrings() throws SldException {
        assertEquals("(intersects([shape],fromText('POLYGON ((1.0000000000000000 2.0000000000000000, "
                + "1.0000000000000000 4.0000000000000000, 3.0000000000000000 4.0000000000000000, 3.0000000000000000 "
                + "2.0000000000000000, 1.0000000000000000 2.0000000000000000))')) = TRUE)",
                filter("<BBOX><Envelope xmlns=\"http://www.opengis.net/gml\"><lowerCorner>1 2</lowerCorner>"
                        + "<upperCorner>3 4</upperCorner></Envelope></BBOX>"));
        assertEquals("((\"[N]\" >= \"A\") AND (\"[N]\" <= \"M\"))", filter("<PropertyIsBetween><PropertyName>N"
                + "</PropertyName><LowerBoundary><Literal>A</Literal></LowerBoundary><UpperBoundary><Literal>M"
                + "</Literal></UpperBoundary></PropertyIsBetween>"));
        SldException e = assertThrows(SldException.class, () -> filter("<BBOX><Box xmlns=\"http://www.opengis"
                + ".net/gml\" srsName=\"EPSG:4326\"><coordinates>1,2 3,4</coordinates></Box></BBOX>"));
        assertTrue(e.getMessage().contains("srsName"), e.getMessage());
    }

    @Test
    void unsupportedOperatorsAreRefusedByName() {
        SldException e = assertThrows(SldException.class, () -> filter("<Intersects/>"));
        assertTrue(e.getMessage().contains("ogc:Intersects"), e.getMessage());
        e = assertThrows(SldException.class, () -> filter("<PropertyIsNull><PropertyName>A</PropertyName>"
                + "</PropertyIsNull>"));
        assertTrue(e.getMessage().contains("ogc:PropertyIsNull"), e.getMessage());
    }

    @Test
    void rulesReplaceTheNamedLayersClassesAndDrawEveryMatch() throws Exception {
        MapDef map = new MapfileReader().read(Path.of("test-data/wms/sld.map"));
        String sld = "<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\" xmlns:ogc=\"http://www.opengis"
                + ".net/ogc\"><NamedLayer><Name>COUNTRIES</Name><UserStyle><FeatureTypeStyle><Rule><Name>big"
                + "</Name><MaxScaleDenominator>1e8</MaxScaleDenominator><ogc:Filter><ogc:PropertyIsGreaterThan>"
                + "<ogc:PropertyName>POP</ogc:PropertyName><ogc:Literal>5</ogc:Literal></ogc:PropertyIsGreaterThan>"
                + "</ogc:Filter><PolygonSymbolizer><Fill><CssParameter name=\"fill\">#ff0000</CssParameter></Fill>"
                + "<Stroke><CssParameter name=\"stroke-dasharray\">4 2</CssParameter></Stroke></PolygonSymbolizer>"
                + "</Rule><Rule><PointSymbolizer><Graphic><Mark><WellKnownName>star</WellKnownName></Mark>"
                + "</Graphic></PointSymbolizer></Rule></FeatureTypeStyle></UserStyle></NamedLayer>"
                + "</StyledLayerDescriptor>";
        MapDef styled = SldApplier.apply(map, sld);
        LayerDef countries = styled.layers().get(0);
        List<ClassDef> classes = countries.classes();
        assertEquals(2, classes.size());
        assertEquals("big", classes.get(0).name());
        assertEquals(1e8, classes.get(0).maxScaleDenom());
        assertEquals(2, classes.get(0).styles().size());
        assertTrue(classes.get(0).expression().text().contains("[POP] > 5"), classes.get(0).expression().text());
        assertEquals("sld_mark_symbol_star", classes.get(1).styles().get(0).symbolName());
        assertTrue(countries.processing().contains("RENDERMODE=ALL_MATCHING_CLASSES"));
        assertTrue(styled.symbols().stream().anyMatch(s -> "sld_mark_symbol_star".equals(s.name())));
        assertEquals(map.layers().get(1), styled.layers().get(1), "layers the SLD does not name are untouched");
        assertEquals(1, map.layers().get(0).classes().size(), "the mapfile's own layer is not changed");
    }

    @Test
    void unsupportedSldPartsAreRefusedByName() throws Exception {
        MapDef map = new MapfileReader().read(Path.of("test-data/wms/sld.map"));
        SldException e = assertThrows(SldException.class, () -> SldApplier.apply(map, "<StyledLayerDescriptor>"
                + "<NamedLayer><Name>cities</Name><UserStyle><FeatureTypeStyle><Rule><PointSymbolizer><Graphic>"
                + "<ExternalGraphic/></Graphic></PointSymbolizer></Rule></FeatureTypeStyle></UserStyle>"
                + "</NamedLayer></StyledLayerDescriptor>"));
        assertTrue(e.getMessage().contains("ExternalGraphic"), e.getMessage());
        e = assertThrows(SldException.class, () -> SldApplier.apply(map, "<StyledLayerDescriptor><NamedLayer>"
                + "<Name>cities</Name><NamedStyle><Name>x</Name></NamedStyle></NamedLayer></StyledLayerDescriptor>"));
        assertTrue(e.getMessage().contains("NamedStyle"), e.getMessage());
        e = assertThrows(SldException.class, () -> SldApplier.apply(map, "x".repeat(SafeXml.MAX_CHARS + 1)));
        assertTrue(e.getMessage().contains("larger than the limit"), e.getMessage());
    }

    @Test
    void filterParameterSplitsOneFilterPerLayer() throws SldException {
        assertEquals(List.of("<Filter/>", "", "<Filter>(a)</Filter>"),
                FilterParameter.split("(<Filter/>)()(<Filter>(a)</Filter>)"));
        assertEquals(List.of("<Filter/>"), FilterParameter.split("<Filter/>"));
    }
}
