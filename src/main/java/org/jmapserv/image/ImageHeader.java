package org.jmapserv.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The pixel size an encoded image declares in its header, read without decoding any pixel (PNG's IHDR directly,
 * other formats through ImageIO's header-only {@code getWidth/getHeight}), so an answer far larger than what was
 * asked for can be refused before it costs memory. GDAL, which MapServer decodes WMS answers with, also learns the
 * size from the header first.
 */
public record ImageHeader(int width, int height) {

    /** Bytes the image takes once decoded to ARGB. */
    public long argbBytes() {
        return (long) width * height * 4;
    }

    /** The declared size, or empty when the header cannot be read (the decoder will then say why). */
    public static java.util.Optional<ImageHeader> of(byte[] data) {
        if (data.length >= 24 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G'
                && data[12] == 'I' && data[13] == 'H' && data[14] == 'D' && data[15] == 'R') {
            return java.util.Optional.of(new ImageHeader(int32(data, 16), int32(data, 20)));
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return java.util.Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return java.util.Optional.of(new ImageHeader(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static int int32(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
