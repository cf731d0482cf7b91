package org.jmapserv.data.ogr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jmapserv.data.ogr.OgrSqlExpr.Kind;

/**
 * OGR SQL (GDAL's swq dialect, the default of OGR_DS_ExecuteSQL and the language of OGR_L_SetAttributeFilter) parsed
 * and type-checked against one layer's fields, as swq_select_parse / swq_expr_compile do: {@code SELECT [DISTINCT]
 * items FROM layer [alias] [WHERE ...] [ORDER BY ...] [LIMIT n] [OFFSET n]} and WHERE expressions with {@code AND OR
 * NOT}, comparisons, {@code [NOT] LIKE [ESCAPE] / ILIKE / IN / BETWEEN}, {@code IS [NOT] NULL}, arithmetic,
 * {@code CAST}, {@code CONCAT}, {@code SUBSTR} and the special fields FID, OGR_GEOMETRY, OGR_GEOM_WKT, OGR_GEOM_AREA.
 * Errors use GDAL's wording. JOINs, UNION and other functions are refused by name.
 */
final class OgrSqlParser {

    /** A SELECT item: its output name and expression. */
    record Column(String name, OgrSqlExpr expr) {
    }

    /** One ORDER BY key. */
    record OrderKey(OgrSqlExpr expr, boolean descending) {
    }

    /**
     * A parsed SELECT. {@code noGeometry}: DISTINCT or aggregates, whose result OGR gives without geometries (so
     * MapServer draws nothing); {@code star}: the item list was {@code *}.
     */
    record Select(String table, List<Column> columns, boolean noGeometry, OgrSqlExpr where, List<OrderKey> order,
                  long limit, long offset) {
    }

    private static final Set<String> AGGREGATES = Set.of("COUNT", "MIN", "MAX", "SUM", "AVG");
    private static final Set<String> SPECIAL = Set.of("FID", "OGR_GEOMETRY", "OGR_GEOM_WKT", "OGR_GEOM_AREA",
            "OGR_STYLE");
    private static final Set<String> RESERVED = Set.of("WHERE", "ORDER", "LIMIT", "OFFSET", "JOIN", "LEFT", "INNER",
            "UNION", "GROUP", "FROM", "AND", "OR", "NOT", "ON", "AS");

    private final String text;
    private final List<OgrSqlLexer.Token> tokens;
    private final List<String> names;
    private final List<OgrFieldType> types;
    private int pos;
    private String table;
    private String alias;

    private OgrSqlParser(String text, List<String> names, List<OgrFieldType> types) {
        this.text = text;
        this.tokens = OgrSqlLexer.tokens(text);
        this.names = names;
        this.types = types;
    }

    /** The layer a SELECT reads (the identifier after its first FROM), so that the caller can open it first. */
    static String fromTable(String sql) {
        List<OgrSqlLexer.Token> t = OgrSqlLexer.tokens(sql);
        int depth = 0;
        for (int i = 0; i < t.size(); i++) {
            OgrSqlLexer.Token k = t.get(i);
            depth += k.is("(") ? 1 : k.is(")") ? -1 : 0;
            if (depth == 0 && k.keyword("FROM") && i + 1 < t.size() && t.get(i + 1).identifier()) {
                return t.get(i + 1).text();
            }
        }
        throw new OgrSqlException("SQL Expression Parsing Error: syntax error, no FROM clause with a layer name. "
                + "Occurred around : " + abbreviate(sql));
    }

    /** A SELECT over a layer with these fields. */
    static Select select(String sql, List<String> names, List<OgrFieldType> types) {
        OgrSqlParser p = new OgrSqlParser(sql, names, types);
        return p.select();
    }

    /** A WHERE expression (an attribute filter) over a layer with these fields. */
    static OgrSqlExpr where(String expr, List<String> names, List<OgrFieldType> types) {
        OgrSqlParser p = new OgrSqlParser(expr, names, types);
        OgrSqlExpr e = p.expr();
        if (!p.atEnd()) {
            throw p.syntax("expecting end of string");
        }
        return e;
    }

