package org.jmapserv.mapfile.parse.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.expr.antlr.MapExpressionBaseVisitor;
import org.jmapserv.mapfile.expr.antlr.MapExpressionParser;
import org.jmapserv.mapfile.expr.antlr.MapExpressionParser.ExprContext;
import org.jmapserv.mapfile.model.expr.Expr;
import org.jmapserv.mapfile.model.expr.Expr.BinaryOp;
import org.jmapserv.mapfile.model.expr.ExprFunction;
import org.jmapserv.mapfile.model.expr.MapServerTime;
import org.jmapserv.mapfile.model.expr.WktShapes;

/**
 * Builds the {@link Expr} tree from ANTLR's parse tree, resolving what msTokenizeExpression
 * (mapfile.c) resolves when a mapfile is loaded: escapes, special bindings, time literals and
 * {@code fromtext()} geometries. Problems found here are reported as {@link SyntaxErrorListener.Abort}.
 */
final class AstBuilder extends MapExpressionBaseVisitor<Expr> {

    @Override
    public Expr visitParenExpr(MapExpressionParser.ParenExprContext ctx) {
        return visit(ctx.expr());
    }

    @Override
    public Expr visitNumberExpr(MapExpressionParser.NumberExprContext ctx) {
        return new Expr.NumberLiteral(Double.parseDouble(ctx.getText()));
    }

    @Override
    public Expr visitStringExpr(MapExpressionParser.StringExprContext ctx) {
        return new Expr.StringLiteral(unquote(ctx.getText()));
    }

    @Override
    public Expr visitBooleanExpr(MapExpressionParser.BooleanExprContext ctx) {
        return new Expr.BooleanLiteral(ctx.TRUE() != null);
    }

    @Override
    public Expr visitTimeExpr(MapExpressionParser.TimeExprContext ctx) {
        String text = ctx.getText();
        String inner = text.substring(1, text.length() - 1);
        return MapServerTime.parse(inner).map(Expr.TimeLiteral::new).orElseThrow(() -> error(ctx.getStart(),
                "time `" + inner + "` is not in a supported format (" + MapServerTime.SUPPORTED_FORMATS + ")"));
    }

    @Override
    public Expr visitBindingExpr(MapExpressionParser.BindingExprContext ctx) {
        String text = ctx.getText();
        String item = text.substring(1, text.length() - 1);
        // flex runs with -i, so [SHAPE] is the shape binding too.
        switch (item.toLowerCase(Locale.ROOT)) {
            case "shape":
                return new Expr.ShapeBinding();
            case "map_cellsize":
                return new Expr.MapCellSize();
            case "data_cellsize":
                return new Expr.DataCellSize();
            default:
                return new Expr.NumberBinding(item);
        }
    }

    @Override
    public Expr visitStringBindingExpr(MapExpressionParser.StringBindingExprContext ctx) {
        String text = ctx.getText();
        return new Expr.StringBinding(text.substring(2, text.length() - 2));
    }

    @Override
    public Expr visitTimeBindingExpr(MapExpressionParser.TimeBindingExprContext ctx) {
        String text = ctx.getText();
        return new Expr.TimeBinding(text.substring(2, text.length() - 2));
    }

    @Override
    public Expr visitNegateExpr(MapExpressionParser.NegateExprContext ctx) {
        return new Expr.Unary(Expr.UnaryOp.NEGATE, visit(ctx.expr()));
    }

    @Override
    public Expr visitNotExpr(MapExpressionParser.NotExprContext ctx) {
        return new Expr.Unary(Expr.UnaryOp.NOT, visit(ctx.expr()));
    }

    @Override
    public Expr visitBinaryExpr(MapExpressionParser.BinaryExprContext ctx) {
        return new Expr.Binary(binaryOp(ctx.op), visit(ctx.expr(0)), visit(ctx.expr(1)));
    }

