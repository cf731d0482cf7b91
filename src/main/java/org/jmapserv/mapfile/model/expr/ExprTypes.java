package org.jmapserv.mapfile.model.expr;

import java.util.List;
import org.jmapserv.mapfile.model.expr.Expr.Binary;
import org.jmapserv.mapfile.model.expr.Expr.BinaryOp;
import org.jmapserv.mapfile.model.expr.Expr.Call;
import org.jmapserv.mapfile.model.expr.Expr.NumberBinding;
import org.jmapserv.mapfile.model.expr.Expr.Unary;

/**
 * Decides the type of an expression the way mapparser.y's productions do: {@code [x]} is a number,
 * {@code "[x]"} a string, and an operator only accepts the operand types its productions list (so
 * {@code [NAME] = "Oslo"} has no production and fails, as in MapServer). Only boolean and number mix,
 * in {@code and}, {@code or} and {@code not}.
 */
public final class ExprTypes {

    private ExprTypes() {
    }

    /** The type of {@code e}; throws {@link ExpressionEvaluationException} naming the mismatch. */
    public static ExprType typeOf(Expr e) {
        if (e instanceof Expr.NumberLiteral || e instanceof Expr.NumberBinding || e instanceof Expr.MapCellSize
                || e instanceof Expr.DataCellSize) {
            return ExprType.NUMBER;
        }
        if (e instanceof Expr.StringLiteral || e instanceof Expr.StringBinding) {
            return ExprType.STRING;
        }
        if (e instanceof Expr.TimeLiteral || e instanceof Expr.TimeBinding) {
            return ExprType.TIME;
        }
        if (e instanceof Expr.ShapeLiteral || e instanceof Expr.ShapeBinding) {
            return ExprType.SHAPE;
        }
        if (e instanceof Expr.BooleanLiteral) {
            return ExprType.BOOLEAN;
        }
        if (e instanceof Unary u) {
            return unary(u);
        }
        if (e instanceof Binary b) {
            return binary(b);
        }
        return call((Call) e);
    }

    private static ExprType unary(Unary u) {
        ExprType t = typeOf(u.operand());
        if (u.op() == Expr.UnaryOp.NOT) {
            requireLogical(t, "not");
            return ExprType.BOOLEAN;
        }
        require(t, ExprType.NUMBER, "unary '-'");
        return ExprType.NUMBER;
    }

    private static ExprType binary(Binary b) {
        ExprType l = typeOf(b.left());
        ExprType r = typeOf(b.right());
        BinaryOp op = b.op();
        switch (op) {
            case OR, AND -> {
                requireLogical(l, op.spelling());
                requireLogical(r, op.spelling());
                return ExprType.BOOLEAN;
            }
            case ADD -> {
                if (l == r && (l == ExprType.NUMBER || l == ExprType.STRING)) {
                    return l;
                }
                throw mismatch(b, l, r, "'+' adds two numbers or joins two strings");
            }
            case SUBTRACT, MULTIPLY, DIVIDE, MODULO, POWER -> {
                require(l, ExprType.NUMBER, "'" + op.spelling() + "'");
                require(r, ExprType.NUMBER, "'" + op.spelling() + "'");
                return ExprType.NUMBER;
            }
            case REGEX, IREGEX -> {
                require(l, ExprType.STRING, "'" + op.spelling() + "'");
                require(r, ExprType.STRING, "the pattern of '" + op.spelling() + "'");
                return ExprType.BOOLEAN;
            }
            case IN -> {
                if (l != ExprType.STRING && l != ExprType.NUMBER) {
                    throw mismatch(b, l, r, "'in' tests a number or a string");
                }
                require(r, ExprType.STRING, "the list of 'in' (write it as \"a,b,c\")");
                return ExprType.BOOLEAN;
            }
            case INTERSECTS, DISJOINT, TOUCHES, OVERLAPS, CROSSES, WITHIN, CONTAINS -> {
                require(l, ExprType.SHAPE, "'" + op.spelling() + "'");
                require(r, ExprType.SHAPE, "'" + op.spelling() + "'");
                return ExprType.BOOLEAN;
            }
            default -> {
                comparison(b, l, r);
                return ExprType.BOOLEAN;
            }
        }
    }

