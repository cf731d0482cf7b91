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
 * {@code [LEFT] JOIN layer [alias] ON ...} (also {@code 'datasource'.layer}) adds another table's fields, as
 * OGRGenSQLResultsLayer joins them (the first matching row, none when a primary key is NULL; secondary fields not
 * allowed in WHERE or ORDER BY); {@code UNION ALL} of SELECTs is split by {@link #unionParts}. Errors use GDAL's
 * wording; GROUP BY is the syntax error GDAL gives, other functions are refused by name.
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
     * MapServer draws nothing); {@code joins}: the LEFT JOINs, whose fields follow the primary layer's in a row.
     */
    record Select(String table, List<Column> columns, boolean noGeometry, OgrSqlExpr where, List<OrderKey> order,
                  long limit, long offset, List<Join> joins) {
    }

    /**
     * A JOIN's secondary table as the SQL names it: {@code layer}, or {@code 'datasource'.layer} (then
     * {@code dataSource} is set), with its alias or null.
     */
    record JoinRef(String dataSource, String table, String alias) {
        String qualifier() {
            return alias != null ? alias : table;
        }
    }

    /** The fields of a secondary table, opened by the caller. */
    record JoinTable(JoinRef ref, List<String> names, List<OgrFieldType> types) {
    }

    /**
     * A parsed JOIN: its table, ON condition, and where its fields start in the joined row. {@code neverMatches}: the
     * condition compares values of types OGR SQL cannot compare — swq accepts it here, but the secondary filter GDAL
     * builds from it fails, so no row is ever joined.
     */
    record Join(JoinTable table, OgrSqlExpr on, int offset, boolean neverMatches) {
    }

    private static final Set<String> AGGREGATES = Set.of("COUNT", "MIN", "MAX", "SUM", "AVG");
    private static final Set<String> SPECIAL = Set.of("FID", "OGR_GEOMETRY", "OGR_GEOM_WKT", "OGR_GEOM_AREA",
            "OGR_STYLE");
    private static final Set<String> RESERVED = Set.of("WHERE", "ORDER", "LIMIT", "OFFSET", "JOIN", "LEFT", "INNER",
            "UNION", "FROM", "AND", "OR", "NOT", "ON", "AS");

    private final String text;
    private final List<OgrSqlLexer.Token> tokens;
    private final List<String> names;
    private final List<OgrFieldType> types;
    private final List<JoinTable> joinTables;
    private final int primaryCount;
    /** Items written {@code qualifier.field}: OGR names the result field as written. */
    private final java.util.Map<OgrSqlExpr, String> written = new java.util.IdentityHashMap<>();
    private int pos;
    private String table;
    private String alias;
    private boolean lenient;
    private boolean mismatched;

    private OgrSqlParser(String text, List<String> names, List<OgrFieldType> types) {
        this(text, names, types, List.of());
    }

    private OgrSqlParser(String text, List<String> names, List<OgrFieldType> types, List<JoinTable> joinTables) {
        this.text = text;
        this.tokens = OgrSqlLexer.tokens(text);
        this.primaryCount = names.size();
        this.joinTables = joinTables;
        List<String> allNames = new ArrayList<>(names);
        List<OgrFieldType> allTypes = new ArrayList<>(types);
        for (JoinTable j : joinTables) {
            allNames.addAll(j.names());
            allTypes.addAll(j.types());
        }
        this.names = allNames;
        this.types = allTypes;
    }

    /**
     * The SELECTs of a {@code UNION ALL} (one when there is none). A UNION without ALL is GDAL's syntax error: OGR
     * SQL has only UNION ALL.
     */
    static List<String> unionParts(String sql) {
        List<OgrSqlLexer.Token> t = OgrSqlLexer.tokens(sql);
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < t.size(); i++) {
            OgrSqlLexer.Token k = t.get(i);
            depth += k.is("(") ? 1 : k.is(")") ? -1 : 0;
            if (depth == 0 && k.keyword("UNION")) {
                if (i + 1 >= t.size() || !t.get(i + 1).keyword("ALL")) {
                    String unexpected = i + 1 >= t.size() ? "end of string" : t.get(i + 1).text().toUpperCase(Locale.ROOT);
                    int at = i + 1 >= t.size() ? sql.length() : t.get(i + 1).offset();
                    throw new OgrSqlException("SQL Expression Parsing Error: syntax error, unexpected " + unexpected
                            + ", expecting ALL. Occurred around character " + (at + 1) + " of : " + abbreviate(sql));
                }
                parts.add(sql.substring(start, k.offset()).strip());
                start = t.get(i + 1).offset() + 3;
                i++;
            }
        }
        parts.add(sql.substring(start).strip());
        return parts;
    }

    /** The JOINed tables of a SELECT, in order, so that the caller can open them before parsing it. */
    static List<JoinRef> joins(String sql) {
        List<OgrSqlLexer.Token> t = OgrSqlLexer.tokens(sql);
        List<JoinRef> out = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < t.size(); i++) {
            OgrSqlLexer.Token k = t.get(i);
            depth += k.is("(") ? 1 : k.is(")") ? -1 : 0;
            if (depth != 0 || !k.keyword("JOIN") || i + 1 >= t.size()) {
                continue;
            }
            int j = i + 1;
            String ds = null;
            if (t.get(j).string() && j + 2 < t.size() && t.get(j + 1).is(".") && t.get(j + 2).identifier()) {
                ds = t.get(j).text();
                j += 2;
            }
            if (!t.get(j).identifier()) {
                continue; // the parser reports it
            }
            String name = t.get(j).text();
            String a = null;
            if (j + 1 < t.size() && t.get(j + 1).keyword("AS") && j + 2 < t.size()) {
                a = t.get(j + 2).text();
            } else if (j + 1 < t.size() && t.get(j + 1).identifier()
                    && !RESERVED.contains(t.get(j + 1).text().toUpperCase(Locale.ROOT))) {
                a = t.get(j + 1).text();
            }
            out.add(new JoinRef(ds, name, a));
        }
        return out;
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
        return select(sql, names, types, List.of());
    }

    /** A SELECT over a layer with these fields, joining these tables (in the order {@link #joins} gave them). */
    static Select select(String sql, List<String> names, List<OgrFieldType> types, List<JoinTable> joined) {
        OgrSqlParser p = new OgrSqlParser(sql, names, types, joined);
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
        List<Join> joins = new ArrayList<>();
        int joinOffset = primaryCount;
        while (peekKeyword("LEFT") || peekKeyword("JOIN")) {
            if (acceptKeyword("LEFT")) {
                if (!peekKeyword("JOIN")) {
                    throw syntax("expecting JOIN");
                }
            }
            expectKeyword("JOIN");
            if (peek() != null && peek().string()) {
                pos++;
                expect(".");
            }
            identifier("a layer name");
            if (acceptKeyword("AS") || (peek() != null && peek().identifier()
                    && !RESERVED.contains(peek().text().toUpperCase(Locale.ROOT)))) {
                identifier("an alias");
            }
            expectKeyword("ON");
            JoinTable jt = joinTables.get(joins.size());
            lenient = true;
            mismatched = false;
            OgrSqlExpr on = expr();
            lenient = false;
            requireBoolean(on, "ON");
            joins.add(new Join(jt, on, joinOffset, mismatched));
            joinOffset += jt.names().size();
        }
        int fromEnd = pos;
        pos = itemsStart;
        List<Column> columns = new ArrayList<>();
        boolean aggregate = false;
        do {
            if (peek() != null && peek().is("*")) {
                pos++;
                for (int i = 0; i < names.size(); i++) {
                    columns.add(new Column(outputName(columns, i, names.get(i)), field(i)));
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
                if (e instanceof OgrSqlExpr.Field f && !written.containsKey(e)) {
                    name = outputName(columns, f.index(), name);
                }
            }
            columns.add(new Column(name, e));
        } while (accept(","));
        if (pos != from) {
            throw syntax("expecting FROM");
        }
        pos = fromEnd;
        OgrSqlExpr where = null;
        if (acceptKeyword("WHERE")) {
            where = expr();
            requireBoolean(where, "WHERE");
            String secondary = secondaryField(where);
            if (secondary != null) {
                throw new OgrSqlException("Cannot use field '" + secondary + "' of a secondary table in this context");
            }
        }
        List<OrderKey> order = new ArrayList<>();
        if (acceptKeyword("ORDER")) {
            expectKeyword("BY");
            do {
                OgrSqlExpr e = expr();
                String secondary = secondaryField(e);
                if (secondary != null) {
                    throw new OgrSqlException("Cannot use field '" + secondary
                            + "' of a secondary table in an ORDER BY clause");
                }
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
        return new Select(table, columns, distinct || aggregate, where, order, limit, offset, joins);
    }

    /**
     * A result field's name as OGRGenSQLResultsLayer gives it: a secondary table's field keeps its name unless an
     * earlier field has it, then it is {@code qualifier.name}.
     */
    private String outputName(List<Column> before, int index, String name) {
        if (index < primaryCount) {
            return name;
        }
        for (Column c : before) {
            if (c.name().equalsIgnoreCase(name)) {
                return tableOf(index).ref().qualifier() + "." + name;
            }
        }
        return name;
    }

    private JoinTable tableOf(int index) {
        int offset = primaryCount;
        for (JoinTable j : joinTables) {
            if (index < offset + j.names().size()) {
                return j;
            }
            offset += j.names().size();
        }
        throw new IllegalArgumentException("field " + index);
    }

    /** The name of the first secondary-table field {@code e} reads, or null. */
    private String secondaryField(OgrSqlExpr e) {
        List<OgrSqlExpr.Field> found = new ArrayList<>();
        OgrSqlExpr.fields(e, found);
        for (OgrSqlExpr.Field f : found) {
            if (f.index() >= primaryCount) {
                return f.name();
            }
        }
        return null;
    }

    /** As OGR names an unaliased item: a field keeps its name, CAST its operand's, a function FUNC_field, else FIELD_n. */
    private String defaultName(OgrSqlExpr e, int n, int start) {
        if (written.containsKey(e)) {
            return written.get(e);
        }
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
        if (lenient) {
            mismatched = true;
            return new OgrSqlExpr[] {l, r};
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
        if (peek() != null && peek().is(".") && pos + 1 < tokens.size() && tokens.get(pos + 1).identifier()) {
            String qualifier = name;
            pos++;
            name = identifier("a field name");
            OgrSqlExpr e = qualified(qualifier, name);
            written.put(e, qualifier + "." + name); // OGR names a qualified item as it is written
            return e;
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

    /** {@code qualifier.name}: the qualifier is a table's alias, or its name when it has none (as swq checks it). */
    private OgrSqlExpr qualified(String qualifier, String name) {
        if (qualifier.equalsIgnoreCase(alias != null ? alias : table)) {
            return resolvePrimary(qualifier, name);
        }
        int offset = primaryCount;
        for (JoinTable j : joinTables) {
            if (qualifier.equalsIgnoreCase(j.ref().qualifier())) {
                for (int i = 0; i < j.names().size(); i++) {
                    if (j.names().get(i).equalsIgnoreCase(name)) {
                        return field(offset + i);
                    }
                }
                break;
            }
            offset += j.names().size();
        }
        if (alias != null && qualifier.equalsIgnoreCase(table)) {
            throw new OgrSqlException("Unrecognized field name " + qualifier + "." + name + ".");
        }
        throw new OgrSqlException("\"" + qualifier + "\".\"" + name + "\" not recognised as an available field.");
    }

    private OgrSqlExpr resolvePrimary(String qualifier, String name) {
        for (int i = 0; i < primaryCount; i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return field(i);
            }
        }
        if (SPECIAL.contains(name.toUpperCase(Locale.ROOT))) {
            return resolve(name);
        }
        throw new OgrSqlException("\"" + qualifier + "\".\"" + name + "\" not recognised as an available field.");
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