    private Select select() {
        expectKeyword("SELECT");
        boolean distinct = acceptKeyword("DISTINCT");
        int itemsStart = pos;
        // FROM first: items refer to the layer (and its alias)
        int depth = 0;
        int from = -1;
        for (int i = pos; i < tokens.size() && from < 0; i++) {
            OgrSqlLexer.Token k = tokens.get(i);
            depth += k.is("(") ? 1 : k.is(")") ? -1 : 0;
            if (depth == 0 && k.keyword("FROM")) {
                from = i;
            }
        }
        if (from < 0) {
            throw syntax("expecting FROM");
        }
        pos = from + 1;
        table = identifier("a layer name");
        if (peek() != null && peek().identifier() && !RESERVED.contains(peek().text().toUpperCase(Locale.ROOT))
                || peekKeyword("AS")) {
            acceptKeyword("AS");
            alias = identifier("an alias");
        }
        int fromEnd = pos;
        pos = itemsStart;
        List<Column> columns = new ArrayList<>();
        boolean aggregate = false;
        do {
            if (peek() != null && peek().is("*")) {
                pos++;
                for (int i = 0; i < names.size(); i++) {
                    columns.add(new Column(names.get(i), field(i)));
                }
                continue;
            }
            if (peek() != null && peek().identifier() && AGGREGATES.contains(peek().text().toUpperCase(Locale.ROOT))
                    && pos + 1 < tokens.size() && tokens.get(pos + 1).is("(")) {
                aggregate = true;
                skipAggregate();
                continue;
            }
            int start = pos;
            OgrSqlExpr e = expr();
            String name;
            if (acceptKeyword("AS") || (peek() != null && peek().identifier() && !peekKeyword("FROM"))) {
                name = identifier("an alias");
            } else {
                name = defaultName(e, columns.size() + 1, start);
            }
            columns.add(new Column(name, e));
        } while (accept(","));
        if (pos != from) {
            throw syntax("expecting FROM");
        }
        pos = fromEnd;
        if (peekKeyword("JOIN") || peekKeyword("LEFT") || peekKeyword("INNER")) {
            throw new OgrSqlException("JOIN is not supported by jmapserv's OGR SQL (" + abbreviate(text) + ")");
        }
        OgrSqlExpr where = null;
        if (acceptKeyword("WHERE")) {
            where = expr();
            requireBoolean(where, "WHERE");
        }
        List<OrderKey> order = new ArrayList<>();
        if (acceptKeyword("ORDER")) {
            expectKeyword("BY");
            do {
                OgrSqlExpr e = expr();
                boolean desc = acceptKeyword("DESC");
                if (!desc) {
                    acceptKeyword("ASC");
                }
                order.add(new OrderKey(e, desc));
            } while (accept(","));
        }
        long limit = -1;
        long offset = 0;
        if (acceptKeyword("LIMIT")) {
            limit = integer();
        }
        if (acceptKeyword("OFFSET")) {
            offset = integer();
        }
        accept(";");
        if (!atEnd()) {
            throw syntax("expecting end of string");
        }
        return new Select(table, columns, distinct || aggregate, where, order, limit, offset);
    }

    /** As OGR names an unaliased item: a field keeps its name, CAST its operand's, a function FUNC_field, else FIELD_n. */
    private String defaultName(OgrSqlExpr e, int n, int start) {
        if (e instanceof OgrSqlExpr.Field f) {
            return f.name();
        }
        if (e instanceof OgrSqlExpr.Special s) {
            return s.name();
        }
        if (e instanceof OgrSqlExpr.Cast c && c.operand() instanceof OgrSqlExpr.Field f) {
            return f.name();
        }
        if (e instanceof OgrSqlExpr.Function fn && !fn.args().isEmpty() && fn.args().get(0) instanceof OgrSqlExpr.Field f) {
            return fn.name() + "_" + f.name();
        }
        return "FIELD_" + n;
    }

    private void skipAggregate() {
        pos++; // the name
        int depth = 0;
        do {
            OgrSqlLexer.Token t = next();
            depth += t.is("(") ? 1 : t.is(")") ? -1 : 0;
        } while (depth > 0);
        if (acceptKeyword("AS") || (peek() != null && peek().identifier() && !peekKeyword("FROM"))) {
            identifier("an alias");
        }
    }

