package org.jmapserv.data.postgis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jmapserv.mapfile.model.expr.Expr;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.mapfile.model.expr.ExpressionKind;

/**
 * A layer FILTER as SQL for the WHERE clause, as msPostGISLayerTranslateFilter writes it: a string or regex with
 * FILTERITEM becomes {@code "item"::text = ?} / {@code ~ ?} ({@code upper(...)} / {@code ~*} for the {@code i}
 * forms); a logical expression is translated operator by operator ({@code and or not}, comparisons, {@code =*},
 * {@code ~ ~*}, {@code in}, arithmetic; {@code [item]} as {@code "item"}, {@code "[item]"} as {@code "item"::text}).
 * Unlike MapServer, literals are bound as parameters rather than escaped into the text. What MapServer cannot
 * translate either (time, shape, functions, ...) yields empty, and the filter is evaluated in Java instead.
 */
final class PostgisFilterTranslator {

    private final List<Object> params = new ArrayList<>();

    private PostgisFilterTranslator() {
    }

    /** The SQL form, or empty when the filter must be evaluated on the features instead. */
    static Optional<SqlFragment> translate(ExpressionDef filter, String filterItem) {
        if (filter == null) {
            return Optional.empty();
        }
        PostgisFilterTranslator t = new PostgisFilterTranslator();
        String sql = switch (filter.kind()) {
            case STRING -> filterItem == null ? null : filter.caseInsensitive()
                    ? "upper(" + t.column(filterItem) + "::text) = upper(" + t.bind(filter.text()) + ")"
                    : t.column(filterItem) + "::text = " + t.bind(filter.text());
            case REGEX -> filterItem == null ? null
                    : t.column(filterItem) + "::text " + (filter.caseInsensitive() ? "~*" : "~") + " "
                            + t.bind(filter.text());
            case LOGICAL -> filter.ast() == null ? null : t.expr(filter.ast());
            case LIST -> null;
        };
        return sql == null ? Optional.empty() : Optional.of(new SqlFragment(sql, t.params));
    }

    /** Whether MapServer 8 would send an empty native filter (a plain string FILTER without FILTERITEM). */
    static boolean isBareString(ExpressionDef filter, String filterItem) {
        return filter != null && filterItem == null
                && (filter.kind() == ExpressionKind.STRING || filter.kind() == ExpressionKind.REGEX);
    }

    /** msLayerEscapePropertyName for PostgreSQL: double-quoted, inner quotes doubled. */
    static String column(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private String bind(Object value) {
        params.add(value);
        return "?";
    }

    /** The SQL for {@code e}, or null when any part has no SQL form. */
    private String expr(Expr e) {
        if (e instanceof Expr.NumberLiteral n) {
            double d = n.value();
            return bind(d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d);
        } else if (e instanceof Expr.StringLiteral s) {
            return bind(s.value());
        } else if (e instanceof Expr.BooleanLiteral b) {
            return b.value() ? "TRUE" : "FALSE";
        } else if (e instanceof Expr.NumberBinding b) {
            return column(b.item());
        } else if (e instanceof Expr.StringBinding b) {
            return column(b.item()) + "::text";
        } else if (e instanceof Expr.Unary u) {
            String o = expr(u.operand());
            return o == null ? null : (u.op() == Expr.UnaryOp.NOT ? "NOT (" + o + ")" : "-(" + o + ")");
        } else if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        return null; // time, shapes, cell sizes, functions: MapServer gives up on most of these as well
    }

    private String binary(Expr.Binary b) {
        if (b.op() == Expr.BinaryOp.IN) {
            String left = expr(b.left());
            if (left == null || !(b.right() instanceof Expr.StringLiteral list)) {
                return null;
            }
            StringBuilder sb = new StringBuilder(left).append(" IN (");
            String[] items = list.value().split(",", -1);
            for (int i = 0; i < items.length; i++) {
                sb.append(i == 0 ? "" : ",").append(bind(items[i]));
            }
            return sb.append(')').toString();
        }
        if (b.op() == Expr.BinaryOp.IEQ) {
            String l = expr(b.left()), r = expr(b.right());
            return l == null || r == null ? null : "lower((" + l + ")::text) = lower((" + r + ")::text)";
        }
        String op = switch (b.op()) {
            case AND -> "AND";
            case OR -> "OR";
            case EQ -> "=";
            case NE -> "<>";
            case GT -> ">";
            case LT -> "<";
            case GE -> ">=";
            case LE -> "<=";
            case REGEX -> "~";
            case IREGEX -> "~*";
            case ADD -> "+";
            case SUBTRACT -> "-";
            case MULTIPLY -> "*";
            case DIVIDE -> "/";
            case MODULO -> "%";
            case POWER -> "^";
            default -> null; // spatial predicates need the shape literal's SRID handling: evaluated in Java
        };
        if (op == null) {
            return null;
        }
        String l = expr(b.left());
        String r = l == null ? null : expr(b.right());
        if (r == null) {
            return null;
        }
        if (b.op() == Expr.BinaryOp.REGEX || b.op() == Expr.BinaryOp.IREGEX) {
            l = "(" + l + ")::text";
        }
        return "(" + l + " " + op + " " + r + ")";
    }
}
