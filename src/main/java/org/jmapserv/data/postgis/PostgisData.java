package org.jmapserv.data.postgis;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostGIS layer's DATA as msPostGISParseData splits it: {@code <geometry column> from <source>
 * [using unique <column>] [using srid=<n>]}, where the source is a table, {@code schema.table}, or
 * {@code (subquery) as alias} (which may contain the {@code !BOX!} token). The options are read after the
 * subquery's closing parenthesis, so a subquery may itself say "using".
 *
 * @param uniqueColumn the {@code using unique} column, or null (then the table's one-column primary key is used)
 * @param srid the {@code using srid=} value, or null (then find_srid() is asked, as MapServer does)
 */
public record PostgisData(String geometryColumn, String fromSource, String uniqueColumn, Integer srid) {

    /** The token replaced by the map extent in the layer SRID (BOXTOKEN). */
    public static final String BOX_TOKEN = "!BOX!";

    private static final Pattern UNIQUE = Pattern.compile("(?i)\\busing\\s+unique\\s+(\\S+)");
    private static final Pattern SRID = Pattern.compile("(?i)\\busing\\s+srid\\s*=\\s*(-?\\d+)");
    private static final Pattern FROM = Pattern.compile("(?i)\\s+from\\s+");

    /** @throws IllegalArgumentException with MapServer's explanation when DATA has no " from " */
    public static PostgisData parse(String data) {
        if (data == null || data.isBlank()) {
            throw new IllegalArgumentException("Nothing specified in DATA statement.");
        }
        Matcher from = FROM.matcher(data);
        if (!from.find()) {
            throw new IllegalArgumentException("Error parsing PostGIS DATA variable. Must contain 'geometry from "
                    + "table' or 'geometry from (subselect) as foo'. This is most likely caused by the mapfile DATA "
                    + "statement.");
        }
        String geom = unquote(data.substring(0, from.start()).strip());
        String rest = data.substring(from.end());
        int optionsFrom = rest.startsWith("(") ? Math.max(0, rest.lastIndexOf(')')) : 0;
        String tail = rest.substring(optionsFrom);
        Matcher u = UNIQUE.matcher(tail);
        Matcher s = SRID.matcher(tail);
        int end = rest.length();
        String unique = null;
        Integer srid = null;
        if (u.find()) {
            unique = unquote(u.group(1));
            end = Math.min(end, optionsFrom + u.start());
        }
        if (s.find()) {
            srid = Integer.valueOf(s.group(1));
            end = Math.min(end, optionsFrom + s.start());
        }
        String source = rest.substring(0, end).strip();
        if (geom.isEmpty() || source.isEmpty()) {
            throw new IllegalArgumentException("Error parsing PostGIS DATA variable. Must contain 'geometry from "
                    + "table' or 'geometry from (subselect) as foo'. This is most likely caused by the mapfile DATA "
                    + "statement.");
        }
        return new PostgisData(geom, source, unique, srid);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** Whether the source is a subquery rather than a (schema-qualified) table name. */
    public boolean isSubquery() {
        return fromSource.startsWith("(");
    }

    /** Whether the source carries the {@code !BOX!} token (then no box test is appended, as in MapServer). */
    public boolean hasBoxToken() {
        return fromSource.toUpperCase(Locale.ROOT).contains(BOX_TOKEN);
    }

    /**
     * The table find_srid() and the primary key lookup are asked about, as msPostGISFindTableName picks it: the
     * source itself when it is one word, else the word after the subquery's first " from ".
     */
    public String tableName() {
        if (fromSource.indexOf(' ') < 0) {
            return fromSource;
        }
        Matcher m = Pattern.compile("(?i) from ").matcher(fromSource);
        if (!m.find()) {
            return "";
        }
        String after = fromSource.substring(m.end());
        int stop = after.length();
        for (char c : new char[] {' ', ')'}) {
            int i = after.indexOf(c);
            if (i >= 0) {
                stop = Math.min(stop, i);
            }
        }
        return after.substring(0, stop);
    }
}