    OgrSqlExpr expr() {
        OgrSqlExpr l = and();
        while (acceptKeyword("OR")) {
            OgrSqlExpr r = and();
            requireBoolean(l, "OR");
            requireBoolean(r, "OR");
            l = new OgrSqlExpr.Logical(false, l, r);
        }
        return l;
    }

    private OgrSqlExpr and() {
        OgrSqlExpr l = not();
        while (acceptKeyword("AND")) {
            OgrSqlExpr r = not();
            requireBoolean(l, "AND");
            requireBoolean(r, "AND");
            l = new OgrSqlExpr.Logical(true, l, r);
        }
        return l;
    }

    private OgrSqlExpr not() {
        if (acceptKeyword("NOT")) {
            OgrSqlExpr e = not();
            requireBoolean(e, "NOT");
            return new OgrSqlExpr.Not(e);
        }
        return comparison();
    }

    private OgrSqlExpr comparison() {
        OgrSqlExpr l = additive();
        OgrSqlLexer.Token t = peek();
        if (t == null) {
            return l;
        }
        for (String op : List.of("=", "==", "<>", "!=", "<", "<=", ">", ">=")) {
            if (t.is(op)) {
                pos++;
                String norm = op.equals("==") ? "=" : op.equals("!=") ? "<>" : op;
                OgrSqlExpr r = additive();
                OgrSqlExpr[] lr = agree(l, r, op);
                return new OgrSqlExpr.Compare(norm, lr[0], lr[1]);
            }
        }
        if (acceptKeyword("IS")) {
            boolean neg = acceptKeyword("NOT");
            expectKeyword("NULL");
            OgrSqlExpr e = new OgrSqlExpr.IsNull(l);
            return neg ? new OgrSqlExpr.Not(e) : e;
        }
        boolean neg = acceptKeyword("NOT");
        OgrSqlExpr e;
        if (acceptKeyword("LIKE") || peekKeyword("ILIKE")) {
            boolean ilike = acceptKeyword("ILIKE");
            OgrSqlExpr pattern = additive();
            Character escape = null;
            if (acceptKeyword("ESCAPE")) {
                OgrSqlLexer.Token s = next();
                if (!s.string() || s.text().length() != 1) {
                    throw syntax("expecting a one-character ESCAPE string");
                }
                escape = s.text().charAt(0);
            }
            if (l.kind() != Kind.STRING && l.kind() != Kind.NULL || pattern.kind() != Kind.STRING) {
                throw mismatch(ilike ? "ILIKE" : "LIKE");
            }
            e = new OgrSqlExpr.Like(l, pattern, ilike, escape);
        } else if (acceptKeyword("IN")) {
            expect("(");
            List<OgrSqlExpr> values = new ArrayList<>();
            do {
                values.add(agree(l, additive(), "IN")[1]);
            } while (accept(","));
            expect(")");
            e = new OgrSqlExpr.In(l, values);
        } else if (acceptKeyword("BETWEEN")) {
            OgrSqlExpr lo = additive();
            expectKeyword("AND");
            OgrSqlExpr hi = additive();
            e = new OgrSqlExpr.Between(l, agree(l, lo, "BETWEEN")[1], agree(l, hi, "BETWEEN")[1]);
        } else if (neg) {
            throw syntax("expecting LIKE, ILIKE, IN or BETWEEN after NOT");
        } else {
            return l;
        }
        return neg ? new OgrSqlExpr.Not(e) : e;
    }

    /**
     * Makes two operands comparable as swq does: numbers with numbers, strings with strings; a string literal meets a
     * number by being read as one. Anything else is GDAL's "Type mismatch" error.
     */
    private OgrSqlExpr[] agree(OgrSqlExpr l, OgrSqlExpr r, String op) {
        Kind a = l.kind();
        Kind b = r.kind();
        if (a == Kind.NULL || b == Kind.NULL || a == b || (a.numeric() && b.numeric())) {
            return new OgrSqlExpr[] {l, r};
        }
        if (a.numeric() && r instanceof OgrSqlExpr.Literal lit && b == Kind.STRING) {
            return new OgrSqlExpr[] {l, asNumber(lit, a)};
        }
        if (b.numeric() && l instanceof OgrSqlExpr.Literal lit && a == Kind.STRING) {
            return new OgrSqlExpr[] {asNumber(lit, b), r};
        }
        throw mismatch(op);
    }

