package org.jmapserv.render.legend;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Locale;

import org.jmapserv.mapfile.model.Align;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.ScalebarDef;
import org.jmapserv.mapfile.model.Units;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.font.FontException;
import org.jmapserv.render.style.ColorText;

/**
 * The scalebar image, mirroring msDrawScalebar (mapscale.c, cartesian measure): the interval is the rounded
 * ({@link #roundInterval}) distance of the SIZE width less margins divided by INTERVALS, shrunk 5 pixels at a
 * time until bar and last label fit; STYLE 0 alternates COLOR and BACKGROUNDCOLOR boxes framed by OUTLINECOLOR,
 * STYLE 1 is a line with ticks; labels under each division, the last one with the unit abbreviation.
 */
public final class ScalebarDrawer {

    private static final int HMARGIN = 3;
    private static final int VMARGIN = 3;
    private static final double VSPACING = 0.8;
    private static final int VSLOP = 5;
    private static final int X_STEP = 5;

    private final LegendTools tools;

    public ScalebarDrawer(LegendTools tools) {
        this.tools = tools;
    }

    /** Draws the scalebar on {@code background} (null: transparent), or fails as msDrawScalebar does. */
    public BufferedImage draw(Color background) throws RenderException {
        ScalebarDef sb = tools.map().scalebar();
        if (sb.style() != 0 && sb.style() != 1) {
            throw new RenderException("msDrawScalebar(): Unsupported scalebar style.");
        }
        if (tools.view().units() == Units.PIXELS || tools.view().units() == Units.PERCENTAGES) {
            throw new RenderException("msDrawScalebar(): Map units not set.");
        }
        LegendText text = text(sb);
        Rectangle2D digits = text.bounds("0123456789");
        double fontWidth = digits.getWidth() / 10.0;
        double fontHeight = digits.getHeight();
        double unitsPerMapUnit = tools.view().units().inchesPerUnit() / sb.units().inchesPerUnit();
        double cell = tools.view().cellSize();
        int dsx = sb.width() - 2 * HMARGIN;
        double interval;
        int isx;
        int sx;
        do {
            double msx = cell * dsx * unitsPerMapUnit;
            interval = roundInterval(msx / sb.intervals());
            double unitsPerPixel = msx / dsx;
            isx = (int) Math.round(interval / unitsPerPixel);
            sx = sb.intervals() * isx + (int) Math.round((1.5 + format(sb.intervals() * interval).length() / 2.0
                    + unitText(sb.units()).length()) * fontWidth);
            dsx -= X_STEP;
        } while (sx > sb.width() - 2 * HMARGIN && dsx > 0);
        int sy = 2 * VMARGIN + (int) Math.round(VSPACING * fontHeight) + (int) fontHeight + sb.height() - VSLOP;
        BufferedImage img = Canvases.create(sb.width(), Math.max(1, sy), background);
        Graphics2D g = Canvases.graphics(img);
        int ox = sb.align() == Align.LEFT ? HMARGIN : sb.align() == Align.RIGHT
                ? (int) Math.round(sb.width() - sx + fontWidth) : (int) Math.round((sb.width() - sx) / 2.0 + fontWidth / 2.0);
        int oy = VMARGIN;
        double labelY = oy + sb.height() + Math.round(VSPACING * fontHeight);
        if (sb.style() == 0) {
            drawBoxes(g, sb, ox, oy, isx);
        } else {
            drawTicks(g, sb, ox, oy, isx);
        }
        for (int j = 0; j < sb.intervals(); j++) {
            centred(g, text, format(j * interval), ox + j * isx, labelY);
        }
        String last = format(sb.intervals() * interval);
        double lastX = ox + sb.intervals() * isx - Math.round(last.length() * fontWidth / 2.0);
        rightOf(g, text, last + " " + unitText(sb.units()), lastX, labelY);
        g.dispose();
        return img;
    }

    private static void drawBoxes(Graphics2D g, ScalebarDef sb, int ox, int oy, int isx) {
        for (int j = 0; j < sb.intervals(); j++) {
            Rectangle2D box = new Rectangle2D.Double(ox + j * isx + 0.5, oy + 0.5, isx, sb.height());
            Color fill = j % 2 == 0 && sb.color().isSet() ? sb.color() : sb.backgroundColor();
            if (fill.isSet()) {
                g.setColor(ColorText.awt(fill.withAlpha(255)));
                g.fill(box);
            }
            if (sb.color().isSet() && sb.outlineColor().isSet()) {
                g.setColor(ColorText.awt(sb.outlineColor().withAlpha(255)));
                g.setStroke(new BasicStroke(1f));
                g.draw(box);
            }
        }
    }

    private static void drawTicks(Graphics2D g, ScalebarDef sb, int ox, int oy, int isx) {
        if (!sb.color().isSet()) {
            return;
        }
        g.setColor(ColorText.awt(sb.color()));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(ox, oy, ox + isx * sb.intervals(), oy));
        for (int j = 0; j <= sb.intervals(); j++) {
            g.draw(new Line2D.Double(ox + j * isx, oy, ox + j * isx, oy + sb.height()));
        }
    }

    /** POSITION CC around (x, y): the text's ink box centred on the point. */
    private static void centred(Graphics2D g, LegendText text, String s, double x, double y) {
        Rectangle2D b = text.bounds(s);
        text.draw(g, s, x - b.getCenterX(), y - b.getCenterY());
    }

    /** POSITION CR of (x, y): the text starts right of the point, vertically centred. */
    private static void rightOf(Graphics2D g, LegendText text, String s, double x, double y) {
        Rectangle2D b = text.bounds(s);
        text.draw(g, s, x - b.getMinX(), y - b.getCenterY());
    }

    private LegendText text(ScalebarDef sb) throws RenderException {
        try {
            return LegendText.of(sb.label(), tools.fonts(), tools.fontSet());
        } catch (FontException e) {
            throw new RenderException("msDrawScalebar(): SCALEBAR LABEL: " + e.getMessage());
        }
    }

    /** printf's %g as MapServer formats interval labels: no trailing zeros. */
    static String format(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            return s;
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    /** roundInterval (mapscale.c): one significant step of rounding per order of magnitude. */
    static double roundInterval(double d) {
        if (d < .001) {
            return Math.round(d * 10000) / 10000.0;
        }
        if (d < .01) {
            return Math.round(d * 1000) / 1000.0;
        }
        if (d < .1) {
            return Math.round(d * 100) / 100.0;
        }
        if (d < 1) {
            return Math.round(d * 10) / 10.0;
        }
        if (d < 100) {
            return Math.round(d);
        }
        double step = Math.pow(10, Math.floor(Math.log10(d)) - 1);
        return Math.round(d / step) * step;
    }

    /** unitText (mapscale.c). */
    static String unitText(Units u) {
        return switch (u) {
            case INCHES -> "in";
            case FEET -> "ft";
            case MILES -> "mi";
            case METERS -> "m";
            case KILOMETERS -> "km";
            case DD -> "dd";
            case PIXELS -> "pixels";
            case NAUTICALMILES -> "nm";
            default -> "";
        };
    }
}
