package org.jmapserv.data.ogr;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jmapserv.data.Feature;
import org.locationtech.jts.geom.Geometry;

/**
 * A checked OGR SQL expression (GDAL's swq_expr_node after swq_expr_compile), evaluated on one feature as
 * swq_expr_evaluate does: values are null, {@code Long}, {@code Double}, {@code String} or {@code Boolean}; a
 * comparison with a null operand is false and NOT inverts it (two-valued, as GDAL 3.6 answers); string comparisons
 * and LIKE are case-sensitive, ILIKE folds ASCII letters only; integer arithmetic stays integer.
 */
sealed interface OgrSqlExpr {

    /** The static type the parser checks operands with. */
    enum Kind {
        INTEGER, REAL, STRING, BOOLEAN, NULL;

        boolean numeric() {
            return this == INTEGER || this == REAL;
        }
    }

    /** One feature as the expression sees it: typed field values, the feature for the special fields. */
    interface Row {
        Object field(int index);

        Feature feature();
    }

    Kind kind();

    Object eval(Row row);

    /** True when the expression holds for {@code row} (null and non-boolean count as false). */
    default boolean test(Row row) {
        return Boolean.TRUE.equals(eval(row));
    }

    record Literal(Object value, Kind kind) implements OgrSqlExpr {
        @Override
        public Object eval(Row row) {
            return value;
        }
    }

    record Field(int index, String name, Kind kind) implements OgrSqlExpr {
        @Override
        public Object eval(Row row) {
            return row.field(index);
        }
    }

    /** A condition (NOT, AND/OR, comparisons, IN, BETWEEN, IS NULL, LIKE): always of kind BOOLEAN. */
    sealed interface Condition extends OgrSqlExpr {
        @Override
        default Kind kind() {
            return Kind.BOOLEAN;
        }
    }

    /** FID, OGR_GEOMETRY, OGR_GEOM_WKT, OGR_GEOM_AREA: OGR's special fields. */
    record Special(String name, Kind kind) implements OgrSqlExpr {
        @Override
        public Object eval(Row row) {
            Feature f = row.feature();
            if (!name.equals("FID") && f.shape() == MemoryFeatureSource.NO_GEOMETRY) {
                return null; // a row without geometry: OGR gives no geometry type, WKT or area
            }
            return switch (name) {
                case "FID" -> f.index();
                case "OGR_GEOMETRY" -> f.geometry().getGeometryType().toUpperCase(Locale.ROOT);
                case "OGR_GEOM_WKT" -> f.geometry().toText();
                case "OGR_GEOM_AREA" -> area(f.geometry());
                default -> null;
            };
        }

        private static double area(Geometry g) {
            return g.getArea();
        }
    }

    record Not(OgrSqlExpr operand) implements Condition {
        @Override
        public Object eval(Row row) {
            return !operand.test(row);
        }
    }

    record Logical(boolean and, OgrSqlExpr left, OgrSqlExpr right) implements Condition {
        @Override
        public Object eval(Row row) {
            return and ? left.test(row) && right.test(row) : left.test(row) || right.test(row);
        }
    }

    /** =, <>, <, <=, >, >= on two numbers or two strings (the parser has made the operands agree). */
    record Compare(String op, OgrSqlExpr left, OgrSqlExpr right) implements Condition {
        @Override
        public Object eval(Row row) {
            Object a = left.eval(row);
            Object b = right.eval(row);
            if (a == null || b == null) {
                return false;
            }
            int c = compare(a, b);
            return switch (op) {
                case "=" -> c == 0;
                case "<>" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        }
    }

    record In(OgrSqlExpr left, List<OgrSqlExpr> values) implements Condition {
        @Override
        public Object eval(Row row) {
            Object a = left.eval(row);
            if (a == null) {
                return false;
            }
            for (OgrSqlExpr v : values) {
                Object b = v.eval(row);
                if (b != null && compare(a, b) == 0) {
                    return true;
                }
            }
            return false;
        }
    }

