package org.jmapserv.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.jmapserv.mapfile.model.OutputFormatDef.ImageMode;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    private static final OutputFormat OPAQUE = new OutputFormatResolver(List.of()).select("png");
    private static final OutputFormat TRANSPARENT = OPAQUE.withTransparent(true);

    static BufferedImage roundTrip(ImageEncoder encoder, BufferedImage image, OutputFormat format)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        encoder.encode(image, format, bytes);
        return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void opaqueFormatWritesRgbThatDecodesExactly() throws IOException {
        BufferedImage src = MapLikeImages.map(301, 203, BufferedImage.TYPE_INT_RGB, false);
        BufferedImage back = roundTrip(new PngEncoder(), src, OPAQUE);
        assertFalse(back.getColorModel().hasAlpha());
        assertSamePixels(src, back);
    }

    @Test
    void transparentFormatWritesStraightAlphaExactly() throws IOException {
        BufferedImage src = MapLikeImages.map(257, 130, BufferedImage.TYPE_INT_ARGB, true);
        BufferedImage back = roundTrip(new PngEncoder(), src, TRANSPARENT);
        assertTrue(back.getColorModel().hasAlpha());
        assertSamePixels(src, back);
    }

    @Test
    void premultipliedImageIsUnpremultipliedByRounding() throws IOException {
        BufferedImage src = MapLikeImages.map(120, 90, BufferedImage.TYPE_INT_ARGB_PRE, true);
        int[] raw = ((java.awt.image.DataBufferInt) src.getRaster().getDataBuffer()).getData();
        BufferedImage back = roundTrip(new PngEncoder(), src, TRANSPARENT);
        for (int y = 0; y < 90; y++) {
            for (int x = 0; x < 120; x++) {
                int pre = raw[y * 120 + x];
                int a = pre >>> 24;
                int got = back.getRGB(x, y);
                assertEquals(a, got >>> 24);
                if (a == 0) {
                    assertEquals(0, got);
                    continue;
                }
                for (int shift = 0; shift < 24; shift += 8) {
                    int expected = Math.min(255, Math.round(((pre >> shift) & 0xFF) * 255f / a));
                    assertEquals(expected, (got >> shift) & 0xFF, 1, "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void opaqueFormatCompositesTranslucentPixelsOverBlack() throws IOException {
        BufferedImage src = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        src.setRGB(0, 0, 0x80FF0000);
        src.setRGB(1, 0, 0x00FFFFFF);
        BufferedImage back = roundTrip(new PngEncoder(), src, OPAQUE);
        assertEquals(0xFF800000, back.getRGB(0, 0));
        assertEquals(0xFF000000, back.getRGB(1, 0));
    }

    @Test
    void everyCompressionLevelDecodesToTheSamePixels() throws IOException {
        BufferedImage src = MapLikeImages.map(160, 100, BufferedImage.TYPE_INT_RGB, false);
        for (int level : new int[] {0, 1, 9}) {
            OutputFormat f = new OutputFormat("p", "AGG/PNG", "image/png", "png", ImageMode.RGB, false,
                    List.of("COMPRESSION=" + level));
            assertSamePixels(src, roundTrip(new PngEncoder(), src, f));
        }
    }

    @Test
    void otherImageTypesAreReadThroughGetRgb() throws IOException {
        BufferedImage src = MapLikeImages.map(64, 48, BufferedImage.TYPE_3BYTE_BGR, false);
        assertSamePixels(src, roundTrip(new PngEncoder(), src, OPAQUE));
    }

    @Test
    void subImagesAreWrittenFromTheirOwnPixels() throws IOException {
        BufferedImage big = MapLikeImages.map(200, 150, BufferedImage.TYPE_INT_ARGB, false);
        BufferedImage sub = big.getSubimage(30, 40, 100, 60);
        assertSamePixels(sub, roundTrip(new PngEncoder(), sub, OPAQUE));
    }

    @Test
    void outOfRangeCompressionIsRejected() {
        OutputFormat f = new OutputFormat("p", "AGG/PNG", "image/png", "png", ImageMode.RGB, false,
                List.of("COMPRESSION=12"));
        assertThrows(OutputFormatException.class,
                () -> new PngEncoder().encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), f,
                        new ByteArrayOutputStream()));
    }

    static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int e = expected.getRGB(x, y);
                if ((e >>> 24) == 0) {
                    e = 0;
                }
                assertEquals(Integer.toHexString(e), Integer.toHexString(actual.getRGB(x, y)),
                        "pixel " + x + "," + y);
            }
        }
    }
}
