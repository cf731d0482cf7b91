package org.jmapserv.query;

import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.mapfile.parse.expr.ExpressionParser;
import org.jmapserv.mapfile.parse.expr.ExpressionSyntaxException;

/**
 * msLoadExpressionString (mapfile.c) for request strings such as QSTRING: {@code (...)} is a logical expression,
 * {@code /.../} (or {@code /.../i}) a regex, {@code {...}} a list, {@code "..."} a quoted string (a trailing i makes
 * it case-insensitive), anything else a plain string. A logical expression that does not parse keeps a null tree
 * and then matches nothing, as MapServer's failing evaluation does.
 */
public final class QueryStrings {

    private QueryStrings() {
    }

    public static ExpressionDef expression(String s) {
        if (s == null) {
            return null;
        }
        if (s.startsWith("(") && s.endsWith(")") && s.length() >= 2) {
            String inner = s.substring(1, s.length() - 1);
            try {
                return ExpressionDef.logical(inner, ExpressionParser.parseLogical(inner));
            } catch (ExpressionSyntaxException e) {
                return ExpressionDef.logical(inner, null);
            }
        }
        if (s.startsWith("/") && s.length() >= 2) {
            if (s.endsWith("/i") && s.length() >= 3) {
                return ExpressionDef.regex(s.substring(1, s.length() - 2), true);
            }
            if (s.endsWith("/")) {
                return ExpressionDef.regex(s.substring(1, s.length() - 1), false);
            }
        }
        if (s.startsWith("{") && s.endsWith("}") && s.length() >= 2) {
            return ExpressionDef.list(s.substring(1, s.length() - 1));
        }
        if (s.length() >= 2 && (s.startsWith("\"") || s.startsWith("'"))) {
            char q = s.charAt(0);
            if (s.endsWith(q + "i") && s.length() >= 3) {
                return ExpressionDef.string(s.substring(1, s.length() - 2), true);
            }
            if (s.charAt(s.length() - 1) == q) {
                return ExpressionDef.string(s.substring(1, s.length() - 1), false);
            }
        }
        return ExpressionDef.string(s, false);
    }
}
