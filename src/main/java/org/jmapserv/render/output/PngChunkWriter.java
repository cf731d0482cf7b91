package org.jmapserv.render.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Low-level PNG writing: signature, chunks with CRC, and filtered scanlines deflated into IDAT chunks. Each
 * row gets the cheaper of the Sub and Up filters by the usual minimum-sum-of-absolute-differences heuristic
 * (None for palette images, as libpng does for them); the deflater uses the FILTERED strategy that libpng uses.
 */
final class PngChunkWriter {

    static final int COLOR_PALETTE = 3;
    static final int COLOR_RGB = 2;
    static final int COLOR_RGBA = 6;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int IDAT_SIZE = 1 << 16;

    private final OutputStream out;
    private final CRC32 crc = new CRC32();

    PngChunkWriter(OutputStream out) {
        this.out = out;
    }

    void header(int width, int height, int colorType) throws IOException {
        out.write(SIGNATURE);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = 8;
        ihdr[9] = (byte) colorType;
        chunk("IHDR", ihdr, ihdr.length);
    }

    void chunk(String type, byte[] data, int length) throws IOException {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        for (int i = 0; i < 4; i++) {
            head[4 + i] = (byte) type.charAt(i);
        }
        crc.reset();
        crc.update(head, 4, 4);
        crc.update(data, 0, length);
        out.write(head);
        out.write(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(tail);
    }

    void end() throws IOException {
        chunk("IEND", new byte[0], 0);
        out.flush();
    }

    /** Supplies the raw bytes of scanline {@code y} (without filter byte). */
    interface RowSource {
        void row(int y, byte[] raw) throws IOException;
    }

    /** Filters, deflates and writes all rows as IDAT chunks. */
    void imageData(int height, int rowBytes, int bytesPerPixel, boolean filter, int level, RowSource rows)
            throws IOException {
        Deflater deflater = new Deflater(level);
        deflater.setStrategy(filter ? Deflater.FILTERED : Deflater.DEFAULT_STRATEGY);
        byte[] prev = new byte[rowBytes];
        byte[] raw = new byte[rowBytes];
        byte[] sub = new byte[rowBytes + 1];
        byte[] up = new byte[rowBytes + 1];
        byte[] chunkBuf = new byte[IDAT_SIZE];
        int[] fill = {0};
        try {
            for (int y = 0; y < height; y++) {
                rows.row(y, raw);
                byte[] chosen = filter ? choose(raw, prev, bytesPerPixel, sub, up) : none(raw, sub);
                deflater.setInput(chosen, 0, rowBytes + 1);
                drain(deflater, chunkBuf, fill, false);
                byte[] t = prev;
                prev = raw;
                raw = t;
            }
            deflater.finish();
            drain(deflater, chunkBuf, fill, true);
            if (fill[0] > 0) {
                chunk("IDAT", chunkBuf, fill[0]);
            }
        } finally {
            deflater.end();
        }
    }

    private void drain(Deflater deflater, byte[] buf, int[] fill, boolean finishing) throws IOException {
        while (finishing ? !deflater.finished() : !deflater.needsInput()) {
            int n = deflater.deflate(buf, fill[0], buf.length - fill[0]);
            fill[0] += n;
            if (fill[0] == buf.length) {
                chunk("IDAT", buf, buf.length);
                fill[0] = 0;
            }
        }
    }

    private static byte[] none(byte[] raw, byte[] target) {
        target[0] = 0;
        System.arraycopy(raw, 0, target, 1, raw.length);
        return target;
    }

    private static byte[] choose(byte[] raw, byte[] prev, int bpp, byte[] sub, byte[] up) {
        int n = raw.length;
        long subSum = 0;
        long upSum = 0;
        sub[0] = 1;
        up[0] = 2;
        for (int i = 0; i < n; i++) {
            int left = i >= bpp ? raw[i - bpp] : 0;
            byte s = (byte) (raw[i] - left);
            byte u = (byte) (raw[i] - prev[i]);
            sub[i + 1] = s;
            up[i + 1] = u;
            subSum += Math.abs(s);
            upSum += Math.abs(u);
        }
        return upSum < subSum ? up : sub;
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    /** COMPRESSION 0..9 as zlib levels; -1 or absent is zlib's default, like MapServer. */
    static int level(OutputFormat format) {
        int level = format.intOption("COMPRESSION", Deflater.DEFAULT_COMPRESSION);
        if (level < -1 || level > 9) {
            throw new OutputFormatException("OUTPUTFORMAT '" + format.name() + "': COMPRESSION must be 0..9, got "
                    + level);
        }
        return level;
    }
}