    record Between(OgrSqlExpr value, OgrSqlExpr low, OgrSqlExpr high) implements Condition {
        @Override
        public Object eval(Row row) {
            Object v = value.eval(row);
            Object lo = low.eval(row);
            Object hi = high.eval(row);
            return v != null && lo != null && hi != null && compare(v, lo) >= 0 && compare(v, hi) <= 0;
        }
    }

    record IsNull(OgrSqlExpr operand) implements Condition {
        @Override
        public Object eval(Row row) {
            return operand.eval(row) == null;
        }
    }

    /** LIKE / ILIKE with % and _ wildcards (over UTF-8 bytes, as GDAL) and an optional escape character. */
    record Like(OgrSqlExpr value, OgrSqlExpr pattern, boolean ignoreCase, Character escape) implements Condition {
        @Override
        public Object eval(Row row) {
            Object v = value.eval(row);
            Object p = pattern.eval(row);
            if (v == null || p == null) {
                return false;
            }
            // GDAL matches bytes of UTF-8 (an "_" is one byte, so "é" takes two): compare the byte strings
            String s = bytes(text(v));
            String pat = bytes(p.toString());
            if (ignoreCase) {
                s = asciiLower(s);
                pat = asciiLower(pat);
            }
            return like(s, 0, pat, 0);
        }

        /**
         * Wildcard matching without recursion (the last % backtracks, never more), so that a pattern with many %
         * costs at most length(s) x length(p) steps whatever the data.
         */
        private boolean like(String s, int si, String p, int pi) {
            int starP = -1;
            int starS = -1;
            while (si < s.length()) {
                if (pi < p.length()) {
                    char c = p.charAt(pi);
                    if (c == '%') {
                        starP = ++pi;
                        starS = si;
                        continue;
                    }
                    boolean escaped = escape != null && c == escape && pi + 1 < p.length();
                    char want = escaped ? p.charAt(pi + 1) : c;
                    if ((!escaped && c == '_') || s.charAt(si) == want) {
                        si++;
                        pi += escaped ? 2 : 1;
                        continue;
                    }
                }
                if (starP < 0) {
                    return false;
                }
                pi = starP;
                si = ++starS;
            }
            while (pi < p.length() && p.charAt(pi) == '%') {
                pi++;
            }
            return pi == p.length();
        }

        private static String bytes(String s) {
            return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        }

        private static String asciiLower(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
            return b.toString();
        }
    }

    /** + - * / % on numbers: integer when both operands are integers (division truncates), else real. */
    record Arithmetic(char op, OgrSqlExpr left, OgrSqlExpr right, Kind kind) implements OgrSqlExpr {
        @Override
        public Object eval(Row row) {
            Object a = left.eval(row);
            Object b = right.eval(row);
            if (!(a instanceof Number x) || !(b instanceof Number y)) {
                return null;
            }
            if (kind == Kind.INTEGER) {
                long l = x.longValue();
                long r = y.longValue();
                return switch (op) {
                    case '+' -> l + r;
                    case '-' -> l - r;
                    case '*' -> l * r;
                    case '/' -> r == 0 ? null : l / r;
                    default -> r == 0 ? null : l % r;
                };
            }
            double l = x.doubleValue();
            double r = y.doubleValue();
            return switch (op) {
                case '+' -> l + r;
                case '-' -> l - r;
                case '*' -> l * r;
                case '/' -> l / r;
                default -> l % r;
            };
        }
    }

    record Negate(OgrSqlExpr operand, Kind kind) implements OgrSqlExpr {
        @Override
        public Object eval(Row row) {
            Object v = operand.eval(row);
            return v instanceof Long l ? (Object) (-l) : v instanceof Number n ? (Object) (-n.doubleValue()) : null;
        }
    }

