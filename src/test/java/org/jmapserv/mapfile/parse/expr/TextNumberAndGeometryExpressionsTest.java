package org.jmapserv.mapfile.parse.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluationException;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** LABEL TEXT, numeric (expression) bindings and GEOMTRANSFORM expressions. */
class TextNumberAndGeometryExpressionsTest {

    private static final SampleFeature LAKE = SampleFeature.of(
            "POLYGON((0 0, 100 0, 100 100, 0 100, 0 0), (40 40, 60 40, 60 60, 40 60, 40 40))",
            "NAME", "lake mjøsa", "DEPTH", "453.5", "AREA", "369000000", "BLANK", "");

    private final ExpressionEvaluator evaluator = new ExpressionEvaluator();

    private static ExpressionDef logical(String text) throws ExpressionSyntaxException {
        return ExpressionDef.logical(text, ExpressionParser.parseLogical(text));
    }

    @Test
    void plainTextSubstitutesKnownTagsAndKeepsUnknownOnes() {
        assertEquals("lake mjøsa (453.5 m) [NOPE]",
                evaluator.text(ExpressionDef.string("[NAME] ([DEPTH] m) [NOPE]", false), LAKE));
        assertEquals("a [b", evaluator.text("a [b", LAKE));
        assertNull(evaluator.text(ExpressionDef.string("[BLANK]", false), LAKE));
    }

    @Test
    void textExpressionsFormatNumbersAndTransformCase() throws ExpressionSyntaxException {
        assertEquals("454", evaluator.text(logical("tostring([DEPTH], \"%.0f\")"), LAKE));
        assertEquals("369,000,000", evaluator.text(logical("commify(\"[AREA]\")"), LAKE));
        assertEquals("Lake Mjøsa", evaluator.text(logical("initcap(\"[NAME]\")"), LAKE));
        assertEquals("Lake mjøsa", evaluator.text(logical("firstcap(\"[NAME]\")"), LAKE));
        assertEquals("LAKE MJøSA", evaluator.text(logical("upper(\"[NAME]\")"), LAKE));
        assertEquals("lake mjøsa: 453.5", evaluator.text(logical("\"[NAME]\" + \": \" + \"[DEPTH]\""), LAKE));
        assertEquals("907", evaluator.text(logical("[DEPTH] * 2"), LAKE));
        assertEquals("3.69e+08", evaluator.text(logical("[AREA]"), LAKE));
        assertEquals("true", evaluator.text(logical("[DEPTH] > 100"), LAKE));
    }

    @Test
    void failedTextIsNullLenientlyAndExplainedStrictly() throws ExpressionSyntaxException {
        ExpressionDef bad = logical("tostring([DEPTH], \"%s\")");
        assertNull(evaluator.text(bad, LAKE));
        assertThrows(ExpressionEvaluationException.class, () -> evaluator.evaluateText(bad, LAKE));
    }

    @Test
    void numbersGoThroughPercentGLikeMsEvalDoubleExpression() throws ExpressionSyntaxException {
        assertEquals(9.07, evaluator.number(logical("[DEPTH] / 50"), LAKE), 1e-12);
        assertEquals(3.69e8, evaluator.number(logical("[AREA] + 1"), LAKE));
        assertEquals(0.0, evaluator.number(logical("[DEPTH] > 1"), LAKE));
        assertEquals(0.0, evaluator.number(logical("[DEPTH] / 0"), LAKE));
        assertEquals(11.0, evaluator.number(logical("round([DEPTH] / 40)"), LAKE));
    }

    @Test
    void bufferGrowsTheShape() throws ExpressionSyntaxException {
        Geometry g = evaluator.geometry(logical("buffer([shape], 10)"), LAKE);
        // Outer ring grows with round corners; the 20x20 hole shrinks to nothing.
        assertEquals(100 * 100 + 4 * 100 * 10 + Math.PI * 10 * 10, g.getArea(), 1.0);
    }

    @Test
    void outerAndInnerSplitRings() throws ExpressionSyntaxException {
        assertEquals(10000, evaluator.geometry(logical("outer([shape])"), LAKE).getArea(), 1e-9);
        assertEquals(400, evaluator.geometry(logical("inner([shape])"), LAKE).getArea(), 1e-9);
    }

    @Test
    void differenceSimplifyAndDensify() throws ExpressionSyntaxException {
        Geometry diff = evaluator.geometry(
                logical("difference(outer([shape]), fromtext('POLYGON((0 0, 50 0, 50 100, 0 100, 0 0))'))"), LAKE);
        assertEquals(5000, diff.getArea(), 1e-9);
        Geometry dense = evaluator.geometry(logical("densify(outer([shape]), 10)"), LAKE);
        assertTrue(dense.getNumPoints() >= 41, "points: " + dense.getNumPoints());
        Geometry simple = evaluator.geometry(logical("simplify(densify(outer([shape]), 10), 1)"), LAKE);
        assertEquals(5, simple.getNumPoints());
        Geometry pt = evaluator.geometry(logical("simplifypt([shape], 1)"), LAKE);
        assertEquals(10, pt.getNumPoints());
    }

