package org.jmapserv.mapfile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jmapserv.mapfile.model.GeomTransformKind;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.StyleDef;
import org.junit.jupiter.api.Test;

/**
 * GEOMTRANSFORM names as MapServer 8 reads them (msStyleSetGeomTransform): any case, matched on the name's length,
 * unknown names loading (drawn untransformed), and (expressions).
 */
class NamesGeomTransformsLikeMsStyleSetGeomTransformTest {

    private static GeomTransformKind kindOf(String gt) throws Exception {
        MapDef m = MapfileFixtures.read(MapfileFixtures.layer("CLASS STYLE GEOMTRANSFORM " + gt + " END END"));
        StyleDef s = m.layers().get(0).classes().get(0).styles().get(0);
        return GeomTransformKind.of(s.geomTransform());
    }

    @Test
    void namesMatchInAnyCase() throws Exception {
        assertEquals(GeomTransformKind.VERTICES, kindOf("\"VERTICES\""));
        assertEquals(GeomTransformKind.LABELPNT, kindOf("\"LabelPnt\""));
        assertEquals(GeomTransformKind.LABELPOLY, kindOf("\"LABELPOLY\""));
        assertEquals(GeomTransformKind.START, kindOf("\"Start\""));
        assertEquals(GeomTransformKind.CENTROID, kindOf("'centroid'"));
        assertEquals(GeomTransformKind.BBOX, kindOf("bbox"));
    }

    @Test
    void namesMatchOnTheirOwnLengthInMapServersOrder() throws Exception {
        assertEquals(GeomTransformKind.VERTICES, kindOf("\"verticesXYZ\""));
        assertEquals(GeomTransformKind.END, kindOf("\"endpoint\""));
        assertEquals(GeomTransformKind.LABELPNT, kindOf("\"labelpnts\""));
    }

    @Test
    void unknownNamesLoadAsNone() throws Exception {
        assertEquals(GeomTransformKind.NONE, kindOf("\"bogus\""));
        assertEquals(GeomTransformKind.NONE, kindOf("\"label\""));
    }

    @Test
    void parenthesisedFormsAreExpressionsEvenWhenTheyDoNotParse() throws Exception {
        assertEquals(GeomTransformKind.EXPRESSION, kindOf("(buffer([shape], 3))"));
        assertEquals(GeomTransformKind.EXPRESSION, kindOf("(labelpoint([shape]))"));
    }
}