    /** CONCAT(...) and SUBSTR(s, start [, length]) (byte offsets in UTF-8, as GDAL counts them). */
    record Function(String name, List<OgrSqlExpr> args) implements OgrSqlExpr {
        @Override
        public Kind kind() {
            return Kind.STRING;
        }

        @Override
        public Object eval(Row row) {
            if (name.equals("CONCAT")) {
                StringBuilder b = new StringBuilder();
                for (OgrSqlExpr a : args) {
                    Object v = a.eval(row);
                    b.append(v == null ? "" : text(v));
                }
                return b.toString();
            }
            Object v = args.get(0).eval(row);
            if (v == null) {
                return null;
            }
            byte[] s = text(v).getBytes(StandardCharsets.UTF_8);
            Object st = args.get(1).eval(row);
            long start = st instanceof Number n ? n.longValue() : 1;
            int from = (int) (start > 0 ? start - 1 : start < 0 ? Math.max(0, s.length + start) : 0);
            from = Math.min(from, s.length);
            int to = s.length;
            if (args.size() > 2 && args.get(2).eval(row) instanceof Number len) {
                to = (int) Math.max(from, Math.min(s.length, from + len.longValue()));
            }
            return new String(Arrays.copyOfRange(s, from, to), StandardCharsets.UTF_8);
        }
    }

    /** CAST(x AS CHARACTER | INTEGER | INTEGER64 | FLOAT | NUMERIC ...). */
    record Cast(OgrSqlExpr operand, Kind kind) implements OgrSqlExpr {
        @Override
        public Object eval(Row row) {
            Object v = operand.eval(row);
            if (v == null) {
                return null;
            }
            return switch (kind) {
                case STRING -> text(v);
                case INTEGER -> v instanceof Number n ? (Object) n.longValue() : (Object) leadingNumber(text(v)).longValue();
                default -> v instanceof Number n ? (Object) n.doubleValue() : (Object) leadingNumber(text(v)).doubleValue();
            };
        }
    }

    /** Compares two non-null values of agreeing types: numbers numerically, anything else as text. */
    static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        return text(a).compareTo(text(b));
    }

    /** A value as OGR_F_GetFieldAsString writes it. */
    static String text(Object v) {
        if (v instanceof Double d) {
            return OgrValues.real(d);
        }
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        return String.valueOf(v);
    }

    /** atof/atoi-like: the longest numeric prefix, 0 when there is none. */
    static Double leadingNumber(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")
                .matcher(s);
        return m.find() ? Double.parseDouble(m.group().trim()) : 0.0;
    }

    /** Adds every field {@code e} reads to {@code out} (the JOIN checks: which table a clause refers to). */
    static void fields(OgrSqlExpr e, List<Field> out) {
        for (OgrSqlExpr c : children(e)) {
            fields(c, out);
        }
        if (e instanceof Field f) {
            out.add(f);
        }
    }

    private static List<OgrSqlExpr> children(OgrSqlExpr e) {
        if (e instanceof Not n) {
            return List.of(n.operand());
        } else if (e instanceof Logical l) {
            return List.of(l.left(), l.right());
        } else if (e instanceof Compare c) {
            return List.of(c.left(), c.right());
        } else if (e instanceof In in) {
            List<OgrSqlExpr> all = new java.util.ArrayList<>(in.values());
            all.add(in.left());
            return all;
        } else if (e instanceof Between b) {
            return List.of(b.value(), b.low(), b.high());
        } else if (e instanceof IsNull n) {
            return List.of(n.operand());
        } else if (e instanceof Like l) {
            return List.of(l.value(), l.pattern());
        } else if (e instanceof Arithmetic a) {
            return List.of(a.left(), a.right());
        } else if (e instanceof Negate n) {
            return List.of(n.operand());
        } else if (e instanceof Function f) {
            return f.args();
        } else if (e instanceof Cast c) {
            return List.of(c.operand());
        }
        return List.of();
    }
}
