package org.jmapserv.image;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes an encoded image (PNG, JPEG, GIF, TIFF, ...) held in memory into the canvas's own layout,
 * {@code TYPE_INT_ARGB_PRE}, so that compositing in layer order is a plain blend. PNGs go through our own
 * {@link PngArgbPreDecoder}; everything else (and the PNG forms it leaves alone) through ImageIO. Used by the WMS
 * client for GetMap answers (msDrawWMSLayerLow reads them with GDAL) and by raster layers for small images.
 */
public final class ArgbPreImageDecoder {

    private ArgbPreImageDecoder() {
    }

    /**
     * The decoded image, or an IOException naming what is wrong with the data (never a RuntimeException from a
     * codec); {@code png} says the data was sniffed as PNG.
     */
    public static BufferedImage decode(byte[] data, boolean png) throws IOException {
        long bytes = ImageHeader.of(data).map(ImageHeader::argbBytes).orElse((long) data.length * 4);
        try (DecodeMemoryBudget.Reservation r = DecodeMemoryBudget.shared().reserve(bytes * 2)) {
            return decodeWithin(data, png);
        } catch (OutOfMemoryError e) {
            throw new IOException("out of memory while decoding a " + (bytes >> 20) + " MB image");
        }
    }

    private static BufferedImage decodeWithin(byte[] data, boolean png) throws IOException {
        try {
            if (png) {
                Optional<BufferedImage> fast = PngArgbPreDecoder.decode(data);
                if (fast.isPresent()) {
                    return fast.get();
                }
            }
            // an in-memory stream: ImageIO.read(InputStream) would cache the data in a temporary file
            BufferedImage image = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(data)));
            if (image == null) {
                throw new IOException("no image decoder recognises the data");
            }
            return toArgbPre(image);
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    /** {@code image} converted to premultiplied ARGB; Java2D premultiplies exactly as it would while drawing it. */
    public static BufferedImage toArgbPre(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_ARGB_PRE) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = out.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
