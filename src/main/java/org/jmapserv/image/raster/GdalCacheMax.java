package org.jmapserv.image.raster;

import java.lang.management.ManagementFactory;

/**
 * The block cache budget as GDAL 3.6's GDALGetCacheMax64 reads the {@code GDAL_CACHEMAX} config option: a value
 * with a {@code %} is that share of the usable physical RAM, a number below 100,000 is megabytes, a larger one bytes;
 * a negative value is refused ("Invalid value for GDAL_CACHEMAX. Using default value.") and so is left unset: the
 * default, 5 % of the usable physical RAM. Like CPLAtoGIntBig, text after the leading number is ignored ({@code 1GB}
 * is 1 MB, {@code abc} is 0: no cache), as in GDAL 3.6.
 */
public final class GdalCacheMax {

    private static final long MB = 1024L * 1024L;

    private GdalCacheMax() {
    }

    /** The budget in bytes that {@code value} (null: unset) gives on a machine with {@code physicalRam} bytes. */
    public static long bytes(String value, long physicalRam) {
        long dflt = physicalRam > 0 ? physicalRam / 20 : 40 * MB;
        if (value == null) {
            return dflt;
        }
        String v = value.strip();
        if (v.indexOf('%') >= 0) {
            double pct = leadingDouble(v);
            double b = physicalRam * pct / 100.0;
            return physicalRam > 0 && b >= 0 && b < 1e15 ? (long) b : dflt;
        }
        long n = leadingLong(v);
        if (n < 0) {
            return dflt;
        }
        return n < 100_000 ? n * MB : n;
    }

    /** The budget for {@code value} on this machine (the container's memory limit when the JVM sees one). */
    public static long bytes(String value) {
        return bytes(value, physicalRam());
    }

    /** Physical RAM as the JVM sees it (cgroup limits included), or 0 when unknown. */
    static long physicalRam() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }

    /** CPLAtof: the leading decimal number, 0 when there is none. */
    private static double leadingDouble(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")
                .matcher(s);
        return m.find() ? Double.parseDouble(m.group()) : 0.0;
    }

    /** CPLAtoGIntBig (atoll): the leading integer, 0 when there is none. */
    private static long leadingLong(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[+-]?\\d{1,18}").matcher(s);
        return m.find() ? Long.parseLong(m.group()) : 0L;
    }
}
