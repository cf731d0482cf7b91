package org.jmapserv.data.ogr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits OGR SQL text into tokens as swq's lexer does: numbers, 'string' literals ('' is a quote), identifiers bare
 * or "double-quoted" (a quoted identifier is never a keyword), and operators.
 */
final class OgrSqlLexer {

    private OgrSqlLexer() {
    }

    /** One token; {@code offset} is its position in the text, for error messages. */
    record Token(Type type, String text, int offset) {
        boolean is(String symbol) {
            return type == Type.SYMBOL && text.equals(symbol);
        }

        boolean keyword(String k) {
            return type == Type.WORD && text.equalsIgnoreCase(k);
        }

        boolean identifier() {
            return type == Type.WORD || type == Type.QUOTED;
        }

        boolean quoted() {
            return type == Type.QUOTED;
        }

        boolean number() {
            return type == Type.NUMBER;
        }

        boolean string() {
            return type == Type.STRING;
        }
    }

    enum Type {
        WORD, QUOTED, NUMBER, STRING, SYMBOL
    }

    static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                StringBuilder b = new StringBuilder();
                int start = i++;
                while (true) {
                    if (i >= s.length()) {
                        throw new OgrSqlException("SQL Expression Parsing Error: unterminated " + (c == '\''
                                ? "string" : "quoted identifier") + " starting at character " + (start + 1) + " of : "
                                + OgrSqlParser.abbreviate(s));
                    }
                    char d = s.charAt(i++);
                    if (d == c && i < s.length() && s.charAt(i) == c) {
                        b.append(c);
                        i++;
                    } else if (d == c) {
                        break;
                    } else if (d == '\\' && c == '\'' && i < s.length() && s.charAt(i) == '\'') {
                        b.append('\'');
                        i++;
                    } else {
                        b.append(d);
                    }
                }
                out.add(new Token(c == '\'' ? Type.STRING : Type.QUOTED, b.toString(), start));
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                int start = i;
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                    int j = i + 1;
                    if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                        j++;
                    }
                    if (j < s.length() && Character.isDigit(s.charAt(j))) {
                        i = j;
                        while (i < s.length() && Character.isDigit(s.charAt(i))) {
                            i++;
                        }
                    }
                }
                out.add(new Token(Type.NUMBER, s.substring(start, i), start));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
                        || s.charAt(i) == ':' || s.charAt(i) == '#' || s.charAt(i) == '$')) {
                    i++;
                }
                out.add(new Token(Type.WORD, s.substring(start, i), start));
            } else {
                String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                if (List.of("<=", ">=", "<>", "!=", "==").contains(two)) {
                    out.add(new Token(Type.SYMBOL, two, i));
                    i += 2;
                } else if ("=<>+-*/%(),.;".indexOf(c) >= 0) {
                    out.add(new Token(Type.SYMBOL, String.valueOf(c), i));
                    i++;
                } else {
                    throw new OgrSqlException("SQL Expression Parsing Error: syntax error, unexpected '" + c
                            + "' at character " + (i + 1) + " of : " + OgrSqlParser.abbreviate(s));
                }
            }
        }
        return out;
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
