package org.jmapserv.render.legend;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.render.RenderException;

/**
 * One class's legend key on its own canvas, as msCreateLegendIcon (maplegend.c) makes it for WMS
 * GetLegendGraphic RULE=: the key fills the whole image, no margins and no text.
 */
public final class LegendIcons {

    private LegendIcons() {
    }

    /** {@code background} null draws on a transparent canvas; {@code scaleDenom} &lt;= 0 ignores scale limits. */
    public static BufferedImage draw(LegendTools tools, LayerDef layer, ClassDef cls, int width, int height,
            Color background, double scaleDenom) throws RenderException {
        BufferedImage img = Canvases.create(Math.max(1, width), Math.max(1, height), background);
        Graphics2D g = Canvases.graphics(img);
        try {
            new LegendKeyPainter(tools).paint(g, layer, cls, 0, 0, width, height, scaleDenom);
        } finally {
            g.dispose();
        }
        return img;
    }
}
