package org.jmapserv.render.output;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Locale;

/**
 * Marks a canvas drawn as MapServer's Cairo renderer (mapcairo.c) draws, for the few places where Cairo's
 * drawing differs from AGG's: CAIRO/PNG and CAIRO/JPEG rasters and the CAIRO/SVG and CAIRO/PDF pages. Cairo
 * fills polygons with plain coverage (no FORMATOPTION GAMMA, which only agg2CreateImage reads) and draws SVG
 * symbols as vectors (renderSVGSymbolCairo through librsvg) where AGG rasterises them first
 * (msRenderRasterizedSVGSymbol). Lines keep their LINECAP but always join round (msImageCreateCairo sets round
 * joins once and renderLineCairo never changes them), and their PATTERN is Cairo's dash array as given; the
 * cap the last line set stays on the context, so an unfilled vector marker is stroked with it.
 */
public final class CairoDrawing {

    private static final RenderingHints.Key KEY = new RenderingHints.Key(0x7ec9) {
        @Override
        public boolean isCompatibleValue(Object val) {
            return val instanceof State;
        }
    };

    /** The cairo_t state MapServer leaves behind between drawings: the line cap renderLineCairo last set. */
    private static final class State {
        private org.jmapserv.mapfile.model.LineCap lineCap = org.jmapserv.mapfile.model.LineCap.ROUND;
    }

    private CairoDrawing() {
    }

    /** True for the CAIRO/* drivers (the raster ones and the vector documents). */
    public static boolean isCairo(OutputFormat format) {
        return format.driver().toUpperCase(Locale.ROOT).startsWith("CAIRO/");
    }

    /** Marks {@code g} as a Cairo canvas. */
    public static void mark(Graphics2D g) {
        g.setRenderingHint(KEY, new State());
    }

    /** True when {@code g} draws for a Cairo driver (see {@link #mark}). */
    public static boolean isCairo(Graphics2D g) {
        return g.getRenderingHint(KEY) instanceof State;
    }

    /**
     * The cap renderLineCairo sets for a line's LINECAP (BUTT, SQUARE, else ROUND), remembered on {@code g}'s
     * context as Cairo keeps it.
     */
    public static org.jmapserv.mapfile.model.LineCap lineCap(Graphics2D g, org.jmapserv.mapfile.model.LineCap cap) {
        org.jmapserv.mapfile.model.LineCap c = cap == org.jmapserv.mapfile.model.LineCap.BUTT
                || cap == org.jmapserv.mapfile.model.LineCap.SQUARE ? cap : org.jmapserv.mapfile.model.LineCap.ROUND;
        if (g.getRenderingHint(KEY) instanceof State s) {
            s.lineCap = c;
        }
        return c;
    }

    /** The cap the context of {@code g} has now: the last line's, ROUND before any line (msImageCreateCairo). */
    public static org.jmapserv.mapfile.model.LineCap currentLineCap(Graphics2D g) {
        return g.getRenderingHint(KEY) instanceof State s ? s.lineCap : org.jmapserv.mapfile.model.LineCap.ROUND;
    }

    /**
     * Cairo's dash array for a PATTERN: the lengths as given; an odd count repeats once (cairo_set_dash). A dash
     * of length 0 becomes a sliver of {@link #ZERO_DASH} (taken from the gap after it), so that it still gets its
     * caps, as Cairo's stroker caps zero-length dashes (round caps make the dotted lines of {@code PATTERN 0 n}).
     */
    public static double[] dashes(java.util.List<Double> pattern) {
        if (pattern == null || pattern.isEmpty()) {
            return null;
        }
        int n = pattern.size() % 2 == 0 ? pattern.size() : pattern.size() * 2;
        double[] d = new double[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            d[i] = Math.max(0, pattern.get(i % pattern.size()));
            any |= d[i] > 0;
        }
        if (!any) {
            return null;
        }
        for (int i = 0; i < n; i += 2) {
            if (d[i] == 0 && d[i + 1] > ZERO_DASH) {
                d[i] = ZERO_DASH;
                d[i + 1] -= ZERO_DASH;
            }
        }
        return d;
    }

    /** The length, in pixels, a zero-length dash is drawn with (see {@link #dashes}). */
    static final double ZERO_DASH = 1e-3;

    /** Carries the mark of {@code from} over to {@code to}, a Graphics2D on an image drawn for the same map. */
    public static void copyMark(Graphics2D from, Graphics2D to) {
        if (from.getRenderingHint(KEY) instanceof State s) {
            to.setRenderingHint(KEY, s);
        }
    }
}
