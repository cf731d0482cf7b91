package org.jmapserv.render.raster;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import org.jmapserv.render.RenderException;
import org.jmapserv.render.layer.PendingLayer;

/**
 * A layer that writes premultiplied ARGB pixels, as MapServer's raster layers write into the image's raster buffer
 * (msGetRasterBufferHandle): straight into the map's canvas when it is one plain INT_ARGB_PRE array, otherwise into
 * a temporary image drawn over the map.
 */
final class PixelLayer implements PendingLayer {

    /** Writes the layer's pixels; returns how many features (or pixels) it drew. */
    interface Painter {
        long paint(PixelTarget target) throws RenderException;
    }

    private final int width;
    private final int height;
    private final Painter painter;

    PixelLayer(int width, int height, Painter painter) {
        this.width = width;
        this.height = height;
        this.painter = painter;
    }

    @Override
    public long draw(Graphics2D g) throws RenderException {
        BufferedImage tmp = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        long n = painter.paint(pixels(tmp));
        g.drawImage(tmp, 0, 0, null);
        return n;
    }

    @Override
    public long drawOnto(BufferedImage target, Graphics2D g) throws RenderException {
        if (target.getType() == BufferedImage.TYPE_INT_ARGB_PRE && target.getRaster().getParent() == null
                && target.getRaster().getDataBuffer().getSize() == target.getWidth() * target.getHeight()) {
            return painter.paint(pixels(target));
        }
        return draw(g);
    }

    private static PixelTarget pixels(BufferedImage img) {
        return new PixelTarget(((DataBufferInt) img.getRaster().getDataBuffer()).getData(), img.getWidth(),
                img.getHeight());
    }
}