    @Override
    public Expr visitCallExpr(MapExpressionParser.CallExprContext ctx) {
        Token name = ctx.name.getStart();
        ExprFunction function = ExprFunction.byName(name.getText())
                .orElseThrow(() -> error(name, "unknown function '" + name.getText() + "'"));
        List<Expr> args = new ArrayList<>();
        for (ExprContext arg : ctx.expr()) {
            args.add(visit(arg));
        }
        if (args.size() < function.minArgs() || args.size() > function.maxArgs()) {
            throw error(name, function.spelling() + "() takes " + arity(function) + ", found " + args.size());
        }
        if (function == ExprFunction.FROMTEXT) {
            return fromText(ctx.expr(0), args.get(0));
        }
        return new Expr.Call(function, args);
    }

    private Expr fromText(ParserRuleContext argCtx, Expr arg) {
        if (!(arg instanceof Expr.StringLiteral s)) {
            throw error(argCtx.getStart(), "fromtext() takes a quoted WKT string");
        }
        try {
            WktShapes.read(s.value());
        } catch (IllegalArgumentException e) {
            throw error(argCtx.getStart(), e.getMessage());
        }
        return new Expr.ShapeLiteral(s.value());
    }

    private static String arity(ExprFunction f) {
        String n = f.minArgs() == f.maxArgs() ? String.valueOf(f.minArgs()) : f.minArgs() + " to " + f.maxArgs();
        return n + (f.maxArgs() == 1 ? " argument" : " arguments");
    }

    private static BinaryOp binaryOp(Token op) {
        return switch (op.getType()) {
            case MapExpressionParser.OR -> BinaryOp.OR;
            case MapExpressionParser.AND -> BinaryOp.AND;
            case MapExpressionParser.EQ -> BinaryOp.EQ;
            case MapExpressionParser.NE -> BinaryOp.NE;
            case MapExpressionParser.GT -> BinaryOp.GT;
            case MapExpressionParser.LT -> BinaryOp.LT;
            case MapExpressionParser.GE -> BinaryOp.GE;
            case MapExpressionParser.LE -> BinaryOp.LE;
            case MapExpressionParser.RE -> BinaryOp.REGEX;
            case MapExpressionParser.IRE -> BinaryOp.IREGEX;
            case MapExpressionParser.IEQ -> BinaryOp.IEQ;
            case MapExpressionParser.IN -> BinaryOp.IN;
            case MapExpressionParser.INTERSECTS -> BinaryOp.INTERSECTS;
            case MapExpressionParser.DISJOINT -> BinaryOp.DISJOINT;
            case MapExpressionParser.TOUCHES -> BinaryOp.TOUCHES;
            case MapExpressionParser.OVERLAPS -> BinaryOp.OVERLAPS;
            case MapExpressionParser.CROSSES -> BinaryOp.CROSSES;
            case MapExpressionParser.WITHIN -> BinaryOp.WITHIN;
            case MapExpressionParser.CONTAINS -> BinaryOp.CONTAINS;
            case MapExpressionParser.PLUS -> BinaryOp.ADD;
            case MapExpressionParser.MINUS -> BinaryOp.SUBTRACT;
            case MapExpressionParser.STAR -> BinaryOp.MULTIPLY;
            case MapExpressionParser.SLASH -> BinaryOp.DIVIDE;
            case MapExpressionParser.PERCENT -> BinaryOp.MODULO;
            case MapExpressionParser.CARET -> BinaryOp.POWER;
            default -> throw new IllegalStateException("operator token " + op.getText());
        };
    }

    /** Strips the quotes; {@code \"}, {@code \'} and {@code \\} are escapes, other backslashes stay (maplexer.l). */
    static String unquote(String quoted) {
        StringBuilder sb = new StringBuilder(quoted.length());
        for (int i = 1; i < quoted.length() - 1; i++) {
            char c = quoted.charAt(i);
            if (c == '\\' && i + 1 < quoted.length() - 1) {
                char next = quoted.charAt(i + 1);
                if (next == '"' || next == '\'' || next == '\\') {
                    sb.append(next);
                    i++;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static SyntaxErrorListener.Abort error(Token at, String reason) {
        return new SyntaxErrorListener.Abort(new ExpressionSyntaxException(at.getStartIndex() + 1, reason));
    }
}
