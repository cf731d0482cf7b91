package org.jmapserv.mapfile.model.expr;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a POSIX extended regular expression, as MapServer's ms_regcomp with MS_REG_EXTENDED does
 * (glibc regcomp), into a {@link Pattern} that finds the same matches. Only whether a match exists is
 * used (MS_REG_NOSUB), so POSIX leftmost-longest versus Java leftmost-first makes no difference. What the
 * translation takes care of: bracket expressions, where a backslash is literal and {@code [:alpha:]}
 * style classes, {@code [.x.]} and {@code [=x=]} appear; {@code .} matching newlines; {@code $} matching
 * only at the very end; the GNU escapes {@code \< \> \w \W \s \S \b \B}; and a quantifier with nothing
 * before it, which POSIX takes literally.
 */
public final class PosixRegex {

    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("alpha", "\\p{Alpha}"), Map.entry("digit", "0-9"), Map.entry("alnum", "\\p{Alnum}"),
            Map.entry("upper", "\\p{Upper}"), Map.entry("lower", "\\p{Lower}"), Map.entry("space", "\\s\\x0B"),
            Map.entry("punct", "\\p{Punct}"), Map.entry("print", "\\p{Print}"), Map.entry("graph", "\\p{Graph}"),
            Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("xdigit", "0-9A-Fa-f"), Map.entry("blank", " \\t"));

    private PosixRegex() {
    }

    /** The compiled pattern; {@link ExpressionEvaluationException} when the regex is invalid. */
    public static Pattern compile(String ere, boolean caseInsensitive) {
        try {
            int flags = Pattern.DOTALL | (caseInsensitive ? Pattern.CASE_INSENSITIVE : 0);
            return Pattern.compile(translate(ere), flags);
        } catch (IllegalArgumentException e) {
            throw new ExpressionEvaluationException("invalid regular expression /" + ere + "/: "
                    + (e instanceof PatternSyntaxException p ? p.getDescription() : e.getMessage()));
        }
    }

    /** The java.util.regex spelling of a POSIX ERE. */
    public static String translate(String ere) {
        StringBuilder out = new StringBuilder(ere.length() + 8);
        boolean operandBefore = false;
        int i = 0;
        while (i < ere.length()) {
            char c = ere.charAt(i);
            switch (c) {
                case '[' -> {
                    i = bracket(ere, i, out);
                    operandBefore = true;
                    continue;
                }
                case '\\' -> {
                    i = escape(ere, i, out);
                    operandBefore = true;
                    continue;
                }
                case '$' -> out.append("\\z");
                case '*', '+', '?' -> out.append(operandBefore ? String.valueOf(c) : "\\" + c);
                case '{' -> out.append(operandBefore ? "{" : "\\{");
                case '}' -> out.append(operandBefore ? "}" : "\\}");
                default -> out.append(c);
            }
            operandBefore = c != '(' && c != '|' && c != '^';
            i++;
        }
        return out.toString();
    }

    private static int escape(String ere, int i, StringBuilder out) {
        if (i + 1 >= ere.length()) {
            throw new IllegalArgumentException("trailing backslash");
        }
        char n = ere.charAt(i + 1);
        switch (n) {
            case '<' -> out.append("\\b(?=\\w)");
            case '>' -> out.append("\\b(?<=\\w)");
            case 'w', 'W', 's', 'S', 'b', 'B' -> out.append('\\').append(n);
            case '`' -> out.append("\\A");
            case '\'' -> out.append("\\z");
            default -> {
                if (n >= '1' && n <= '9') {
                    out.append('\\').append(n);
                } else {
                    out.append(Pattern.quote(String.valueOf(n)));
                }
            }
        }
        return i + 2;
    }

    /** Translates {@code [...]} starting at {@code start}; returns the index after its closing bracket. */
    private static int bracket(String ere, int start, StringBuilder out) {
        int i = start + 1;
        StringBuilder set = new StringBuilder("[");
        if (i < ere.length() && ere.charAt(i) == '^') {
            set.append('^');
            i++;
        }
        boolean first = true;
        while (i < ere.length()) {
            char c = ere.charAt(i);
            if (c == ']' && !first) {
                out.append(set).append(']');
                return i + 1;
            }
            first = false;
            if (c == '[' && i + 1 < ere.length() && ":.=".indexOf(ere.charAt(i + 1)) >= 0) {
                char kind = ere.charAt(i + 1);
                int end = ere.indexOf(kind + "]", i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated [" + kind + " in bracket expression");
                }
                String name = ere.substring(i + 2, end);
                if (kind == ':') {
                    String cls = CLASSES.get(name);
                    if (cls == null) {
                        throw new IllegalArgumentException("unknown character class [:" + name + ":]");
                    }
                    set.append(cls);
                } else {
                    set.append(literal(name));
                }
                i = end + 2;
                continue;
            }
            if (c == '-' && set.length() > 1 && i + 1 < ere.length() && ere.charAt(i + 1) != ']') {
                set.append('-');
            } else {
                set.append(literal(String.valueOf(c)));
            }
            i++;
        }
        throw new IllegalArgumentException("unmatched [");
    }

    private static String literal(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else {
                sb.append('\\').append(c);
            }
        }
        return sb.toString();
    }
}
