package org.jmapserv.render.label;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.Shape;
import java.awt.geom.Path2D;

import org.jmapserv.data.ShapeKind;
import org.jmapserv.render.font.FontException;
import org.jmapserv.render.style.ColorText;
import org.jmapserv.render.style.LinePainter;
import org.jmapserv.render.style.PixelShape;
import org.jmapserv.render.style.StyleValues;
import org.jmapserv.render.symbol.MarkerPainter;

/**
 * Paints a placed label as msDrawLabelCache / msDrawTextSymbol with AGG: label STYLEs first (labelpoly
 * backgrounds as the text box grown by one pixel and turned with the label, labelpnt markers at the anchor), then the SHADOW copy, the
 * OUTLINECOLOR halo (a stroke 2 x OUTLINEWIDTH wide with round joins) and finally the glyphs in COLOR.
 */
public final class LabelPainter {

    private final MarkerPainter markers;

    public LabelPainter(MarkerPainter markers) {
        this.markers = markers;
    }

    /**
     * The halo as agg2RenderGlyphsPath draws it: the glyph outlines grown by an AGG contour of width
     * OUTLINEWIDTH + 1, i.e. pushed out by half that, with AGG's default miter joins (limit 4). Filling the
     * glyphs and stroking their outlines at that width covers the same area.
     */
    static BasicStroke haloStroke(double outlineWidth) {
        return new BasicStroke((float) (outlineWidth + 1), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f);
    }

    /**
     * The labelpoly msDrawLabelCache fills for GEOMTRANSFORM labelpoly styles: the text box grown by one pixel
     * (get_metrics with a buffer of 1), turned with the label.
     */
    static Shape labelPoly(TextBlock block) {
        LabelBounds b = block.bounds(1);
        if (b.ring() == null) {
            return b.box();
        }
        Path2D.Double p = new Path2D.Double();
        double[] ring = b.ring();
        p.moveTo(ring[0], ring[1]);
        for (int i = 2; i < ring.length; i += 2) {
            p.lineTo(ring[i], ring[i + 1]);
        }
        p.closePath();
        return p;
    }

    public void paint(Graphics2D g, LabelRequest l, TextBlock block) {
        paint(g, l, block, l.x(), l.y());
    }

    /**
     * msDrawOffsettedLabels' leader: the line from the label point to the moved label, stroked with each LEADER
     * STYLE as msDrawLineSymbol strokes a line.
     */
    public void paintLeader(Graphics2D g, LabelPlacer.LeaderPlacement leader, java.util.List<StyleValues> styles) {
        PixelShape line = new PixelShape(ShapeKind.LINE, new int[] {0},
                new double[] {leader.x0(), leader.y0(), leader.x1(), leader.y1()});
        LinePainter lines = new LinePainter(markers);
        for (StyleValues s : styles) {
            try {
                lines.paint(g, line, s);
            } catch (FontException e) {
                // a leader style whose marker font is missing is left out; the layer already checked its fonts
            }
        }
    }

    /** Paints the label with its label-point markers at (anchorX, anchorY): moved labels carry them along. */
    public void paint(Graphics2D g, LabelRequest l, TextBlock block, double anchorX, double anchorY) {
        for (StyleValues bg : l.backgrounds()) {
            Shape r = AffineTransform.getTranslateInstance(bg.offsetX(), bg.offsetY())
                    .createTransformedShape(labelPoly(block));
            if (bg.color().isSet()) {
                g.setColor(ColorText.awt(bg.color()));
                g.fill(r);
            }
            if (bg.outlineColor().isSet()) {
                g.setColor(ColorText.awt(bg.outlineColor()));
                g.setStroke(new BasicStroke((float) Math.max(bg.width(), 0.1)));
                g.draw(r);
            }
        }
        for (StyleValues m : l.markers()) {
            try {
                markers.paint(g, anchorX, anchorY, m, m.angle());
            } catch (FontException e) {
                // a label marker whose font is missing is left out; the layer already checked its fonts
            }
        }
        if (l.shadowColor().isSet()) {
            g.setColor(ColorText.awt(l.shadowColor()));
            g.fill(AffineTransform.getTranslateInstance(l.shadowX(), l.shadowY())
                    .createTransformedShape(block.outline()));
        }
        if (l.outlineColor().isSet() && l.outlineWidth() > 0) {
            g.setColor(ColorText.awt(l.outlineColor()));
            g.fill(block.outline());
            g.setStroke(haloStroke(l.outlineWidth()));
            g.draw(block.outline());
        }
        if (l.color().isSet()) {
            g.setColor(ColorText.awt(l.color()));
            g.fill(block.outline());
        }
    }
}