    private static OgrSqlExpr asNumber(OgrSqlExpr.Literal lit, Kind k) {
        Double d = OgrSqlExpr.leadingNumber(lit.value().toString());
        return k == Kind.INTEGER && d == Math.rint(d) ? new OgrSqlExpr.Literal(d.longValue(), Kind.INTEGER)
                : new OgrSqlExpr.Literal(d, Kind.REAL);
    }

    private OgrSqlExpr additive() {
        OgrSqlExpr l = multiplicative();
        while (peek() != null && (peek().is("+") || peek().is("-"))) {
            char op = next().text().charAt(0);
            l = arithmetic(op, l, multiplicative());
        }
        return l;
    }

    private OgrSqlExpr multiplicative() {
        OgrSqlExpr l = unary();
        while (peek() != null && (peek().is("*") || peek().is("/") || peek().is("%"))) {
            char op = next().text().charAt(0);
            l = arithmetic(op, l, unary());
        }
        return l;
    }

    private OgrSqlExpr arithmetic(char op, OgrSqlExpr l, OgrSqlExpr r) {
        if (!(l.kind().numeric() || l.kind() == Kind.NULL) || !(r.kind().numeric() || r.kind() == Kind.NULL)) {
            throw mismatch(String.valueOf(op));
        }
        Kind k = l.kind() == Kind.REAL || r.kind() == Kind.REAL ? Kind.REAL : Kind.INTEGER;
        return new OgrSqlExpr.Arithmetic(op, l, r, k);
    }

    private OgrSqlExpr unary() {
        if (accept("-")) {
            OgrSqlExpr e = unary();
            if (!e.kind().numeric()) {
                throw mismatch("-");
            }
            return new OgrSqlExpr.Negate(e, e.kind());
        }
        accept("+");
        return primary();
    }

    private OgrSqlExpr primary() {
        OgrSqlLexer.Token t = next();
        if (t.is("(")) {
            OgrSqlExpr e = expr();
            expect(")");
            return e;
        }
        if (t.number()) {
            String s = t.text();
            if (s.matches("\\d{1,18}")) {
                return new OgrSqlExpr.Literal(Long.parseLong(s), Kind.INTEGER);
            }
            return new OgrSqlExpr.Literal(Double.parseDouble(s), Kind.REAL);
        }
        if (t.string()) {
            return new OgrSqlExpr.Literal(t.text(), Kind.STRING);
        }
        if (!t.identifier()) {
            pos--;
            throw syntax("unexpected '" + t.text() + "'");
        }
        String name = t.text();
        String upper = name.toUpperCase(Locale.ROOT);
        if (!t.quoted() && upper.equals("NULL")) {
            return new OgrSqlExpr.Literal(null, Kind.NULL);
        }
        if (!t.quoted() && peek() != null && peek().is("(")) {
            return call(upper);
        }
        if (peek() != null && peek().is(".") && (name.equalsIgnoreCase(table) || name.equalsIgnoreCase(alias))) {
            pos++;
            name = identifier("a field name");
        }
        return resolve(name);
    }

