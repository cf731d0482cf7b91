package org.jmapserv.mapfile.model.expr;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jmapserv.mapfile.model.expr.Expr.BinaryOp;
import org.jmapserv.mapfile.model.expr.Expr.Call;
import org.locationtech.jts.geom.Geometry;

/**
 * Function calls of mapparser.y. Argument counts were checked by the parser and types by
 * {@link ExprTypes}. Not supported: javascript;
 * they fail at evaluation with a message saying so (MapServer without V8 does the same for javascript).
 */
final class FunctionCompiler {

    private final ExpressionCompiler compiler;

    FunctionCompiler(ExpressionCompiler compiler) {
        this.compiler = compiler;
    }

    Node.Num num(Call c) {
        List<Expr> args = c.args();
        switch (c.function()) {
            case LENGTH -> {
                // strlen: bytes of the UTF-8 text, not characters.
                Node.Str s = compiler.str(args.get(0));
                return f -> s.eval(f).getBytes(StandardCharsets.UTF_8).length;
            }
            case AREA -> {
                Node.Shape s = compiler.shape(args.get(0));
                return f -> GeometryFunctions.area(s.eval(f));
            }
            case ROUND -> {
                Node.Num x = compiler.num(args.get(0));
                if (args.size() == 1) {
                    return f -> nint(x.eval(f));
                }
                // round(x, n) rounds to a multiple of n: MS_NINT(x / n) * n.
                Node.Num n = compiler.num(args.get(1));
                return f -> {
                    double step = n.eval(f);
                    return nint(x.eval(f) / step) * step;
                };
            }
            default -> throw new IllegalStateException(c.function().name());
        }
    }

    /** MS_NINT: round half away from zero to an integer. */
    private static double nint(double x) {
        return x >= 0 ? (double) (long) (x + 0.5) : (double) (long) (x - 0.5);
    }

    Node.Str str(Call c) {
        Node.Str s = compiler.str(c.args().get(c.function() == ExprFunction.TOSTRING ? 1 : 0));
        return switch (c.function()) {
            case TOSTRING -> {
                Node.Num x = compiler.num(c.args().get(0));
                yield f -> CNumberFormat.format(s.eval(f), x.eval(f));
            }
            case COMMIFY -> f -> TextFunctions.commify(s.eval(f));
            case UPPER -> f -> TextFunctions.upper(s.eval(f));
            case LOWER -> f -> TextFunctions.lower(s.eval(f));
            case INITCAP -> f -> TextFunctions.initCap(s.eval(f));
            case FIRSTCAP -> f -> TextFunctions.firstCap(s.eval(f));
            default -> throw new IllegalStateException(c.function().name());
        };
    }

    Node.Bool bool(Call c) {
        Node.Shape a = compiler.shape(c.args().get(0));
        Node.Shape b = compiler.shape(c.args().get(1));
        return switch (c.function()) {
            case EQUALS -> f -> a.eval(f).equalsTopo(b.eval(f));
            case BEYOND -> {
                Node.Num d = compiler.num(c.args().get(2));
                yield f -> a.eval(f).distance(b.eval(f)) > d.eval(f);
            }
            case DWITHIN -> {
                Node.Num d = compiler.num(c.args().get(2));
                yield f -> a.eval(f).distance(b.eval(f)) <= d.eval(f);
            }
            default -> ComparisonCompiler.spatial(BinaryOp.valueOf(c.function().name()), a, b);
        };
    }

    Node.Shape shape(Call c) {
        Node.Shape g = compiler.shape(c.args().get(0));
        return switch (c.function()) {
            case BUFFER -> withNumber(c, (geom, d) -> GeometryFunctions.buffer(geom, d));
            case SIMPLIFY -> withNumber(c, GeometryFunctions::simplify);
            case SIMPLIFYPT -> withNumber(c, GeometryFunctions::simplifyPreservingTopology);
            case GENERALIZE -> withNumber(c, GeometryFunctions::generalize);
            case DENSIFY -> withNumber(c, GeometryFunctions::densify);
            case OUTER -> f -> GeometryFunctions.rings(g.eval(f), true, "outer");
            case INNER -> f -> GeometryFunctions.rings(g.eval(f), false, "inner");
            case CENTERLINE -> f -> Centerline.of(g.eval(f));
            case SMOOTHSIA -> smoothSia(c, g);
            case DIFFERENCE -> {
                Node.Shape other = compiler.shape(c.args().get(1));
                yield f -> g.eval(f).difference(other.eval(f));
            }
            case JAVASCRIPT -> unsupported("Javascript support not compiled in");
            default -> unsupported(c.function().spelling() + "() is not supported by jmapserv yet");
        };
    }

    /** smoothsia(shape[, ss[, si[, preprocessing]]]): mapparser.y passes 3, 1 and NULL for what is left out. */
    private Node.Shape smoothSia(Call c, Node.Shape g) {
        List<Expr> args = c.args();
        Node.Num ss = args.size() > 1 ? compiler.num(args.get(1)) : f -> 3;
        Node.Num si = args.size() > 2 ? compiler.num(args.get(2)) : f -> 1;
        Node.Str pre = args.size() > 3 ? compiler.str(args.get(3)) : f -> null;
        return f -> SmoothSia.smooth(g.eval(f), (int) ss.eval(f), (int) si.eval(f), pre.eval(f));
    }

    private interface ShapeAndNumber {
        Geometry apply(Geometry g, double d);
    }

    private Node.Shape withNumber(Call c, ShapeAndNumber op) {
        Node.Shape g = compiler.shape(c.args().get(0));
        Node.Num d = compiler.num(c.args().get(1));
        return f -> op.apply(g.eval(f), d.eval(f));
    }

    private static Node.Shape unsupported(String message) {
        return f -> {
            throw new ExpressionEvaluationException(message);
        };
    }
}
