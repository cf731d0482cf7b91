package org.jmapserv.render.output;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Locale;

/**
 * Marks a canvas drawn as MapServer's Cairo renderer (mapcairo.c) draws, for the few places where Cairo's
 * drawing differs from AGG's: CAIRO/PNG and CAIRO/JPEG rasters and the CAIRO/SVG and CAIRO/PDF pages. Cairo
 * fills polygons with plain coverage (no FORMATOPTION GAMMA, which only agg2CreateImage reads) and draws SVG
 * symbols as vectors (renderSVGSymbolCairo through librsvg) where AGG rasterises them first
 * (msRenderRasterizedSVGSymbol).
 */
public final class CairoDrawing {

    private static final RenderingHints.Key KEY = new RenderingHints.Key(0x7ec9) {
        @Override
        public boolean isCompatibleValue(Object val) {
            return val instanceof Boolean;
        }
    };

    private CairoDrawing() {
    }

    /** True for the CAIRO/* drivers (the raster ones and the vector documents). */
    public static boolean isCairo(OutputFormat format) {
        return format.driver().toUpperCase(Locale.ROOT).startsWith("CAIRO/");
    }

    /** Marks {@code g} as a Cairo canvas. */
    public static void mark(Graphics2D g) {
        g.setRenderingHint(KEY, Boolean.TRUE);
    }

    /** True when {@code g} draws for a Cairo driver (see {@link #mark}). */
    public static boolean isCairo(Graphics2D g) {
        return Boolean.TRUE.equals(g.getRenderingHint(KEY));
    }

    /** Carries the mark of {@code from} over to {@code to}, a Graphics2D on an image drawn for the same map. */
    public static void copyMark(Graphics2D from, Graphics2D to) {
        if (isCairo(from)) {
            mark(to);
        }
    }
}
