package org.jmapserv.render.layer;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.jmapserv.render.RenderException;

/** A layer ready to draw after the prepare phase; {@link #draw} returns the number of features drawn. */
public interface PendingLayer {

    long draw(Graphics2D g) throws RenderException;

    /** False while the layer is still waiting for something (a remote image in flight); {@link #draw} would block. */
    default boolean isReady() {
        return true;
    }

    /**
     * Draws onto {@code target}, the image {@code g} paints on (untransformed, unclipped, source-over). Layers that are
     * whole images (WMS) override this to blend straight into the target's pixels.
     */
    default long drawOnto(BufferedImage target, Graphics2D g) throws RenderException {
        return draw(g);
    }
}