    private OgrSqlExpr call(String fn) {
        expect("(");
        if (fn.equals("CAST")) {
            OgrSqlExpr e = expr();
            expectKeyword("AS");
            String type = identifier("a type").toUpperCase(Locale.ROOT);
            if (accept("(")) {
                integer();
                if (accept(",")) {
                    integer();
                }
                expect(")");
            }
            expect(")");
            Kind k = switch (type) {
                case "CHARACTER", "VARCHAR", "STRING", "TEXT" -> Kind.STRING;
                case "INTEGER", "INTEGER64", "BIGINT", "SMALLINT", "BOOLEAN" -> Kind.INTEGER;
                case "FLOAT", "NUMERIC", "REAL", "DOUBLE" -> Kind.REAL;
                default -> throw new OgrSqlException("Unrecognized typename " + type + " in CAST operator.");
            };
            return new OgrSqlExpr.Cast(e, k);
        }
        List<OgrSqlExpr> args = new ArrayList<>();
        if (!accept(")")) {
            do {
                args.add(expr());
            } while (accept(","));
            expect(")");
        }
        switch (fn) {
            case "CONCAT" -> {
                return new OgrSqlExpr.Function(fn, args);
            }
            case "SUBSTR" -> {
                if (args.size() < 2 || args.size() > 3 || args.get(0).kind() != Kind.STRING
                        || !args.get(1).kind().numeric() || (args.size() == 3 && !args.get(2).kind().numeric())) {
                    throw new OgrSqlException("Wrong number or types of arguments to SUBSTR.");
                }
                return new OgrSqlExpr.Function(fn, args);
            }
            default -> {
                if (AGGREGATES.contains(fn)) {
                    throw new OgrSqlException("Aggregate function " + fn + " used outside the SELECT list.");
                }
                throw new OgrSqlException("Undefined function '" + fn.toLowerCase(Locale.ROOT) + "' used.");
            }
        }
    }

    private OgrSqlExpr resolve(String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return field(i);
            }
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (SPECIAL.contains(upper)) {
            Kind k = switch (upper) {
                case "FID" -> Kind.INTEGER;
                case "OGR_GEOM_AREA" -> Kind.REAL;
                default -> Kind.STRING;
            };
            return new OgrSqlExpr.Special(upper, k);
        }
        throw new OgrSqlException("\"" + name + "\" not recognised as an available field.");
    }

    private OgrSqlExpr field(int i) {
        Kind k = switch (types.get(i)) {
            case INTEGER -> Kind.INTEGER;
            case REAL -> Kind.REAL;
            case STRING -> Kind.STRING;
        };
        return new OgrSqlExpr.Field(i, names.get(i), k);
    }

    private void requireBoolean(OgrSqlExpr e, String op) {
        if (e.kind() != Kind.BOOLEAN && e.kind() != Kind.NULL) {
            throw mismatch(op);
        }
    }

    private static OgrSqlException mismatch(String op) {
        return new OgrSqlException("Type mismatch or improper type of arguments to " + op + " operator.");
    }

    private OgrSqlException syntax(String what) {
        OgrSqlLexer.Token t = peek();
        int at = t == null ? text.length() : t.offset();
        String unexpected = t == null ? "end of string" : "'" + t.text() + "'";
        return new OgrSqlException("SQL Expression Parsing Error: syntax error, unexpected " + unexpected + ", "
                + what + ". Occurred around character " + (at + 1) + " of : " + abbreviate(text));
    }

    /** SQL text for a message: at most 200 characters, so that an error stays one readable line. */
    static String abbreviate(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 197) + "...";
    }

    private long integer() {
        OgrSqlLexer.Token t = next();
        if (!t.number() || !t.text().matches("\\d+")) {
            pos--;
            throw syntax("expecting an integer");
        }
        return Long.parseLong(t.text());
    }

    private String identifier(String what) {
        OgrSqlLexer.Token t = peek();
        if (t == null || !t.identifier()) {
            throw syntax("expecting " + what);
        }
        pos++;
        return t.text();
    }

    private OgrSqlLexer.Token peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private OgrSqlLexer.Token next() {
        if (pos >= tokens.size()) {
            throw syntax("expecting more");
        }
        return tokens.get(pos++);
    }

    private boolean atEnd() {
        return pos >= tokens.size();
    }

    private boolean accept(String symbol) {
        if (peek() != null && peek().is(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String symbol) {
        if (!accept(symbol)) {
            throw syntax("expecting '" + symbol + "'");
        }
    }

    private boolean peekKeyword(String k) {
        return peek() != null && peek().keyword(k);
    }

    private boolean acceptKeyword(String k) {
        if (peekKeyword(k)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expectKeyword(String k) {
        if (!acceptKeyword(k)) {
            throw syntax("expecting " + k);
        }
    }
}
