package org.jmapserv.mapfile.model.expr;

import java.util.regex.Pattern;
import org.jmapserv.mapfile.model.expr.Expr.Binary;
import org.jmapserv.mapfile.model.expr.Expr.BinaryOp;

/**
 * Comparison operators of mapparser.y: numbers compare as doubles, strings with strcmp (or strcasecmp
 * for {@code =*}), times with msTimeCompare, logical values and shapes only with {@code =}; {@code ~}
 * and {@code ~*} are POSIX regex matches that are false on an empty left side; {@code in} splits its
 * right side on commas without trimming; spatial operators use JTS predicates.
 */
final class ComparisonCompiler {

    private final ExpressionCompiler compiler;
    private final RegexCache regexes;

    ComparisonCompiler(ExpressionCompiler compiler, RegexCache regexes) {
        this.compiler = compiler;
        this.regexes = regexes;
    }

    Node.Bool compile(Binary b) {
        ExprType type = ExprTypes.typeOf(b.left());
        switch (b.op()) {
            case REGEX, IREGEX:
                return regex(b);
            case IN:
                return type == ExprType.NUMBER ? numberIn(b) : stringIn(b);
            case INTERSECTS, DISJOINT, TOUCHES, OVERLAPS, CROSSES, WITHIN, CONTAINS:
                return spatial(b.op(), compiler.shape(b.left()), compiler.shape(b.right()));
            default:
                break;
        }
        return switch (type) {
            case NUMBER -> numbers(b.op(), compiler.num(b.left()), compiler.num(b.right()));
            case STRING -> strings(b.op(), compiler.str(b.left()), compiler.str(b.right()));
            case TIME -> times(b.op(), compiler.time(b.left()), compiler.time(b.right()));
            case BOOLEAN -> {
                Node.Bool l = compiler.bool(b.left());
                Node.Bool r = compiler.bool(b.right());
                yield f -> l.eval(f) == r.eval(f);
            }
            case SHAPE -> {
                Node.Shape l = compiler.shape(b.left());
                Node.Shape r = compiler.shape(b.right());
                yield f -> l.eval(f).equalsTopo(r.eval(f));
            }
        };
    }

    private static Node.Bool numbers(BinaryOp op, Node.Num l, Node.Num r) {
        return switch (op) {
            case EQ, IEQ -> f -> l.eval(f) == r.eval(f);
            case NE -> f -> l.eval(f) != r.eval(f);
            case GT -> f -> l.eval(f) > r.eval(f);
            case LT -> f -> l.eval(f) < r.eval(f);
            case GE -> f -> l.eval(f) >= r.eval(f);
            case LE -> f -> l.eval(f) <= r.eval(f);
            default -> throw new IllegalStateException(op.name());
        };
    }

    private static Node.Bool strings(BinaryOp op, Node.Str l, Node.Str r) {
        return switch (op) {
            case EQ -> f -> l.eval(f).equals(r.eval(f));
            case IEQ -> f -> TextFunctions.lower(l.eval(f)).equals(TextFunctions.lower(r.eval(f)));
            case NE -> f -> !l.eval(f).equals(r.eval(f));
            case GT -> f -> l.eval(f).compareTo(r.eval(f)) > 0;
            case LT -> f -> l.eval(f).compareTo(r.eval(f)) < 0;
            case GE -> f -> l.eval(f).compareTo(r.eval(f)) >= 0;
            case LE -> f -> l.eval(f).compareTo(r.eval(f)) <= 0;
            default -> throw new IllegalStateException(op.name());
        };
    }

    private static Node.Bool times(BinaryOp op, Node.Time l, Node.Time r) {
        return switch (op) {
            case EQ, IEQ -> f -> l.eval(f).compareTo(r.eval(f)) == 0;
            case NE -> f -> l.eval(f).compareTo(r.eval(f)) != 0;
            case GT -> f -> l.eval(f).compareTo(r.eval(f)) > 0;
            case LT -> f -> l.eval(f).compareTo(r.eval(f)) < 0;
            case GE -> f -> l.eval(f).compareTo(r.eval(f)) >= 0;
            case LE -> f -> l.eval(f).compareTo(r.eval(f)) <= 0;
            default -> throw new IllegalStateException(op.name());
        };
    }

    private Node.Bool regex(Binary b) {
        boolean icase = b.op() == BinaryOp.IREGEX;
        Node.Str subject = compiler.str(b.left());
        if (b.right() instanceof Expr.StringLiteral literal) {
            Pattern compiled;
            try {
                compiled = regexes.get(literal.value(), icase);
            } catch (ExpressionEvaluationException invalid) {
                // MapServer only compiles once the subject is known to be non-empty.
                return f -> {
                    if (subject.eval(f).isEmpty()) {
                        return false;
                    }
                    throw invalid;
                };
            }
            return f -> {
                String s = subject.eval(f);
                return !s.isEmpty() && compiled.matcher(s).find();
            };
        }
        Node.Str pattern = compiler.str(b.right());
        return f -> {
            String s = subject.eval(f);
            return !s.isEmpty() && regexes.get(pattern.eval(f), icase).matcher(s).find();
        };
    }

    private Node.Bool stringIn(Binary b) {
        Node.Str value = compiler.str(b.left());
        Node.Str list = compiler.str(b.right());
        return f -> {
            String v = value.eval(f);
            for (String item : list.eval(f).split(",", -1)) {
                if (item.equals(v)) {
                    return true;
                }
            }
            return false;
        };
    }

    private Node.Bool numberIn(Binary b) {
        Node.Num value = compiler.num(b.left());
        Node.Str list = compiler.str(b.right());
        return f -> {
            double v = value.eval(f);
            for (String item : list.eval(f).split(",", -1)) {
                if (Atof.parse(item) == v) {
                    return true;
                }
            }
            return false;
        };
    }

    static Node.Bool spatial(BinaryOp op, Node.Shape l, Node.Shape r) {
        return switch (op) {
            case INTERSECTS -> f -> l.eval(f).intersects(r.eval(f));
            case DISJOINT -> f -> l.eval(f).disjoint(r.eval(f));
            case TOUCHES -> f -> l.eval(f).touches(r.eval(f));
            case OVERLAPS -> f -> l.eval(f).overlaps(r.eval(f));
            case CROSSES -> f -> l.eval(f).crosses(r.eval(f));
            case WITHIN -> f -> l.eval(f).within(r.eval(f));
            case CONTAINS -> f -> l.eval(f).contains(r.eval(f));
            default -> throw new IllegalStateException(op.name());
        };
    }
}
