package org.jmapserv.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes PNGs byte by byte for decoder tests, with what an encoder library would not let a test choose: any colour
 * type and bit depth, row filters cycling through all five types (so every unfilter path is exercised), a palette
 * and tRNS chunk of any length, the IDAT split into several chunks, and the compressed data cut short.
 */
public final class TestPngWriter {

    private final int width;
    private final int height;
    private final int colorType;
    private final int bitDepth;
    private byte[] palette;
    private byte[] transparency;
    private int idatChunks = 1;
    private int keepCompressedBytes = -1;

    public TestPngWriter(int width, int height, int colorType, int bitDepth) {
        this.width = width;
        this.height = height;
        this.colorType = colorType;
        this.bitDepth = bitDepth;
    }

    public TestPngWriter palette(byte[] rgb) {
        this.palette = rgb;
        return this;
    }

    public TestPngWriter transparency(byte[] trns) {
        this.transparency = trns;
        return this;
    }

    public TestPngWriter idatChunks(int n) {
        this.idatChunks = n;
        return this;
    }

    /** Keeps only the first {@code n} bytes of the compressed stream (CRCs stay valid). */
    TestPngWriter truncateCompressedTo(int n) {
        this.keepCompressedBytes = n;
        return this;
    }

    int channels() {
        return switch (colorType) {
            case 0, 3 -> 1;
            case 4 -> 2;
            case 2 -> 3;
            default -> 4;
        };
    }

    public int rowBytes() {
        return (width * channels() * bitDepth + 7) / 8;
    }

    /** {@code rows[y]} holds the unfiltered sample bytes of row y ({@link #rowBytes()} long). */
    public byte[] write(byte[][] rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = (byte) bitDepth;
        ihdr[9] = (byte) colorType;
        chunk(out, "IHDR", ihdr);
        if (palette != null) {
            chunk(out, "PLTE", palette);
        }
        if (transparency != null) {
            chunk(out, "tRNS", transparency);
        }
        chunk(out, "tEXt", "Comment\0ancillary chunks are skipped".getBytes(StandardCharsets.ISO_8859_1));
        byte[] z = compress(filtered(rows));
        if (keepCompressedBytes >= 0) {
            z = java.util.Arrays.copyOf(z, keepCompressedBytes);
        }
        int per = (z.length + idatChunks - 1) / idatChunks;
        for (int at = 0; at < z.length; at += per) {
            chunk(out, "IDAT", java.util.Arrays.copyOfRange(z, at, Math.min(z.length, at + per)));
        }
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** Row y gets filter type y % 5. */
    private byte[] filtered(byte[][] rows) {
        int n = rowBytes();
        int bpp = Math.max(1, channels() * bitDepth / 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] prior = new byte[n];
        for (int y = 0; y < rows.length; y++) {
            int type = y % 5;
            out.write(type);
            byte[] row = rows[y];
            for (int i = 0; i < n; i++) {
                int x = row[i] & 0xff;
                int a = i >= bpp ? row[i - bpp] & 0xff : 0;
                int b = prior[i] & 0xff;
                int c = i >= bpp ? prior[i - bpp] & 0xff : 0;
                int predictor = switch (type) {
                    case 0 -> 0;
                    case 1 -> a;
                    case 2 -> b;
                    case 3 -> (a + b) / 2;
                    default -> paeth(a, b, c);
                };
                out.write((x - predictor) & 0xff);
            }
            prior = row;
        }
        return out.toByteArray();
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] compress(byte[] data) {
        Deflater d = new Deflater();
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] head = new byte[8];
        putInt(head, 0, data.length);
        System.arraycopy(type.getBytes(StandardCharsets.US_ASCII), 0, head, 4, 4);
        out.writeBytes(head);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(head, 4, 4);
        crc.update(data);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.writeBytes(c);
    }

    static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
