package org.jmapserv.server;

/**
 * A WMS version as msOWSParseVersionString (mapows.cpp) reads it: "x.y" or "x.y.z" into one integer
 * {@code x*10000 + y*100 + z}; anything else is the OWS error MapServer reports. The constants are the versions
 * msWMSDispatch serves.
 */
final class WmsVersion {

    static final int NOT_SET = -1;
    static final int V100 = 10000;
    static final int V106 = 10006;
    static final int V107 = 10007;
    static final int V110 = 10100;
    static final int V111 = 10101;
    static final int V130 = 10300;

    private WmsVersion() {
    }

    /** {@link #NOT_SET} for null. */
    static int parse(String version) throws WmsException {
        if (version == null) {
            return NOT_SET;
        }
        String[] parts = version.split("\\.", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw bad(version);
        }
        int v = 0;
        int[] scale = {10000, 100, 1};
        for (int i = 0; i < parts.length; i++) {
            v += atoi(parts[i]) * scale[i];
        }
        return v;
    }

    static boolean supported(int v) {
        return v == V100 || v == V106 || v == V107 || v == V110 || v == V111 || v == V130;
    }

    static String text(int v) {
        return (v / 10000) + "." + (v / 100 % 100) + "." + (v % 100);
    }

    private static int atoi(String s) {
        int i = 0;
        int n = 0;
        String t = s.strip();
        if (t.startsWith("+")) {
            i = 1;
        }
        while (i < t.length() && Character.isDigit(t.charAt(i)) && n < 10000) {
            n = n * 10 + (t.charAt(i++) - '0');
        }
        return n;
    }

    private static WmsException bad(String version) {
        return new WmsException(null, "msOWSParseVersionString(): OWS error. Invalid version (" + version
                + "). Version must be in the format 'x.y' or 'x.y.z'");
    }
}
