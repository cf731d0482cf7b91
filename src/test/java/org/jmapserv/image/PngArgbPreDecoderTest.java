package org.jmapserv.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The fast PNG path gives exactly the premultiplied pixels Java2D would make of ImageIO's decoding of the same bytes
 * (the layout and rounding the map is composited with), leaves what it does not handle to ImageIO, and says what is
 * wrong with broken data.
 */
class PngArgbPreDecoderTest {

    private static final int W = 37;
    private static final int H = 13;

    /** ImageIO's reading of {@code png}, premultiplied by Java2D as the canvas would. */
    private static int[] imageIoPixels(byte[] png) throws IOException {
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        BufferedImage pre = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = pre.createGraphics();
        g.setComposite(AlphaComposite.Src);
        g.drawImage(read, 0, 0, null);
        g.dispose();
        return ((DataBufferInt) pre.getRaster().getDataBuffer()).getData();
    }

    private static int[] ourPixels(byte[] png) throws IOException {
        BufferedImage img = PngArgbPreDecoder.decode(png).orElseThrow();
        assertEquals(BufferedImage.TYPE_INT_ARGB_PRE, img.getType());
        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    }

    private static byte[][] randomRows(TestPngWriter w, int maxValue, long seed) {
        Random r = new Random(seed);
        byte[][] rows = new byte[H][w.rowBytes()];
        for (byte[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                row[i] = (byte) r.nextInt(maxValue + 1);
            }
        }
        // a run of fully transparent and of fully opaque samples, the common case in WMS answers
        java.util.Arrays.fill(rows[1], (byte) 0);
        java.util.Arrays.fill(rows[2], (byte) 255);
        return rows;
    }

    @ParameterizedTest(name = "colour type {0}")
    @ValueSource(ints = {0, 2, 6})
    void decodesEightBitGreyRgbAndRgbaThroughEveryRowFilterAsImageIoDoes(int colorType) throws Exception {
        TestPngWriter w = new TestPngWriter(W, H, colorType, 8).idatChunks(3);
        byte[] png = w.write(randomRows(w, 255, colorType));
        assertArrayEquals(imageIoPixels(png), ourPixels(png));
    }

    /**
     * ImageIO reads grey+alpha into a linear-grey colour space, which Java2D brightens on the way to sRGB (grey
     * 0xaa drawn as 0xca); libpng and GDAL, hence MapServer, just repeat the grey sample. So the oracle here is
     * ImageIO's raw samples, premultiplied by Java2D.
     */
    @Test
    void decodesGreyWithAlphaThroughEveryRowFilterToTheSamplesImageIoReads() throws Exception {
        TestPngWriter w = new TestPngWriter(W, H, 4, 8).idatChunks(3);
        byte[] png = w.write(randomRows(w, 255, 4));
        java.awt.image.Raster raw = ImageIO.read(new ByteArrayInputStream(png)).getRaster();
        BufferedImage straight = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int v = raw.getSample(x, y, 0);
                straight.setRGB(x, y, raw.getSample(x, y, 1) << 24 | v << 16 | v << 8 | v);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(straight, "png", out);
        assertArrayEquals(imageIoPixels(out.toByteArray()), ourPixels(png));
    }

    @ParameterizedTest(name = "{0}-bit palette")
    @CsvSource({"1", "2", "4", "8"})
    void decodesPaletteImagesOfEveryBitDepthWithAShortTransparencyTableAsImageIoDoes(int depth) throws Exception {
        int entries = 1 << depth;
        Random r = new Random(depth);
        byte[] plte = new byte[3 * entries];
        r.nextBytes(plte);
        byte[] trns = new byte[Math.max(1, entries / 2)];
        r.nextBytes(trns);
        trns[0] = 0;
        TestPngWriter w = new TestPngWriter(W, H, 3, depth).palette(plte).transparency(trns).idatChunks(2);
        byte[][] rows = randomRows(w, 255, depth);
        assertArrayEquals(imageIoPixels(png(w, rows)), ourPixels(png(w, rows)));
    }

    private static byte[] png(TestPngWriter w, byte[][] rows) {
        return w.write(rows);
    }

