package org.jmapserv.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Decodes the PNGs WMS servers usually send — 8-bit greyscale, grey+alpha, RGB, RGBA, and palette images of 1, 2,
 * 4 or 8 bits, not interlaced — straight into a {@code TYPE_INT_ARGB_PRE} image, the layout the map is composited
 * in. ImageIO would decode into a byte-interleaved image that Java2D then converts pixel by pixel; this path
 * inflates with {@link ZlibDecoder} (fast on the long transparent runs of WMS overlays) and unfilters straight into
 * the int array the canvas blends from, on the thread that fetched the response.
 * <p>Premultiplication rounds as Java2D's own conversion does (its mul8table), so an image decoded here composites
 * to exactly the pixels ImageIO's image drawn onto the canvas would give — except grey+alpha, which ImageIO reads
 * into a linear-grey colour space that Java2D brightens on the way to sRGB; here, as in libpng and GDAL (hence
 * MapServer), the grey sample is simply repeated.
 * <p>Anything else (16-bit or sub-byte grey, interlaced, a tRNS colour key on grey/RGB, an ICC profile, unknown
 * critical chunks) answers {@link Optional#empty()} so the caller falls back to ImageIO. Broken data (bad CRC,
 * truncated or corrupt compressed data, missing IHDR/IDAT/PLTE) raises an {@link IOException} saying what is wrong.
 * Stateless and thread-safe.
 */
