package org.jmapserv.mapfile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.Force;
import org.jmapserv.mapfile.model.LabelDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.OutputFormatDef;
import org.jmapserv.mapfile.model.SymbolType;
import org.jmapserv.mapfile.model.Units;
import org.jmapserv.mapfile.model.expr.ExpressionKind;
import org.jmapserv.mapfile.write.MapfileWriter;
import org.junit.jupiter.api.Test;

/**
 * MapServer 8.0 reads enum values and keywords as the lexer's integer codes, so any word with an allowed code is
 * accepted and stored as that code. The expected values below were observed by loading each file with
 * python3-mapscript 8.0.0.
 */
class AcceptsEnumWordsByTokenCodeLikeGetSymbolTest {

    private static LayerDef layer(String body) throws MapfileException {
        return MapfileFixtures.read(MapfileFixtures.layer(body)).layers().get(0);
    }

    private static LabelDef label(String body) throws MapfileException {
        return layer("CLASS LABEL " + body + " END END").classes().get(0).labels().get(0);
    }

    @Test
    void unitsRoundIsKilometersBecauseMsCjcRoundEqualsMsKilometers() throws Exception {
        assertEquals(Units.KILOMETERS, layer("UNITS ROUND").units());
    }

    @Test
    void layerTypeSquareIsQueryAndPixelsIsCircle() throws Exception {
        assertEquals(LayerType.QUERY, MapfileFixtures.read("MAP LAYER NAME \"l\" TYPE SQUARE END END").layers()
                .get(0).type());
        assertEquals(LayerType.CIRCLE, MapfileFixtures.read("MAP LAYER NAME \"l\" TYPE PIXELS END END").layers()
                .get(0).type());
    }

    @Test
    void layerTypeWithAnnotationsCodeGetsTheAnnotationRemovedMessage() {
        String error = MapfileFixtures.errorOf("MAP LAYER NAME \"l\" TYPE KILOMETERS END END");
        assertTrue(error.contains("Annotation Layers have been removed"), error);
    }

    @Test
    void connectionTypeMediumIsGraticuleWhileTheWordGraticuleIsRejected() throws Exception {
        assertEquals(ConnectionType.GRATICULE, layer("CONNECTIONTYPE MEDIUM").connectionType());
        assertTrue(MapfileFixtures.errorOf(MapfileFixtures.layer("CONNECTIONTYPE GRATICULE")).contains("GRATICULE"));
    }

    @Test
    void symbolTypeTakesKeywordsThatShareTheSymbolTypeCodes() throws Exception {
        MapDef map = MapfileFixtures.read("MAP SYMBOL NAME \"a\" TYPE ANGLE END SYMBOL NAME \"b\" TYPE OFF END END");
        assertEquals(SymbolType.SIMPLE, map.symbols().get(map.symbols().size() - 2).type());
        assertEquals(SymbolType.TRUETYPE, map.symbols().get(map.symbols().size() - 1).type());
    }

    @Test
    void labelSizeContourIsGiantAndBindvalsIsAnExpression() throws Exception {
        assertEquals("GIANT", label("SIZE CONTOUR").sizeKeyword());
        assertTrue(label("SIZE bindvals").expressions().containsKey("SIZE"));
    }

    @Test
    void aKeywordSharingAnotherKeywordsCodeReachesItsCase() throws Exception {
        LayerDef l = layer("HATCH \"kind\" FORCE TRUE CLASS STYLE SVG 255 0 0 END END");
        assertEquals("kind", l.classItem(), "HATCH = CLASSITEM = 1005");
        assertTrue(l.postLabelCache(), "FORCE = POSTLABELCACHE = 1098");
        assertEquals(Color.rgb(255, 0, 0), l.classes().get(0).styles().get(0).color(), "SVG = COLOR = 1006");
        assertEquals(Force.GROUP, label("POSTLABELCACHE GROUP").force());
    }