    @ParameterizedTest(name = "BufferedImage type {0}")
    @ValueSource(ints = {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_GRAY,
            BufferedImage.TYPE_BYTE_INDEXED, BufferedImage.TYPE_4BYTE_ABGR})
    void decodesWhatImageIosPngWriterProducesAsImageIoReadsIt(int type) throws Exception {
        BufferedImage img = type == BufferedImage.TYPE_BYTE_INDEXED ? indexedWithAlpha()
                : new BufferedImage(W, H, type);
        Random r = new Random(type);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                img.setRGB(x, y, x < 5 ? 0 : r.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        assertArrayEquals(imageIoPixels(out.toByteArray()), ourPixels(out.toByteArray()));
    }

    private static BufferedImage indexedWithAlpha() {
        byte[] c = new byte[256];
        byte[] a = new byte[256];
        new Random(1).nextBytes(c);
        for (int i = 0; i < 256; i++) {
            a[i] = (byte) (i % 3 == 0 ? 0 : i);
        }
        return new BufferedImage(W, H, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(8, 256, c, c, c, a));
    }

    @Test
    void leavesAnInterlacedPngToImageIoWhichTheResponseCheckStillDecodes() throws Exception {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(3, 4, 0x80ff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, null), param);
        }
        writer.dispose();
        byte[] png = out.toByteArray();
        assertEquals(1, png[8 + 8 + 12], "the writer made an interlaced PNG");
        assertTrue(PngArgbPreDecoder.decode(png).isEmpty());
        BufferedImage decoded = ArgbPreImageDecoder.decode(png, true);
        assertEquals(BufferedImage.TYPE_INT_ARGB_PRE, decoded.getType());
        assertEquals(0x80800000, ((DataBufferInt) decoded.getRaster().getDataBuffer()).getData()[4 * W + 3]);
    }

    @Test
    void leavesSixteenBitAndRgbColourKeyPngsToImageIo() throws Exception {
        TestPngWriter sixteen = new TestPngWriter(W, H, 2, 16);
        assertTrue(PngArgbPreDecoder.decode(sixteen.write(new byte[H][sixteen.rowBytes()])).isEmpty());
        TestPngWriter keyed = new TestPngWriter(W, H, 2, 8).transparency(new byte[6]);
        assertTrue(PngArgbPreDecoder.decode(keyed.write(new byte[H][keyed.rowBytes()])).isEmpty());
    }

    @Test
    void reportsAChunkThatFailsItsCrc() {
        TestPngWriter w = new TestPngWriter(W, H, 6, 8);
        byte[] png = w.write(randomRows(w, 255, 7));
        png[png.length - 20] ^= 0x55;
        IOException e = assertThrows(IOException.class, () -> PngArgbPreDecoder.decode(png));
        assertEquals("PNG chunk IDAT fails its CRC check", e.getMessage());
    }

    @Test
    void reportsCompressedDataThatStopsBeforeTheLastRow() {
        TestPngWriter w = new TestPngWriter(W, H, 6, 8).truncateCompressedTo(40);
        IOException e = assertThrows(IOException.class, () -> PngArgbPreDecoder.decode(w.write(randomRows(w, 255, 8))));
        assertTrue(e.getMessage().startsWith("PNG image data is truncated at row "), e.getMessage());
    }

    @Test
    void reportsCompressedDataThatIsNotZlib() {
        TestPngWriter w = new TestPngWriter(W, H, 2, 8);
        byte[] png = w.write(randomRows(w, 255, 9));
        byte[] garbage = new byte[50];
        new Random(3).nextBytes(garbage);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int idat = indexOf(png, "IDAT") - 4;
        out.write(png, 0, idat);
        TestPngWriter.chunk(out, "IDAT", garbage);
        TestPngWriter.chunk(out, "IEND", new byte[0]);
        IOException e = assertThrows(IOException.class, () -> PngArgbPreDecoder.decode(out.toByteArray()));
        assertTrue(e.getMessage().startsWith("PNG image data is corrupt ("), e.getMessage());
    }

    @Test
    void reportsAPaletteImageWithoutAPalette() {
        TestPngWriter w = new TestPngWriter(W, H, 3, 8);
        IOException e = assertThrows(IOException.class, () -> PngArgbPreDecoder.decode(w.write(new byte[H][W])));
        assertEquals("palette PNG has no PLTE chunk", e.getMessage());
    }

    private static int indexOf(byte[] data, String ascii) {
        byte[] needle = ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
