package org.jmapserv.data.ogr;


import org.jmapserv.data.FeatureSource;
import org.jmapserv.mapfile.model.expr.Expr;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.jmapserv.mapfile.model.expr.ExpressionKind;

/**
 * A layer FILTER with the meaning MapServer 8.0 gives it on OGR layers, where msOGRTranslateMsExpressionToOGRSQL
 * hands it to the driver as SQL: a regex comparison {@code "[x]" ~ "re"} becomes a whole-string pattern — {@code .*}
 * any run, {@code .} one character, a leading {@code ^} and a trailing {@code $} dropped, nothing else anchored or
 * wrapped, so {@code ~ "^S"} matches only "S"; the driver's own wildcards in the pattern are wildcards too. On a
 * GeoPackage (SQL composed for SQLite) {@code ~} is {@code GLOB} and {@code ~*} is SQLite's case-insensitive
 * {@code LIKE}, and the SQL alone decides. On the other drivers (OGR SQL's attribute filter) {@code ~} is a
 * case-sensitive {@code LIKE} whose {@code _} is one byte, a FILTER with {@code =*} or {@code ~*} is not translated at
 * all, and MapServer still evaluates its own FILTER on what OGR returns: the translated and the original filter must
 * both hold. Probed with Debian's map2img 8.0.0; the wrapped source applies the result and reports that the FILTER is
applied.
 */
final class OgrFilterAsSent {

    private OgrFilterAsSent() {
    }

    /** {@code base} filtered as 8.0 filters it, or {@code base} itself when 8.0's translation changes nothing. */
    static FeatureSource wrap(FeatureSource base, ExpressionDef filter, String filterItem, boolean glob) {
        ExpressionDef sent = translate(filter, glob);
        if (sent == null) {
            return base;
        }
        ExpressionEvaluator evaluator = new ExpressionEvaluator();
        return new FilteredSource(base, f -> evaluator.matches(sent, f, filterItem), true);
    }

    /** The filter as 8.0 applies it on this kind of driver, or null when it is the layer's FILTER unchanged. */
    static ExpressionDef translate(ExpressionDef filter, boolean glob) {
        if (filter == null || filter.kind() != ExpressionKind.LOGICAL || filter.ast() == null
                || !hasPattern(filter.ast(), glob) || has(filter.ast(), Expr.BinaryOp.IEQ)
                || (!glob && has(filter.ast(), Expr.BinaryOp.IREGEX))) {
            return null;
        }
        Expr sent = rewrite(filter.ast(), glob);
        // OGR SQL drivers: MapServer evaluates its FILTER again on the features OGR's filter let through
        Expr applied = glob ? sent : new Expr.Binary(Expr.BinaryOp.AND, sent, filter.ast());
        return new ExpressionDef(ExpressionKind.LOGICAL, false, filter.text(), applied);
    }

    private static boolean isPattern(Expr.Binary b, boolean glob) {
        return (b.op() == Expr.BinaryOp.REGEX || (glob && b.op() == Expr.BinaryOp.IREGEX))
                && b.right() instanceof Expr.StringLiteral;
    }

    private static boolean hasPattern(Expr e, boolean glob) {
        if (e instanceof Expr.Binary b) {
            return isPattern(b, glob) || hasPattern(b.left(), glob) || hasPattern(b.right(), glob);
        }
        if (e instanceof Expr.Unary u) {
            return hasPattern(u.operand(), glob);
        }
        return false;
    }

    private static boolean has(Expr e, Expr.BinaryOp op) {
        if (e instanceof Expr.Binary b) {
            return b.op() == op || has(b.left(), op) || has(b.right(), op);
        }
        if (e instanceof Expr.Unary u) {
            return has(u.operand(), op);
        }
        if (e instanceof Expr.Call c) {
            return c.args().stream().anyMatch(a -> has(a, op));
        }
        return false;
    }

    private static Expr rewrite(Expr e, boolean glob) {
        if (e instanceof Expr.Binary b) {
            if (isPattern(b, glob) && b.right() instanceof Expr.StringLiteral s) {
                // GeoPackage: ~ is GLOB (* ?), ~* is LIKE (% _); elsewhere ~ is OGR SQL's LIKE (% _, _ one byte)
                Syntax syntax = !glob ? Syntax.OGR_LIKE : b.op() == Expr.BinaryOp.REGEX ? Syntax.GLOB : Syntax.SQLITE_LIKE;
                return new Expr.Binary(b.op(), rewrite(b.left(), glob),
                        new Expr.StringLiteral(wholeStringRegex(s.value(), syntax)));
            }
            return new Expr.Binary(b.op(), rewrite(b.left(), glob), rewrite(b.right(), glob));
        }
        if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.op(), rewrite(u.operand(), glob));
        }
        return e;
    }

    /** The pattern language the converted regex lands in. */
    enum Syntax {
        /** OGR SQL LIKE: % any run, _ one byte (an ASCII character). */
        OGR_LIKE,
        /** SQLite LIKE: % any run, _ one character. */
        SQLITE_LIKE,
        /** SQLite GLOB: * any run, ? one character. */
        GLOB
    }

    /**
     * The POSIX regex matching what 8.0's pattern matches: its conversion of the regex to LIKE / GLOB, anchored at
     * both ends (LIKE and GLOB match the whole string).
     */
    static String wholeStringRegex(String regex, Syntax syntax) {
        String any = ".*";
        String one = syntax == Syntax.OGR_LIKE ? "[ -~]" : ".";
        char anyWild = syntax == Syntax.GLOB ? '*' : '%';
        char oneWild = syntax == Syntax.GLOB ? '?' : '_';
        StringBuilder out = new StringBuilder("^");
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            char next = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
            if (c == '.' && next == '*') {
                out.append(any);
                i++;
            } else if (c == '.') {
                out.append(one);
            } else if (i == 0 && c == '^') {
                continue;
            } else if (c == '$' && i == regex.length() - 1) {
                break;
            } else if (c == anyWild) {
                out.append(any);
            } else if (c == oneWild) {
                out.append(one);
            } else if ("\\.[]()*+?{}|^$".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.append('$').toString();
    }
}