    @Test
    void bindvalsAndConnectionOptionsAreExpressionAndRegexWhereAnExpressionIsRead() throws Exception {
        LayerDef l = layer("FILTER connectionoptions CLASS EXPRESSION bindvals END");
        assertEquals(ExpressionKind.REGEX, l.filter().kind());
        assertEquals("connectionoptions", l.filter().text());
        assertEquals(ExpressionKind.LOGICAL, l.classes().get(0).expression().kind());
        assertEquals("bindvals", l.classes().get(0).expression().text());
    }

    @Test
    void symbolAntialiasSwallowsAnyTokenEvenEnd() throws Exception {
        MapDef map = MapfileFixtures.read("MAP SYMBOL NAME \"s\" TYPE ELLIPSE POINTS 1 1 END ANTIALIAS END END END");
        assertEquals("s", map.symbols().get(map.symbols().size() - 1).name());
    }

    @Test
    void joinConnectionTypeEmbedIsOracleAndWritesBackAsAWordWithItsCode() throws Exception {
        MapDef map = MapfileFixtures.read(MapfileFixtures.layer(
                "JOIN NAME \"j\" TABLE \"t\" FROM \"a\" TO \"b\" CONNECTIONTYPE EMBED END CONNECTIONTYPE MEDIUM"));
        assertEquals("ORACLE", map.layers().get(0).joins().get(0).connectionType());
        MapDef again = MapfileFixtures.read(new MapfileWriter().write(map));
        assertEquals(map.layers().get(0).joins(), again.layers().get(0).joins());
        assertEquals(ConnectionType.GRATICULE, again.layers().get(0).connectionType());
    }

    @Test
    void lineCapAcceptsExactlyTheWordsMapserverAccepts() {
        Set<String> accepted = new TreeSet<>();
        for (String w : List.of("annotation", "butt", "center", "circle", "dd", "default", "kilometers", "miles",
                "mysql", "ogr", "pixels", "polygon", "postgis", "postgresql", "query", "round", "selected", "square",
                "tiny", "triangle", "on", "off", "true", "none", "bevel", "miter", "embed", "auto", "ul", "giant")) {
            try {
                layer("CLASS STYLE LINECAP " + w + " END END");
                accepted.add(w);
            } catch (MapfileException e) {
                assertTrue(e.getMessage().contains(w), e.getMessage());
            }
        }
        assertEquals(new TreeSet<>(List.of("annotation", "butt", "center", "circle", "dd", "default", "kilometers",
                "miles", "mysql", "ogr", "pixels", "polygon", "postgis", "postgresql", "query", "round", "selected",
                "square", "tiny", "triangle")), accepted, "as python3-mapscript 8.0 loads them");
    }

    @Test
    void imageModeComparesTextSoAQuotedModeIsAccepted() throws Exception {
        MapDef map = MapfileFixtures.read("MAP OUTPUTFORMAT NAME \"f\" DRIVER \"AGG/PNG\" IMAGEMODE \"rgba\" END END");
        assertEquals(OutputFormatDef.ImageMode.RGBA, map.outputFormats().stream().filter(f -> f.name().equals("f"))
                .findFirst().orElseThrow().imageMode());
    }

    @Test
    void scalebarUnitsHasNoDegrees() {
        assertTrue(MapfileFixtures.errorOf("MAP SCALEBAR UNITS DD END END").contains("DD"));
    }

    @Test
    void geomTransformTakesNoRegexOrList() {
        assertTrue(MapfileFixtures.errorOf(MapfileFixtures.layer("CLASS STYLE GEOMTRANSFORM /x/ END END"))
                .contains("GEOMTRANSFORM"));
    }

    @Test
    void referenceNeedsAnImageAndASize() {
        assertTrue(MapfileFixtures.errorOf("MAP REFERENCE STATUS OFF END END")
                .contains("No image defined for the reference map."));
        assertTrue(MapfileFixtures.errorOf("MAP REFERENCE IMAGE \"r.png\" END END")
                .contains("No image size defined for the reference map."));
    }
}