    @Test
    void aNegativeSimplifyToleranceIsAnEvaluationErrorAsGeosRefusesIt() throws ExpressionSyntaxException {
        for (String f : new String[] {"simplify([shape], -1)", "simplifypt([shape], -0.5)"}) {
            ExpressionEvaluationException e = assertThrows(ExpressionEvaluationException.class,
                    () -> evaluator.evaluateGeometry(logical(f), LAKE), f);
            assertTrue(e.getMessage().contains("tolerance of 0 or more"), e.getMessage());
        }
    }

    @Test
    void generalizeKeepsVerticesFarEnoughApartOnTheFirstPart() throws ExpressionSyntaxException {
        SampleFeature line = SampleFeature.of("LINESTRING(0 0, 1 0, 2 0, 10 0, 11 0, 20 0)");
        Geometry g = evaluator.geometry(logical("generalize([shape], 5)"), line);
        assertEquals("LINESTRING (0 0, 10 0, 20 0)", g.toText());
    }

    @Test
    void centerlineFollowsTheLongestInnerVoronoiPath() throws ExpressionSyntaxException {
        // a 200 x 20 band densified every 5 units: its centre line runs along y = 10, inside the band's ends
        SampleFeature band = SampleFeature.of("POLYGON((0 0, 200 0, 200 20, 0 20, 0 0))");
        Geometry c = evaluator.geometry(logical("centerline(densify([shape], 5))"), band);
        assertEquals("LineString", c.getGeometryType());
        assertTrue(c.getLength() > 170 && c.getLength() < 205, "length " + c.getLength());
        for (org.locationtech.jts.geom.Coordinate p : c.getCoordinates()) {
            // the ends run into the corners, as GEOS's diagram does; in between the line is the band's middle
            assertEquals(10, p.y, p.x > 20 && p.x < 180 ? 1e-9 : 7.6, "centre line point " + p);
        }
    }

    @Test
    void smoothsiaAveragesAWindowOfVerticesAsMsSmoothShapeSia() throws ExpressionSyntaxException {
        // a 3-vertex window weighs 0.5, 1, 0.5; the ring wraps, so the corner (0 0) becomes (2.5 2.5)
        SampleFeature square = SampleFeature.of("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))");
        Geometry once = evaluator.geometry(logical("smoothsia([shape])"), square);
        assertEquals("POLYGON ((2.5 2.5, 7.5 2.5, 7.5 7.5, 2.5 7.5, 2.5 2.5))", once.toText());
        // 8.0 repeats si - 1 times: si 2 is one pass, si 3 two
        assertEquals(once.toText(), evaluator.geometry(logical("smoothsia([shape], 3, 2)"), square).toText());
        Geometry twice = evaluator.geometry(logical("smoothsia([shape], 3, 3)"), square);
        assertEquals("POLYGON ((3.75 3.75, 6.25 3.75, 6.25 6.25, 3.75 6.25, 3.75 3.75))", twice.toText());
        // a line keeps its ends (the window does not fit there); on 3 points the window shrinks to 1 (no change)
        SampleFeature line = SampleFeature.of("LINESTRING(0 0, 10 10, 20 0, 30 10)");
        assertEquals("LINESTRING (0 0, 10 5, 20 5, 30 10)",
                evaluator.geometry(logical("smoothsia([shape])"), line).toText());
        SampleFeature three = SampleFeature.of("LINESTRING(0 0, 10 10, 20 0)");
        assertEquals("LINESTRING (0 0, 10 10, 20 0)", evaluator.geometry(logical("smoothsia([shape])"), three).toText());
    }

    @Test
    void unsupportedAndMistypedTransformsSaySo() throws ExpressionSyntaxException {
        // a square's Voronoi diagram has no edge inside it: 8.0 fails and asks for densify()
        ExpressionEvaluationException centerline = assertThrows(ExpressionEvaluationException.class,
                () -> evaluator.evaluateGeometry(logical("centerline(outer([shape]))"), LAKE));
        assertTrue(centerline.getMessage().contains("try densifying the shapes"), centerline.getMessage());
        ExpressionEvaluationException js = assertThrows(ExpressionEvaluationException.class,
                () -> evaluator.evaluateGeometry(logical("javascript([shape], 'x.js')"), LAKE));
        assertTrue(js.getMessage().contains("Javascript support not compiled in"), js.getMessage());
        ExpressionEvaluationException notShape = assertThrows(ExpressionEvaluationException.class,
                () -> evaluator.evaluateGeometry(logical("[DEPTH] + 1"), LAKE));
        assertTrue(notShape.getMessage().contains("must give a shape"), notShape.getMessage());
        assertNull(evaluator.geometry(logical("area([shape]) > 1"), LAKE));
    }
}
