package org.jmapserv.mapfile.parse.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.jmapserv.mapfile.model.expr.Expr;
import org.jmapserv.mapfile.model.expr.Expr.Binary;
import org.jmapserv.mapfile.model.expr.Expr.BinaryOp;
import org.jmapserv.mapfile.model.expr.ExprFunction;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.mapfile.model.expr.MapServerTime;
import org.junit.jupiter.api.Test;

class ExpressionParserBuildsTreesTest {

    private static Expr parse(String s) throws ExpressionSyntaxException {
        return ExpressionParser.parseLogical(s);
    }

    @Test
    void distinguishesNumericStringAndTimeBindings() throws ExpressionSyntaxException {
        assertEquals(new Expr.NumberBinding("POP"), parse("[POP]"));
        assertEquals(new Expr.StringBinding("NAME"), parse("\"[NAME]\""));
        assertEquals(new Expr.StringBinding("NAME"), parse("'[NAME]'"));
        assertEquals(new Expr.TimeBinding("D"), parse("`[D]`"));
    }

    @Test
    void recognisesSpecialBindingsInAnyCase() throws ExpressionSyntaxException {
        assertEquals(new Expr.ShapeBinding(), parse("[SHAPE]"));
        assertEquals(new Expr.MapCellSize(), parse("[map_cellsize]"));
        assertEquals(new Expr.DataCellSize(), parse("[Data_CellSize]"));
    }

    @Test
    void keywordsAreCaseInsensitive() throws ExpressionSyntaxException {
        assertEquals(parse("[A] = 1 and not [B] = 2"), parse("[A] EQ 1 AND NOT [B] Eq 2"));
    }

    @Test
    void andBindsTighterThanOrAndNotLooserThanComparison() throws ExpressionSyntaxException {
        Expr e = parse("not [A] = 1 or [B] = 2 and [C] = 3");
        Binary or = (Binary) e;
        assertEquals(BinaryOp.OR, or.op());
        assertEquals(Expr.UnaryOp.NOT, ((Expr.Unary) or.left()).op());
        assertEquals(BinaryOp.AND, ((Binary) or.right()).op());
    }

    @Test
    void powerIsRightAssociativeAndAboveMultiplication() throws ExpressionSyntaxException {
        Binary mul = (Binary) parse("2 * 3 ^ 2 ^ 1");
        assertEquals(BinaryOp.MULTIPLY, mul.op());
        Binary pow = (Binary) mul.right();
        assertEquals(BinaryOp.POWER, pow.op());
        assertEquals(BinaryOp.POWER, ((Binary) pow.right()).op());
    }

    @Test
    void foldsAttachedMinusIntoTheNumberOnlyWhereNoOperandPrecedes() throws ExpressionSyntaxException {
        assertEquals(new Expr.NumberLiteral(-2), parse("-2"));
        assertEquals(new Binary(BinaryOp.SUBTRACT, new Expr.NumberLiteral(3), new Expr.NumberLiteral(2)),
                parse("3-2"));
    }

    @Test
    void resolvesStringEscapesLikeTheMapfileLexer() throws ExpressionSyntaxException {
        assertEquals(new Expr.StringLiteral("it's \"x\" \\ \\d"), parse("\"it's \\\"x\\\" \\\\ \\d\""));
    }

    @Test
    void parsesTimeLiteralsWithMapServerFormats() throws ExpressionSyntaxException {
        assertEquals(new Expr.TimeLiteral(new MapServerTime(2004, 0, 1, 10, 30, 0)), parse("`2004-01-01T10:30:00Z`"));
        assertEquals(new Expr.TimeLiteral(new MapServerTime(2004, 5, 0, 0, 0, 0)), parse("`2004-06`"));
    }

    @Test
    void spatialOperatorsHaveInfixAndFunctionForms() throws ExpressionSyntaxException {
        Expr point = new Expr.ShapeLiteral("POINT(1 2)");
        assertEquals(new Binary(BinaryOp.INTERSECTS, new Expr.ShapeBinding(), point),
                parse("[shape] intersects fromtext('POINT(1 2)')"));
        assertEquals(new Expr.Call(ExprFunction.DWITHIN, List.of(new Expr.ShapeBinding(), point,
                new Expr.NumberLiteral(5))), parse("dwithin([shape], fromtext(\"POINT(1 2)\"), 5)"));
    }

    @Test
    void blankExpressionIsAlwaysTrue() throws ExpressionSyntaxException {
        assertEquals(new Expr.BooleanLiteral(true), parse("  "));
    }

    @Test
    void expressionDefRoundTripsThroughItsMapfileSpelling() throws ExpressionSyntaxException {
        String text = "\"[NAME]\" ~* \"^o\" and [POP] > 1000";
        ExpressionDef def = ExpressionDef.logical(text, parse(text));
        String spelled = def.mapfileSpelling();
        assertEquals("(" + text + ")", spelled);
        String inner = spelled.substring(1, spelled.length() - 1);
        assertEquals(def, ExpressionDef.logical(inner, parse(inner)));
        assertEquals(def.hashCode(), ExpressionDef.logical(inner, parse(inner)).hashCode());
        assertNotEquals(def, ExpressionDef.logical(text + " ", parse(text)));
    }

    @Test
    void spellsEveryKindBack() {
        assertEquals("\"Oslo\"", ExpressionDef.string("Oslo", false).mapfileSpelling());
        assertEquals("\"Oslo\"i", ExpressionDef.string("Oslo", true).mapfileSpelling());
        assertEquals("'say \"hi\"'", ExpressionDef.string("say \"hi\"", false).mapfileSpelling());
        assertEquals("/^O/", ExpressionDef.regex("^O", false).mapfileSpelling());
        assertEquals("/^o/i", ExpressionDef.regex("^o", true).mapfileSpelling());
        assertEquals("{a,b}", ExpressionDef.list("a,b").mapfileSpelling());
    }
}
