package org.jmapserv.mapfile.parse;

/**
 * A numeric check as getDouble()/getInteger() apply it (MS_NUM_CHECK_NONE, _RANGE, _GT, _GTE; mapfile.c).
 */
record Range(double min, double max, boolean minExclusive) {
    static final Range ANY = new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false);

    static Range between(double min, double max) {
        return new Range(min, max, false);
    }

    static Range atLeast(double min) {
        return new Range(min, Double.POSITIVE_INFINITY, false);
    }

    static Range above(double min) {
        return new Range(min, Double.POSITIVE_INFINITY, true);
    }

    boolean accepts(double v) {
        return (minExclusive ? v > min : v >= min) && v <= max;
    }

    String describe() {
        if (max == Double.POSITIVE_INFINITY) {
            return (minExclusive ? "greater than " : "at least ") + format(min);
        }
        return "between " + format(min) + " and " + format(max);
    }

    private static String format(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
