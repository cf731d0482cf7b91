package org.jmapserv.mapfile.model.expr;

import org.jmapserv.mapfile.model.expr.Expr.Binary;
import org.jmapserv.mapfile.model.expr.Expr.Call;
import org.jmapserv.mapfile.model.expr.Expr.Unary;
import org.locationtech.jts.geom.Geometry;

/**
 * Turns an {@link Expr} into typed {@link Node}s following mapparser.y's productions: literals and
 * bindings (yylex), logic and arithmetic here, comparisons in {@link ComparisonCompiler}, functions in
 * {@link FunctionCompiler}. Type mismatches surface as {@link ExpressionEvaluationException} from
 * {@link ExprTypes} before any node is built.
 */
final class ExpressionCompiler {

    private final ComparisonCompiler comparisons;
    private final FunctionCompiler functions;

    ExpressionCompiler(RegexCache regexes) {
        this.comparisons = new ComparisonCompiler(this, regexes);
        this.functions = new FunctionCompiler(this);
    }

    /** A boolean node; a number counts as true when it is not 0, as in mapparser.y's AND/OR/NOT. */
    Node.Bool bool(Expr e) {
        if (ExprTypes.typeOf(e) == ExprType.NUMBER) {
            Node.Num n = num(e);
            return f -> n.eval(f) != 0;
        }
        if (e instanceof Expr.BooleanLiteral b) {
            boolean v = b.value();
            return f -> v;
        }
        if (e instanceof Unary u) {
            Node.Bool operand = bool(u.operand());
            return f -> !operand.eval(f);
        }
        if (e instanceof Call c) {
            return functions.bool(c);
        }
        Binary b = (Binary) e;
        if (b.op() == Expr.BinaryOp.AND || b.op() == Expr.BinaryOp.OR) {
            Node.Bool l = bool(b.left());
            Node.Bool r = bool(b.right());
            return b.op() == Expr.BinaryOp.AND ? f -> l.eval(f) && r.eval(f) : f -> l.eval(f) || r.eval(f);
        }
        return comparisons.compile(b);
    }

    Node.Num num(Expr e) {
        if (e instanceof Expr.NumberLiteral n) {
            double v = n.value();
            return f -> v;
        }
        if (e instanceof Expr.NumberBinding b) {
            String item = b.item();
            return f -> Atof.parse(attribute(f, item));
        }
        if (e instanceof Expr.MapCellSize) {
            return FeatureContext::mapCellSize;
        }
        if (e instanceof Expr.DataCellSize) {
            return FeatureContext::dataCellSize;
        }
        if (e instanceof Unary u) {
            Node.Num operand = num(u.operand());
            return f -> -operand.eval(f);
        }
        if (e instanceof Call c) {
            return functions.num(c);
        }
        return arithmetic((Binary) e);
    }

    private Node.Num arithmetic(Binary b) {
        Node.Num l = num(b.left());
        Node.Num r = num(b.right());
        return switch (b.op()) {
            case ADD -> f -> l.eval(f) + r.eval(f);
            case SUBTRACT -> f -> l.eval(f) - r.eval(f);
            case MULTIPLY -> f -> l.eval(f) * r.eval(f);
            case POWER -> f -> Math.pow(l.eval(f), r.eval(f));
            case DIVIDE -> f -> {
                double d = r.eval(f);
                if (d == 0.0) {
                    throw new ExpressionEvaluationException("Division by zero.");
                }
                return l.eval(f) / d;
            };
            case MODULO -> f -> {
                int d = (int) r.eval(f);
                if (d == 0) {
                    throw new ExpressionEvaluationException("Modulo by zero.");
                }
                return (int) l.eval(f) % d;
            };
            default -> throw new IllegalStateException(b.op().name());
        };
    }

    Node.Str str(Expr e) {
        if (e instanceof Expr.StringLiteral s) {
            String v = s.value();
            return f -> v;
        }
        if (e instanceof Expr.StringBinding b) {
            String item = b.item();
            return f -> attribute(f, item);
        }
        if (e instanceof Call c) {
            return functions.str(c);
        }
        Binary b = (Binary) e;
        Node.Str l = str(b.left());
        Node.Str r = str(b.right());
        return f -> l.eval(f).concat(r.eval(f));
    }

    Node.Time time(Expr e) {
        if (e instanceof Expr.TimeLiteral t) {
            MapServerTime v = t.value();
            return f -> v;
        }
        String item = ((Expr.TimeBinding) e).item();
        return f -> {
            String value = attribute(f, item);
            return MapServerTime.parse(value).orElseThrow(() -> new ExpressionEvaluationException(
                    "Parsing time value failed: [" + item + "] is '" + value + "'"));
        };
    }

    Node.Shape shape(Expr e) {
        if (e instanceof Expr.ShapeBinding) {
            return f -> {
                Geometry g = f.geometry();
                if (g == null) {
                    throw new ExpressionEvaluationException("[shape] used on a feature without geometry");
                }
                return g;
            };
        }
        if (e instanceof Expr.ShapeLiteral s) {
            Geometry g = WktShapes.read(s.wkt());
            return f -> g;
        }
        return functions.shape((Call) e);
    }

    static String attribute(FeatureContext f, String item) {
        String v = f.attribute(item);
        if (v == null) {
            throw new ExpressionEvaluationException("the feature has no attribute '" + item + "'");
        }
        return v;
    }
}
