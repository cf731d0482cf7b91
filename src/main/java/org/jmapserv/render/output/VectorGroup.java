package org.jmapserv.render.output;

import java.awt.Graphics2D;
import java.util.Map;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfTransparencyGroup;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * A layer drawn as a vector group painted at an opacity on an SVG or PDF page: what msDrawLayer does for a
 * COMPOSITE OPACITY layer through Cairo's startLayerVectorCairo / closeLayerVectorCairo (cairo_push_group, then
 * cairo_pop_group_to_source and cairo_paint_with_alpha), so overlapping shapes of the layer do not show through
 * each other. In SVG the group is a {@code <g opacity="…">} (8.0 writes the same group masked by a rectangle of
 * that opacity); in PDF a Form XObject with a transparency /Group painted with /ca and /CA, as 8.0's PDF has it.
 */
public final class VectorGroup {

    private final Graphics2D page;
    private final Graphics2D graphics;
    private final PdfTemplate template;
    private final float alpha;

    private VectorGroup(Graphics2D page, Graphics2D graphics, PdfTemplate template, float alpha) {
        this.page = page;
        this.graphics = graphics;
        this.template = template;
        this.alpha = alpha;
    }

    /**
     * Starts a group on {@code page} to be painted at {@code alpha} (0..1), or returns null when {@code page} is
     * not an SVG or PDF page's Graphics2D.
     */
    public static VectorGroup begin(Graphics2D page, float alpha, int width, int height) {
        if (page instanceof SVGGraphics2D) {
            page.setRenderingHint(SVGHints.KEY_BEGIN_GROUP,
                    Map.of("opacity", String.format(java.util.Locale.ROOT, "%.4f", alpha)));
            return new VectorGroup(page, page, null, alpha);
        }
        if (page instanceof PdfGraphics2D pdf) {
            PdfTemplate t = pdf.getContent().createTemplate(width, height);
            t.setGroup(new PdfTransparencyGroup());
            Graphics2D tg = t.createGraphicsShapes(width, height);
            tg.setRenderingHints(page.getRenderingHints());
            tg.setTransform(page.getTransform());
            tg.setClip(page.getClip());
            return new VectorGroup(page, tg, t, alpha);
        }
        return null;
    }

    /** The Graphics2D the layer draws on: the page itself for SVG, the group's own for PDF. */
    public Graphics2D graphics() {
        return graphics;
    }

    /** Closes the group and paints it onto the page at its opacity (cairo_paint_with_alpha). */
    public void end() {
        if (template == null) {
            page.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
            return;
        }
        graphics.dispose();
        PdfContentByte cb = ((PdfGraphics2D) page).getContent();
        cb.saveState();
        PdfGState gs = new PdfGState();
        gs.setFillOpacity(alpha);
        gs.setStrokeOpacity(alpha);
        cb.setGState(gs);
        cb.addTemplate(template, 0, 0);
        cb.restoreState();
    }
}
