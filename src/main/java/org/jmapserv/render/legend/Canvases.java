package org.jmapserv.render.legend;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import org.jmapserv.mapfile.model.Color;

/** Legend and scalebar canvases set up as msImageCreate with the AGG renderer: premultiplied ARGB, antialiased. */
final class Canvases {

    private Canvases() {
    }

    /** A canvas filled with {@code background}, or transparent when it is null or unset. */
    static BufferedImage create(int w, int h, Color background) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        if (background != null && background.isSet()) {
            Graphics2D g = img.createGraphics();
            g.setColor(new java.awt.Color(background.red(), background.green(), background.blue()));
            g.fillRect(0, 0, w, h);
            g.dispose();
        }
        return img;
    }

    static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }
}
