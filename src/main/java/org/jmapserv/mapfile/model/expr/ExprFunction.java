package org.jmapserv.mapfile.model.expr;

import java.util.Locale;
import java.util.Optional;

/**
 * The functions of MapServer's expression language (mapparser.y) with the argument counts its grammar
 * accepts. Spatial predicates appear here in their function form, e.g. {@code dwithin(a, b, d)}.
 */
public enum ExprFunction {
    LENGTH(1, 1), AREA(1, 1), ROUND(1, 2), TOSTRING(2, 2), COMMIFY(1, 1),
    UPPER(1, 1), LOWER(1, 1), INITCAP(1, 1), FIRSTCAP(1, 1),
    BUFFER(2, 2), DIFFERENCE(2, 2), SIMPLIFY(2, 2), SIMPLIFYPT(2, 2), GENERALIZE(2, 2),
    SMOOTHSIA(1, 4), CENTERLINE(1, 1), DENSIFY(2, 2), OUTER(1, 1), INNER(1, 1), JAVASCRIPT(2, 2),
    FROMTEXT(1, 1),
    INTERSECTS(2, 2), DISJOINT(2, 2), TOUCHES(2, 2), OVERLAPS(2, 2), CROSSES(2, 2), WITHIN(2, 2),
    CONTAINS(2, 2), EQUALS(2, 2), BEYOND(3, 3), DWITHIN(3, 3);

    private final int minArgs;
    private final int maxArgs;

    ExprFunction(int minArgs, int maxArgs) {
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
    }

    public int minArgs() {
        return minArgs;
    }

    public int maxArgs() {
        return maxArgs;
    }

    /** The name as written in a mapfile (lower case; MapServer matches it case-insensitively). */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The function of that name, any case. */
    public static Optional<ExprFunction> byName(String name) {
        for (ExprFunction f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
