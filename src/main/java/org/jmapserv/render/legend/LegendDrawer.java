package org.jmapserv.render.legend;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.LegendDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.font.FontException;

/**
 * The legend image, mirroring msLegendCalcSize and msDrawLegend (maplegend.c): one key per class that has a
 * TITLE or NAME, for every layer that is not OFF or QUERY and is in scale; the last layer in drawing order comes
 * first and its classes keep their order; each row is KEYSIZE high or as high as its text, rows KEYSPACING y
 * apart, 5 pixel margins, text KEYSPACING x right of the key, baseline so the text's ink bottom sits on the row's
 * bottom (plus LABEL OFFSET).
 */
public final class LegendDrawer {

    static final int MARGIN = 5;

    /** One row of the legend. */
    record Row(LayerDef layer, ClassDef cls, String text, int height) {
    }

    private final LegendTools tools;
    private final boolean scaleIndependent;

    public LegendDrawer(LegendTools tools) {
        this(tools, false);
    }

    /**
     * With {@code scaleIndependent} every layer and class is listed whatever the map scale, as msDrawLegend and
     * msLegendCalcSize do when WMS GetCapabilities / GetLegendGraphic ask for a scale-independent legend.
     */
    public LegendDrawer(LegendTools tools, boolean scaleIndependent) {
        this.tools = tools;
        this.scaleIndependent = scaleIndependent;
    }

    /** The legend image's size without drawing it (msLegendCalcSize). */
    public java.awt.Dimension size() throws RenderException {
        return size(tools.map().layers());
    }

    /**
     * The size of the legend of {@code layers} alone, each listed whatever its STATUS (msLegendCalcSize with a
     * layer list, as GetCapabilities sizes each LegendURL); one drawer serves many calls.
     */
    public java.awt.Dimension size(List<LayerDef> layers) throws RenderException {
        LegendDef legend = tools.map().legend();
        if (sizeText == null) {
            sizeText = text(legend);
        }
        List<Row> rows = rows(legend, sizeText, layers, true);
        return new java.awt.Dimension(width(legend, sizeText, rows), Math.max(1, height(legend, rows)));
    }

    private LegendText sizeText;

    private static int height(LegendDef legend, List<Row> rows) {
        int height = 2 * MARGIN + Math.max(0, rows.size() - 1) * legend.keySpacingY();
        for (Row r : rows) {
            height += r.height();
        }
        return height;
    }

    private static int width(LegendDef legend, LegendText text, List<Row> rows) {
        int maxWidth = 0;
        for (Row r : rows) {
            if (!r.text().isEmpty()) {
                // msGetTextSymbolSize's width: the text path's pen advance, not its ink
                maxWidth = Math.max(maxWidth, (int) Math.round(text.glyphs(r.text()).getLogicalBounds().getWidth()));
            }
        }
        return 2 * MARGIN + maxWidth + legend.keySpacingX() + legend.keySizeX();
    }

    /** Draws the legend on a canvas of {@code background} (null: transparent); returns the canvas. */
    public BufferedImage draw(org.jmapserv.mapfile.model.Color background) throws RenderException {
        LegendDef legend = tools.map().legend();
        LegendText text = text(legend);
        List<Row> rows = rows(legend, text);
        int height = height(legend, rows);
        int width = width(legend, text, rows);
        BufferedImage img = Canvases.create(width, Math.max(1, height), background);
        Graphics2D g = Canvases.graphics(img);
        LegendKeyPainter keys = new LegendKeyPainter(tools);
        double y = MARGIN;
        double x = MARGIN + legend.keySizeX() + legend.keySpacingX();
        for (Row r : rows) {
            keys.paint(g, r.layer(), r.cls(), MARGIN, (int) y, legend.keySizeX(), legend.keySizeY(),
                    scaleIndependent ? -1 : tools.view().scaleDenom());
            y += r.height();
            if (!r.text().isEmpty()) {
                Rectangle2D b = text.bounds(r.text());
                double offX = legend.label() == null ? 0 : legend.label().offsetX();
                double offY = legend.label() == null ? 0 : legend.label().offsetY();
                text.draw(g, r.text(), x + offX, y - b.getMaxY() + offY);
            }
            y += legend.keySpacingY();
        }
        g.dispose();
        return img;
    }

    private LegendText text(LegendDef legend) throws RenderException {
        try {
            return LegendText.of(legend.label(), tools.fonts(), tools.fontSet());
        } catch (FontException e) {
            throw new RenderException("msDrawLegend(): LEGEND LABEL: " + e.getMessage());
        }
    }

    /** The rows top to bottom: layers last-drawn first, classes in mapfile order within a layer. */
    List<Row> rows(LegendDef legend, LegendText text) {
        return rows(legend, text, tools.map().layers(), false);
    }

    private List<Row> rows(LegendDef legend, LegendText text, List<LayerDef> layers, boolean anyStatus) {
        double scale = scaleIndependent ? -1 : tools.view().scaleDenom();
        List<Row> rows = new ArrayList<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            LayerDef l = layers.get(i);
            if ((l.status() == Status.OFF && !anyStatus) || l.type() == LayerType.QUERY || !inScale(l.minScaleDenom(),
                    l.maxScaleDenom(), scale)) {
                continue;
            }
            for (ClassDef c : l.classes()) {
                String t = c.title() != null ? c.title() : c.name();
                if (t == null || !inScale(c.minScaleDenom(), c.maxScaleDenom(), scale)
                        || (l.classGroup() != null && !l.classGroup().equalsIgnoreCase(c.group()))) {
                    continue;
                }
                int h = t.isEmpty() ? legend.keySizeY()
                        : Math.max((int) Math.round(text.bounds(t).getHeight()), legend.keySizeY());
                rows.add(new Row(l, c, t, h));
            }
        }
        return rows;
    }

    static boolean inScale(double min, double max, double scale) {
        if (scale <= 0) {
            return true;
        }
        return !(max > 0 && scale > max) && !(min > 0 && scale <= min);
    }
}
