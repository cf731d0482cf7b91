package org.jmapserv.render.scanline;

/**
 * The 256-entry lookup that turns raw coverage into drawn alpha, as rasterizer_scanline_aa::gamma builds it
 * (each entry uround(f(i / 255) * 255)). MapServer gives its polygon rasteriser gamma_linear(0, GAMMA) with the
 * OUTPUTFORMAT's FORMATOPTION GAMMA (default 0.75) when 0 &lt; GAMMA &lt; 1 (agg2CreateImage, mapagg.cpp); lines,
 * markers and text get no gamma.
 */
public final class CoverageGamma {

    /** MapServer's default FORMATOPTION GAMMA. */
    public static final double MAPSERVER_DEFAULT = 0.75;

    private static final CoverageGamma NONE = new CoverageGamma(identityTable());

    private final int[] table;

    private CoverageGamma(int[] table) {
        this.table = table;
    }

    /** Identity: coverage is alpha. */
    public static CoverageGamma none() {
        return NONE;
    }

    /**
     * gamma_linear(0, end): coverage at or above {@code end} draws fully, below it scales linearly. Values
     * outside (0, 1) mean no gamma, as MapServer ignores them.
     */
    public static CoverageGamma linear(double end) {
        if (!(end > 0 && end < 1)) {
            return NONE;
        }
        int[] t = new int[256];
        for (int i = 0; i < 256; i++) {
            double v = i / 255.0;
            double f = v >= end ? 1 : v / end;
            t[i] = (int) (f * 255 + 0.5);
        }
        return new CoverageGamma(t);
    }

    int apply(int cover) {
        return table[cover];
    }

    private static int[] identityTable() {
        int[] t = new int[256];
        for (int i = 0; i < 256; i++) {
            t[i] = i;
        }
        return t;
    }
}
