package org.jmapserv.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes a rendered canvas as msSaveImage does: RGB formats lose the alpha channel (the canvas is already
 * composited on IMAGECOLOR), RGBA ones keep it un-premultiplied; JPEG honours FORMATOPTION QUALITY.
 * Uses javax.imageio until render.output's encoders are merged in.
 */
final class ImageWriting {

    private ImageWriting() {
    }

    static void write(BufferedImage canvas, ChosenFormat format, OutputStream out) throws IOException {
        String kind = format.kind();
        if (kind.equals("JPEG") || kind.equals("JPG")) {
            writeJpeg(toType(canvas, BufferedImage.TYPE_INT_RGB), format, out);
            return;
        }
        BufferedImage img = toType(canvas, format.transparent() ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        if (!ImageIO.write(img, "png", out)) {
            throw new IOException("no PNG writer available");
        }
    }

    private static void writeJpeg(BufferedImage img, ChosenFormat format, OutputStream out) throws IOException {
        int quality = format.format().option("QUALITY").map(q -> Integer.parseInt(q.trim())).orElse(75);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = writer.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(Math.max(0, Math.min(100, quality)) / 100f);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, null), p);
        } finally {
            writer.dispose();
        }
    }

    static BufferedImage toType(BufferedImage src, int type) {
        if (src.getType() == type) {
            return src;
        }
        BufferedImage dst = new BufferedImage(src.getWidth(), src.getHeight(), type);
        int[] row = new int[src.getWidth()];
        for (int y = 0; y < src.getHeight(); y++) {
            src.getRGB(0, y, row.length, 1, row, 0, row.length);
            dst.setRGB(0, y, row.length, 1, row, 0, row.length);
        }
        return dst;
    }

}
