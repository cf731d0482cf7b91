package org.jmapserv.render.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;

/**
 * JPEG through ImageIO (mirrors saveAsJPEG, mapimageio.c): always opaque RGB, translucent pixels written as
 * their premultiplied colour as MapServer does; FORMATOPTION QUALITY (default 75) and OPTIMIZED (optimized
 * Huffman tables, default on as in MapServer's built-in jpeg). Thread-safe: a writer per call.
 */
public final class JpegEncoder implements ImageEncoder {

    @Override
    public void encode(BufferedImage image, OutputFormat format, OutputStream out) throws IOException {
        int quality = format.intOption("QUALITY", 75);
        if (quality < 0 || quality > 100) {
            throw new OutputFormatException("OUTPUTFORMAT '" + format.name() + "': QUALITY must be 0..100, got "
                    + quality);
        }
        BufferedImage rgb = toOpaqueRgb(image);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new OutputFormatException("no JPEG writer available in this Java runtime");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            JPEGImageWriteParam param = new JPEGImageWriteParam(null);
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            param.setOptimizeHuffmanTables(!format.option("OPTIMIZED").isPresent() || format.flagOption("OPTIMIZED"));
            writer.setOutput(ios);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        out.flush();
    }

    private static BufferedImage toOpaqueRgb(BufferedImage image) {
        PixelRows rows = new PixelRows(image);
        BufferedImage rgb = new BufferedImage(rows.width(), rows.height(), BufferedImage.TYPE_INT_RGB);
        int[] row = new int[rows.width()];
        for (int y = 0; y < rows.height(); y++) {
            rows.opaque(y, row);
            rgb.setRGB(0, y, rows.width(), 1, row, 0, rows.width());
        }
        return rgb;
    }
}
