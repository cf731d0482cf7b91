package org.jmapserv.render.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * 8-bit palette PNG (mirrors saveAsPNG with QUANTIZE_FORCE / PALETTE_FORCE, mapimageio.c and
 * mapquantization.c). An image with at most QUANTIZE_COLORS (default 256) distinct colours keeps them exactly;
 * otherwise {@link MedianCutQuantizer} picks the palette (colours are bucketed to 5 bits per RGB channel first
 * when there are more than 65536 of them, as MapServer lowers precision before its median cut) and every pixel
 * takes its nearest palette colour. With PALETTE_FORCE the palette given at construction (MapServer reads it from
 * the PALETTE file; the caller parses it) is used as is. Translucent palette entries come first and are listed
 * in a tRNS chunk, which is written only when some entry is not opaque.
 */
public final class Png8Encoder implements ImageEncoder {

    private static final int MAX_HISTOGRAM = 1 << 16;

    private final int[] forcedPalette;

    /** An encoder without a forced palette. */
    public Png8Encoder() {
        this(null);
    }

    /** {@code forcedPalette}: ARGB colours for PALETTE_FORCE, or null. */
    public Png8Encoder(int[] forcedPalette) {
        this.forcedPalette = forcedPalette == null ? null : forcedPalette.clone();
    }

    @Override
    public void encode(BufferedImage image, OutputFormat format, OutputStream out) throws IOException {
        PixelRows rows = new PixelRows(image);
        int w = rows.width();
        int h = rows.height();
        int[] pixels = new int[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            if (format.transparent()) {
                rows.straight(y, row);
            } else {
                rows.opaque(y, row);
            }
            System.arraycopy(row, 0, pixels, y * w, w);
        }
        ColorTable exact = new ColorTable(1024);
        int[] palette = choosePalette(format, pixels, exact);
        byte[] indexes = mapToPalette(pixels, palette, exact);
        write(out, format, w, h, palette, indexes);
    }

    private int[] choosePalette(OutputFormat format, int[] pixels, ColorTable exact) {
        if (format.flagOption("PALETTE_FORCE")) {
            if (forcedPalette == null || forcedPalette.length == 0 || forcedPalette.length > 256) {
                throw new OutputFormatException("OUTPUTFORMAT '" + format.name()
                        + "': PALETTE_FORCE needs a PALETTE of 1 to 256 colours");
            }
            return ordered(forcedPalette.clone());
        }
        int max = format.intOption("QUANTIZE_COLORS", 256);
        if (max < 2 || max > 256) {
            throw new OutputFormatException("OUTPUTFORMAT '" + format.name()
                    + "': QUANTIZE_COLORS must be 2..256, got " + max);
        }
        for (int p : pixels) {
            exact.add(p, p);
        }
        ColorTable.Entries entries = exact.entries();
        if (entries.keys().length <= max) {
            return ordered(entries.keys());
        }
        if (entries.keys().length > MAX_HISTOGRAM) {
            ColorTable coarse = new ColorTable(MAX_HISTOGRAM);
            for (int p : pixels) {
                coarse.add(p & 0xFFF8F8F8, p);
            }
            entries = coarse.entries();
        }
        return ordered(MedianCutQuantizer.palette(entries.means(), entries.counts(), max));
    }

    /** Distinct colours, translucent ones first (so tRNS stays short), then by value for determinism. */
    private static int[] ordered(int[] colors) {
        long[] keys = new long[colors.length];
        for (int i = 0; i < colors.length; i++) {
            long opaque = (colors[i] >>> 24) == 0xFF ? 1L : 0L;
            keys[i] = (opaque << 32) | (colors[i] & 0xFFFFFFFFL);
        }
        return Arrays.stream(keys).sorted().distinct().mapToInt(k -> (int) k).toArray();
    }

    private static byte[] mapToPalette(int[] pixels, int[] palette, ColorTable cache) {
        byte[] indexes = new byte[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            int slot = cache.slot(pixels[i]);
            int index = cache.value(slot);
            if (index < 0) {
                index = nearest(palette, pixels[i]);
                cache.setValue(slot, index);
            }
            indexes[i] = (byte) index;
        }
        return indexes;
    }

    private static int nearest(int[] palette, int color) {
        int best = 0;
        long bestDist = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            long d = 0;
            for (int shift = 0; shift < 32; shift += 8) {
                int diff = ((palette[i] >>> shift) & 0xFF) - ((color >>> shift) & 0xFF);
                d += (long) diff * diff;
            }
            if (d < bestDist) {
                bestDist = d;
                best = i;
            }
        }
        return best;
    }

    private static void write(OutputStream out, OutputFormat format, int w, int h, int[] palette, byte[] indexes)
            throws IOException {
        PngChunkWriter png = new PngChunkWriter(out);
        png.header(w, h, PngChunkWriter.COLOR_PALETTE);
        byte[] plte = new byte[palette.length * 3];
        int translucent = 0;
        for (int i = 0; i < palette.length; i++) {
            plte[3 * i] = (byte) (palette[i] >> 16);
            plte[3 * i + 1] = (byte) (palette[i] >> 8);
            plte[3 * i + 2] = (byte) palette[i];
            if ((palette[i] >>> 24) != 0xFF) {
                translucent = i + 1;
            }
        }
        png.chunk("PLTE", plte, plte.length);
        if (translucent > 0) {
            byte[] trns = new byte[translucent];
            for (int i = 0; i < translucent; i++) {
                trns[i] = (byte) (palette[i] >>> 24);
            }
            png.chunk("tRNS", trns, trns.length);
        }
        png.imageData(h, w, 1, false, PngChunkWriter.level(format),
                (y, raw) -> System.arraycopy(indexes, y * w, raw, 0, w));
        png.end();
    }
}
