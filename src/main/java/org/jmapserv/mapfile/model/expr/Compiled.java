package org.jmapserv.mapfile.model.expr;

import org.locationtech.jts.geom.Geometry;

/**
 * One compiled logical expression and the result type of its top node, with mapparser.y's
 * {@code input} rule conversions: to a boolean (a number is true when not 0, a string is always true)
 * and to text (logical values as {@code true}/{@code false}, numbers with {@code %g}). An expression
 * whose types do not fit keeps the error and raises it whenever it is evaluated, as MapServer fails on
 * every feature.
 */
final class Compiled {

    private final ExprType type;
    private final Node node;
    private final ExpressionEvaluationException error;

    private Compiled(ExprType type, Node node, ExpressionEvaluationException error) {
        this.type = type;
        this.node = node;
        this.error = error;
    }

    /** An expression that cannot be evaluated at all: every use raises {@code error}. */
    static Compiled failed(ExpressionEvaluationException error) {
        return new Compiled(null, null, error);
    }

    static Compiled of(Expr ast, ExpressionCompiler compiler) {
        if (ast == null) {
            // a logical expression whose text did not parse at load (kept, as MapServer tokenizes late): yyparse
            // fails on it wherever it is evaluated
            return new Compiled(null, null, new ExpressionEvaluationException("syntax error"));
        }
        try {
            ExprType type = ExprTypes.typeOf(ast);
            Node node = switch (type) {
                case BOOLEAN -> compiler.bool(ast);
                case NUMBER -> compiler.num(ast);
                case STRING -> compiler.str(ast);
                case TIME -> compiler.time(ast);
                case SHAPE -> compiler.shape(ast);
            };
            return new Compiled(type, node, null);
        } catch (ExpressionEvaluationException e) {
            return new Compiled(null, null, e);
        } catch (IllegalArgumentException e) {
            return new Compiled(null, null, new ExpressionEvaluationException(e.getMessage(), e));
        }
    }

    boolean asBoolean(FeatureContext f) {
        failIfInvalid();
        return switch (type) {
            case BOOLEAN -> ((Node.Bool) node).eval(f);
            case NUMBER -> ((Node.Num) node).eval(f) != 0;
            case STRING -> {
                ((Node.Str) node).eval(f);
                yield true;
            }
            default -> throw new ExpressionEvaluationException("an expression giving " + type.description()
                    + " cannot be used as a condition");
        };
    }

    String asText(FeatureContext f) {
        failIfInvalid();
        return switch (type) {
            case BOOLEAN -> ((Node.Bool) node).eval(f) ? "true" : "false";
            case NUMBER -> CNumberFormat.g(((Node.Num) node).eval(f));
            case STRING -> ((Node.Str) node).eval(f);
            default -> throw new ExpressionEvaluationException("an expression giving " + type.description()
                    + " has no text value");
        };
    }

    Geometry asShape(FeatureContext f) {
        failIfInvalid();
        if (type != ExprType.SHAPE) {
            throw new ExpressionEvaluationException("a GEOMTRANSFORM expression must give a shape, not "
                    + type.description());
        }
        return ((Node.Shape) node).eval(f);
    }

    private void failIfInvalid() {
        if (error != null) {
            throw new ExpressionEvaluationException(error.getMessage());
        }
    }
}