public final class PngArgbPreDecoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int IHDR = 0x49484452;
    private static final int PLTE = 0x504c5445;
    private static final int TRNS = 0x74524e53;
    private static final int IDAT = 0x49444154;
    private static final int IEND = 0x49454e44;
    private static final int ICCP = 0x69434350;
    /** A sanity bound (2^28 pixels, 1 GiB as ARGB): a header beyond it is refused before anything is allocated. */
    private static final long MAX_PIXELS = 1L << 28;

    private PngArgbPreDecoder() {
    }

    /** The image, or empty when this PNG needs ImageIO's general decoder. */
    public static Optional<BufferedImage> decode(byte[] png) throws IOException {
        Chunks chunks = Chunks.read(png);
        if (chunks == null) {
            return Optional.empty();
        }
        Header h = chunks.header;
        BufferedImage image = new BufferedImage(h.width(), h.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        int[] out = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] lut = h.colorType() == 3 ? palette(chunks, h) : null;
        new RowReader(chunks, h).readInto(out, lut);
        return Optional.of(image);
    }

    /** IHDR's fields that matter here. */
    private record Header(int width, int height, int bitDepth, int colorType) {

        int channels() {
            return switch (colorType) {
                case 0, 3 -> 1;
                case 4 -> 2;
                case 2 -> 3;
                default -> 4;
            };
        }

        int rowBytes() {
            return (int) (((long) width * channels() * bitDepth + 7) / 8);
        }

        /** The filter's byte distance to the "left" pixel. */
        int filterUnit() {
            return Math.max(1, channels() * bitDepth / 8);
        }
    }

    /** The chunks of one PNG that decoding needs, located and CRC-checked. */
    private static final class Chunks {
        final byte[] png;
        Header header;
        int paletteOffset = -1;
        int paletteLength;
        int trnsOffset = -1;
        int trnsLength;
        int[] idatOffsets = new int[4];
        int[] idatLengths = new int[4];
        int idatCount;

        private Chunks(byte[] png) {
            this.png = png;
        }

        /** Null when the PNG needs ImageIO. */
        static Chunks read(byte[] png) throws IOException {
            if (png.length < SIGNATURE.length + 12) {
                throw new IOException("PNG data too short (" + png.length + " bytes)");
            }
            for (int i = 0; i < SIGNATURE.length; i++) {
                if (png[i] != SIGNATURE[i]) {
                    throw new IOException("not a PNG signature");
                }
            }
            Chunks c = new Chunks(png);
            CRC32 crc = new CRC32();
            int pos = SIGNATURE.length;
            boolean ended = false;
            while (!ended) {
                if (pos + 12 > png.length) {
                    throw new IOException("PNG data ends before its IEND chunk");
                }
                int length = readInt(png, pos);
                int type = readInt(png, pos + 4);
                if (length < 0 || length > png.length - pos - 12) {
                    throw new IOException("PNG chunk " + typeName(type) + " runs past the end of the data");
                }
                crc.reset();
                crc.update(png, pos + 4, length + 4);
                if ((int) crc.getValue() != readInt(png, pos + 8 + length)) {
                    throw new IOException("PNG chunk " + typeName(type) + " fails its CRC check");
                }
                if (pos == SIGNATURE.length && type != IHDR) {
                    throw new IOException("PNG does not start with an IHDR chunk");
                }
                if (!c.take(png, type, pos + 8, length)) {
                    return null;
                }
                ended = type == IEND;
                pos += 12 + length;
            }
            if (c.idatCount == 0) {
                throw new IOException("PNG has no IDAT chunk");
            }
            if (c.header.colorType() == 3 && c.paletteOffset < 0) {
                throw new IOException("palette PNG has no PLTE chunk");
            }
            return c;
        }

        /** False when the chunk means the PNG needs ImageIO. */
        private boolean take(byte[] png, int type, int at, int length) throws IOException {
            switch (type) {
                case IHDR -> {
                    header = header(png, at, length);
                    return header != null;
                }
                case PLTE -> {
                    paletteOffset = at;
                    paletteLength = length;
                }
                case TRNS -> {
                    if (header.colorType() != 3) {
                        return false;
                    }
                    trnsOffset = at;
                    trnsLength = length;
                }
                case IDAT -> {
                    if (idatCount == idatOffsets.length) {
                        idatOffsets = java.util.Arrays.copyOf(idatOffsets, 2 * idatCount);
                        idatLengths = java.util.Arrays.copyOf(idatLengths, 2 * idatCount);
                    }
                    idatOffsets[idatCount] = at;
                    idatLengths[idatCount++] = length;
                }
                case ICCP -> {
                    return false;
                }
                default -> {
                    // an unknown critical chunk (upper-case first letter) is ImageIO's business; ancillary ones are not
                    return type == IEND || (type >>> 24 & 0x20) != 0;
                }
            }
            return true;
        }

        private static Header header(byte[] png, int at, int length) throws IOException {
            if (length != 13) {
                throw new IOException("PNG IHDR chunk has " + length + " bytes instead of 13");
            }
            int w = readInt(png, at);
            int h = readInt(png, at + 4);
            int depth = png[at + 8] & 0xff;
            int colorType = png[at + 9] & 0xff;
            int interlace = png[at + 12] & 0xff;
            if (w <= 0 || h <= 0 || (long) w * h > MAX_PIXELS) {
                throw new IOException("PNG size " + Integer.toUnsignedString(w) + " x " + Integer.toUnsignedString(h)
                        + " is invalid or too large");
            }
            if (png[at + 10] != 0 || png[at + 11] != 0 || interlace > 1) {
                throw new IOException("PNG uses an unknown compression, filter or interlace method");
            }
            boolean eightBit = depth == 8 && (colorType == 0 || colorType == 2 || colorType == 4 || colorType == 6);
            boolean palette = colorType == 3 && (depth == 1 || depth == 2 || depth == 4 || depth == 8);
            if (interlace != 0 || !(eightBit || palette)) {
                return null;
            }
            return new Header(w, h, depth, colorType);
        }
    }

    /** Premultiplied ARGB of every index a palette image can hold (entries past PLTE are opaque black). */
    private static int[] palette(Chunks c, Header h) throws IOException {
        if (c.paletteLength % 3 != 0 || c.paletteLength == 0 || c.paletteLength > 768) {
            throw new IOException("PNG PLTE chunk has an invalid length (" + c.paletteLength + ")");
        }
        int[] lut = new int[256];
        java.util.Arrays.fill(lut, 0xff000000);
        int entries = c.paletteLength / 3;
        for (int i = 0; i < entries; i++) {
            int at = c.paletteOffset + 3 * i;
            int alpha = c.trnsOffset >= 0 && i < c.trnsLength ? Byte.toUnsignedInt(c.png[c.trnsOffset + i]) : 255;
            lut[i] = premultiply(alpha, Byte.toUnsignedInt(c.png[at]), Byte.toUnsignedInt(c.png[at + 1]),
                    Byte.toUnsignedInt(c.png[at + 2]));
        }
        return lut;
    }

    /** Java2D's MUL8 (AlphaMath.c mul8table): how it premultiplies a straight-alpha pixel. */
    static int mul8(int a, int c) {
        return (a * 0x010101 * c + (1 << 23)) >>> 24;
    }

    static int premultiply(int a, int r, int g, int b) {
        if (a == 255) {
            return 0xff000000 | r << 16 | g << 8 | b;
        }
        if (a == 0) {
            return 0;
        }
        return a << 24 | mul8(a, r) << 16 | mul8(a, g) << 8 | mul8(a, b);
    }

    /** Inflates the whole IDAT stream at once, then undoes the filters and writes premultiplied pixels row by row. */
    private static final class RowReader {
        private final Chunks chunks;
        private final Header h;

        RowReader(Chunks chunks, Header h) {
            this.chunks = chunks;
            this.h = h;
        }

        void readInto(int[] out, int[] lut) throws IOException {
            int stride = h.rowBytes() + 1;
            byte[] raw = new byte[Math.multiplyExact(stride, h.height())];
            int got;
            try {
                byte[] z = compressed();
                got = ZlibDecoder.inflate(z, 0, z.length, raw);
            } catch (IOException e) {
                throw new IOException("PNG image data is corrupt (" + e.getMessage() + ")");
            }
            if (got < raw.length) {
                throw new IOException("PNG image data is truncated at row " + got / stride + " of " + h.height());
            }
            int w = h.width();
            for (int y = 0; y < h.height(); y++) {
                int at = y * stride;
                unfilter(raw, at, y == 0 ? -1 : at - stride, stride - 1, h.filterUnit(), y);
                convert(raw, at, out, y * w, w, lut);
            }
        }

        /** The IDAT chunks' data as one array (the usual single IDAT is copied too: it is small). */
        private byte[] compressed() {
            int total = 0;
            for (int i = 0; i < chunks.idatCount; i++) {
                total += chunks.idatLengths[i];
            }
            byte[] z = new byte[total];
            int at = 0;
            for (int i = 0; i < chunks.idatCount; i++) {
                System.arraycopy(chunks.png, chunks.idatOffsets[i], z, at, chunks.idatLengths[i]);
                at += chunks.idatLengths[i];
            }
            return z;
        }

        /**
         * Undoes one row's filter in place: {@code buf[row]} is the filter type, the row's bytes follow; {@code prior}
         * is where the previous (already unfiltered) row starts, or -1 for the first row.
         */
        private static void unfilter(byte[] buf, int row, int prior, int n, int bpp, int y) throws IOException {
            int p = row + 1;
            int q = prior + 1;
            switch (buf[row]) {
                case 0 -> { }
                case 1 -> {
                    for (int i = bpp; i < n; i++) {
                        buf[p + i] += buf[p + i - bpp];
                    }
                }
                case 2 -> {
                    if (prior >= 0) {
                        for (int i = 0; i < n; i++) {
                            buf[p + i] += buf[q + i];
                        }
                    }
                }
                case 3 -> {
                    for (int i = 0; i < n; i++) {
                        int left = i >= bpp ? buf[p + i - bpp] & 0xff : 0;
                        int up = prior >= 0 ? buf[q + i] & 0xff : 0;
                        buf[p + i] += (byte) ((left + up) >>> 1);
                    }
                }
                case 4 -> {
                    for (int i = 0; i < n; i++) {
                        int a = i >= bpp ? buf[p + i - bpp] & 0xff : 0;
                        int b = prior >= 0 ? buf[q + i] & 0xff : 0;
                        int c = i >= bpp && prior >= 0 ? buf[q + i - bpp] & 0xff : 0;
                        buf[p + i] += (byte) paeth(a, b, c);
                    }
                }
                default -> throw new IOException("PNG row " + y + " has an unknown filter type " + (buf[row] & 0xff));
            }
        }

        private static int paeth(int a, int b, int c) {
            int pa = Math.abs(b - c);
            int pb = Math.abs(a - c);
            int pc = Math.abs(a + b - 2 * c);
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }

        private void convert(byte[] row, int from, int[] out, int at, int w, int[] lut) {
            switch (h.colorType()) {
                case 6 -> {
                    for (int x = 0, i = from + 1; x < w; x++, i += 4) {
                        out[at + x] = premultiply(row[i + 3] & 0xff, row[i] & 0xff, row[i + 1] & 0xff,
                                row[i + 2] & 0xff);
                    }
                }
                case 2 -> {
                    for (int x = 0, i = from + 1; x < w; x++, i += 3) {
                        out[at + x] = 0xff000000 | (row[i] & 0xff) << 16 | (row[i + 1] & 0xff) << 8 | row[i + 2] & 0xff;
                    }
                }
                case 4 -> {
                    for (int x = 0, i = from + 1; x < w; x++, i += 2) {
                        int v = row[i] & 0xff;
                        out[at + x] = premultiply(row[i + 1] & 0xff, v, v, v);
                    }
                }
                case 0 -> {
                    for (int x = 0; x < w; x++) {
                        int v = row[from + 1 + x] & 0xff;
                        out[at + x] = 0xff000000 | v << 16 | v << 8 | v;
                    }
                }
                default -> indexed(row, from, out, at, w, lut);
            }
        }

        private void indexed(byte[] row, int from, int[] out, int at, int w, int[] lut) {
            int depth = h.bitDepth();
            if (depth == 8) {
                for (int x = 0; x < w; x++) {
                    out[at + x] = lut[row[from + 1 + x] & 0xff];
                }
                return;
            }
            int perByte = 8 / depth;
            int mask = (1 << depth) - 1;
            for (int x = 0; x < w; x++) {
                int b = row[from + 1 + x / perByte] & 0xff;
                int shift = 8 - depth * (x % perByte + 1);
                out[at + x] = lut[b >>> shift & mask];
            }
        }
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    private static String typeName(int type) {
        char[] c = new char[4];
        for (int i = 0; i < 4; i++) {
            int ch = type >>> (24 - 8 * i) & 0xff;
            c[i] = ch >= 0x20 && ch < 0x7f ? (char) ch : '?';
        }
        return new String(c);
    }
}
