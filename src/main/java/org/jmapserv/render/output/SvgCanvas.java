package org.jmapserv.render.output;

import java.awt.Graphics2D;
import java.nio.charset.StandardCharsets;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * The SVG surface of {@code DRIVER CAIRO/SVG} (cairo_svg_surface_create_for_stream in msImageCreateCairo): an
 * {@code <svg>} whose width and height are the map's pixel size in points with a viewBox in pixels, as Cairo writes
 * it, drawn through JFreeSVG's Graphics2D.
 */
final class SvgCanvas implements VectorCanvas {

    private final SVGGraphics2D g;
    private final int width;
    private final int height;

    SvgCanvas(int width, int height) {
        this.width = width;
        this.height = height;
        this.g = new SVGGraphics2D(width, height, SVGUnits.PT);
        // four decimals are below any visible difference and keep documents about half as big as full doubles
        g.setGeomDoubleConverter(SvgCanvas::number);
        g.setTransformDoubleConverter(SvgCanvas::number);
        g.setRenderingHint(VectorCanvas.NO_TEXTURE_PAINT, Boolean.TRUE);
        g.setRenderingHint(VectorCanvas.VECTOR_PAGE, Boolean.TRUE);
    }

    @Override
    public Graphics2D graphics() {
        return g;
    }

    @Override
    public byte[] finish() {
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null) + "\n";
        g.dispose();
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.4f", v);
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        return s.charAt(end - 1) == '.' ? s.substring(0, end - 1) : s.substring(0, end);
    }
}
