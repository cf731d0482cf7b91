package org.jmapserv.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.jmapserv.mapfile.model.OutputFormatDef.ImageMode;
import org.junit.jupiter.api.Test;

class Png8EncoderTest {

    private static final OutputFormat PNG8 = new OutputFormatResolver(List.of()).select("png8");

    private static OutputFormat png8(boolean transparent, String... options) {
        return new OutputFormat("p8", "AGG/PNG8", "image/png; mode=8bit", "png",
                transparent ? ImageMode.RGBA : ImageMode.RGB, transparent, List.of(options));
    }

    @Test
    void fewColoursAreKeptExactly() throws IOException {
        BufferedImage src = MapLikeImages.flat(297, 261, 40, BufferedImage.TYPE_INT_RGB);
        byte[] png = encode(new Png8Encoder(), src, PNG8);
        assertEquals(distinct(src), paletteSize(png));
        PngEncoderTest.assertSamePixels(src, decode(png));
    }

    @Test
    void manyColoursAreQuantizedWithinTheRequestedPaletteAndABoundedError() throws IOException {
        BufferedImage src = MapLikeImages.map(320, 240, BufferedImage.TYPE_INT_RGB, false);
        assertTrue(distinct(src) > 256);
        for (int colours : new int[] {256, 16}) {
            byte[] png = encode(new Png8Encoder(), src, png8(false, "QUANTIZE_COLORS=" + colours));
            assertTrue(paletteSize(png) <= colours && paletteSize(png) > colours / 2, "palette " + paletteSize(png));
            double meanError = meanAbsoluteError(src, decode(png));
            assertTrue(meanError < (colours == 256 ? 4.0 : 15.0), colours + " colours: mean error " + meanError);
        }
    }

    @Test
    void smoothGradientIsQuantizedCloselyWith256Colours() throws IOException {
        BufferedImage src = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                src.setRGB(x, y, (x << 16) | (y << 8) | ((x + y) / 2));
            }
        }
        BufferedImage back = PngEncoderTest.roundTrip(new Png8Encoder(), src, PNG8);
        assertTrue(meanAbsoluteError(src, back) < 6.0, "mean error " + meanAbsoluteError(src, back));
        assertTrue(maxError(src, back) < 40, "max error " + maxError(src, back));
    }

    @Test
    void transparentFormatWritesAlphaThroughTrns() throws IOException {
        BufferedImage src = new BufferedImage(4, 1, BufferedImage.TYPE_INT_ARGB);
        src.setRGB(0, 0, 0x00000000);
        src.setRGB(1, 0, 0x80FF0000);
        src.setRGB(2, 0, 0xFF00FF00);
        src.setRGB(3, 0, 0xFF0000FF);
        byte[] png = encode(new Png8Encoder(), src, png8(true));
        assertEquals(4, paletteSize(png));
        assertTrue(chunkLength(png, "tRNS") == 2, "only the two translucent entries are listed in tRNS");
        BufferedImage back = decode(png);
        assertTrue(((IndexColorModel) back.getColorModel()).hasAlpha());
        PngEncoderTest.assertSamePixels(src, back);
    }

    @Test
    void forcedPaletteIsUsedForEveryPixel() throws IOException {
        BufferedImage src = MapLikeImages.map(100, 80, BufferedImage.TYPE_INT_RGB, false);
        int[] palette = {0xFF000000, 0xFFFFFFFF, 0xFFFF0000};
        BufferedImage back = PngEncoderTest.roundTrip(new Png8Encoder(palette), src,
                png8(false, "PALETTE_FORCE=on"));
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 100; x++) {
                int p = back.getRGB(x, y);
                assertTrue(p == 0xFF000000 || p == 0xFFFFFFFF || p == 0xFFFF0000, Integer.toHexString(p));
            }
        }
        assertEquals(0xFFFFFFFF, back.getRGB(0, 0), "light background maps to white");
    }

    @Test
    void forcedPaletteWithoutColoursIsAClearError() {
        OutputFormatException e = assertThrows(OutputFormatException.class, () -> new Png8Encoder()
                .encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), png8(false, "PALETTE_FORCE=yes"),
                        new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("PALETTE_FORCE"));
    }

    static byte[] encode(ImageEncoder encoder, BufferedImage image, OutputFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encoder.encode(image, format, out);
        return out.toByteArray();
    }

    static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Entries in the PLTE chunk (ImageIO pads the decoded colour model to 256, so read the file). */
    static int paletteSize(byte[] png) {
        return chunkLength(png, "PLTE") / 3;
    }

    static int chunkLength(byte[] png, String type) {
        int at = 8;
        while (at + 8 <= png.length) {
            int length = ((png[at] & 0xFF) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8)
                    | (png[at + 3] & 0xFF);
            if (new String(png, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII).equals(type)) {
                return length;
            }
            at += 12 + length;
        }
        return -1;
    }

    private static int distinct(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }

    static double meanAbsoluteError(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                sum += channelError(a.getRGB(x, y), b.getRGB(x, y), false);
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    private static int maxError(BufferedImage a, BufferedImage b) {
        int max = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                max = Math.max(max, channelError(a.getRGB(x, y), b.getRGB(x, y), true));
            }
        }
        return max;
    }

    private static int channelError(int p, int q, boolean max) {
        int result = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            int d = Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
            result = max ? Math.max(result, d) : result + d;
        }
        return result;
    }
}