    private static void comparison(Binary b, ExprType l, ExprType r) {
        boolean ok = l == r && switch (b.op()) {
            case EQ -> true;
            case IEQ -> l != ExprType.BOOLEAN && l != ExprType.SHAPE;
            default -> l == ExprType.NUMBER || l == ExprType.STRING || l == ExprType.TIME;
        };
        if (!ok) {
            throw mismatch(b, l, r, "'" + b.op().spelling() + "' compares two values of the same type");
        }
    }

    private static ExpressionEvaluationException mismatch(Binary b, ExprType l, ExprType r, String rule) {
        String hint = "";
        if (l != r && (b.left() instanceof NumberBinding || b.right() instanceof NumberBinding)
                && (l == ExprType.STRING || r == ExprType.STRING)) {
            String item = (b.left() instanceof NumberBinding n ? n : (NumberBinding) b.right()).item();
            hint = "; [" + item + "] is a number, write \"[" + item + "]\" to use it as a string";
        }
        return new ExpressionEvaluationException("cannot apply '" + b.op().spelling() + "' to "
                + l.description() + " and " + r.description() + ": " + rule + hint);
    }

    private static ExprType call(Call c) {
        List<Expr> args = c.args();
        String name = c.function().spelling() + "()";
        switch (c.function()) {
            case LENGTH -> argTypes(args, name, ExprType.STRING);
            case AREA -> argTypes(args, name, ExprType.SHAPE);
            case ROUND -> argTypes(args, name, ExprType.NUMBER, ExprType.NUMBER);
            case TOSTRING -> argTypes(args, name, ExprType.NUMBER, ExprType.STRING);
            case COMMIFY, UPPER, LOWER, INITCAP, FIRSTCAP, FROMTEXT -> argTypes(args, name, ExprType.STRING);
            case BUFFER, SIMPLIFY, SIMPLIFYPT, GENERALIZE, DENSIFY ->
                    argTypes(args, name, ExprType.SHAPE, ExprType.NUMBER);
            case SMOOTHSIA -> argTypes(args, name, ExprType.SHAPE, ExprType.NUMBER, ExprType.NUMBER,
                    ExprType.STRING);
            case CENTERLINE, OUTER, INNER -> argTypes(args, name, ExprType.SHAPE);
            case JAVASCRIPT -> argTypes(args, name, ExprType.SHAPE, ExprType.STRING);
            case DIFFERENCE, INTERSECTS, DISJOINT, TOUCHES, OVERLAPS, CROSSES, WITHIN, CONTAINS, EQUALS ->
                    argTypes(args, name, ExprType.SHAPE, ExprType.SHAPE);
            case BEYOND, DWITHIN -> argTypes(args, name, ExprType.SHAPE, ExprType.SHAPE, ExprType.NUMBER);
            default -> throw new IllegalStateException(c.function().name());
        }
        return resultOf(c.function());
    }

    /** What a function returns. */
    public static ExprType resultOf(ExprFunction f) {
        return switch (f) {
            case LENGTH, AREA, ROUND -> ExprType.NUMBER;
            case TOSTRING, COMMIFY, UPPER, LOWER, INITCAP, FIRSTCAP -> ExprType.STRING;
            case INTERSECTS, DISJOINT, TOUCHES, OVERLAPS, CROSSES, WITHIN, CONTAINS, EQUALS, BEYOND, DWITHIN ->
                    ExprType.BOOLEAN;
            default -> ExprType.SHAPE;
        };
    }

    private static void argTypes(List<Expr> args, String name, ExprType... expected) {
        for (int i = 0; i < args.size() && i < expected.length; i++) {
            require(typeOf(args.get(i)), expected[i], "argument " + (i + 1) + " of " + name);
        }
    }

    private static void requireLogical(ExprType t, String what) {
        if (t != ExprType.BOOLEAN && t != ExprType.NUMBER) {
            throw new ExpressionEvaluationException("'" + what + "' needs a logical value or a number, not "
                    + t.description());
        }
    }

    private static void require(ExprType actual, ExprType expected, String what) {
        if (actual != expected) {
            throw new ExpressionEvaluationException(what + " must be " + expected.description() + ", not "
                    + actual.description());
        }
    }
}
