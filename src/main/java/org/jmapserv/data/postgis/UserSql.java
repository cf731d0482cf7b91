package org.jmapserv.data.postgis;

import java.util.List;

import org.jmapserv.mapfile.model.Metadata;

/**
 * SQL written by the mapfile author (DATA's source, NATIVE_FILTER) made ready for a JDBC statement whose own values
 * are {@code ?} parameters: {@code $1}, {@code $2}, ... outside quotes become parameters bound to the layer's
 * BINDVALS {@code "1"}, {@code "2"}, ... (runPQexecParamsWithBindSubstitution: MapServer's way to pass request
 * values to SQL without pasting them), and a literal {@code ?} outside quotes (a jsonb operator) is escaped as
 * {@code ??} so the driver does not take it for a placeholder. A {@code $n} with no BINDVALS entry is left alone,
 * and PostgreSQL reports it.
 */
final class UserSql {

    private UserSql() {
    }

    static String bind(String sql, Metadata bindVals, List<Object> params) {
        StringBuilder out = new StringBuilder(sql.length() + 8);
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                out.append(c);
            } else if (c == '?') {
                out.append("??");
            } else if (c == '$' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(sql.charAt(i - 1)) && sql.charAt(i - 1) != '_')) {
                int end = i + 1;
                while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
                    end++;
                }
                String key = sql.substring(i + 1, end);
                if (bindVals.containsKey(key)) {
                    out.append('?');
                    params.add(bindVals.value(key));
                    i = end - 1;
                } else {
                    out.append(c);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
