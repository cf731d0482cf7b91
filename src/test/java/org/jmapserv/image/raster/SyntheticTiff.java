package org.jmapserv.image.raster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;

/**
 * Writes a tiled, deflate-compressed 8-bit RGB GeoTIFF of any size in a few KB: every tile is one flat colour, one of
 * {@value #SHADES}, and tiles of the same colour share one compressed block in the file. A 20,000 x 20,000 raster
 * (1.2 GB decoded) is written in milliseconds, so tests can draw huge rasters without GDAL.
 */
public final class SyntheticTiff {

    /** How many distinct tile colours there are. */
    public static final int SHADES = 5;
    private static final int TILE = 256;

    private SyntheticTiff() {
    }

    /** The shade (0..SHADES-1) of tile column {@code bx}, row {@code by}. */
    public static int shade(int bx, int by) {
        return (bx * 7 + by * 3) % SHADES;
    }

    /** The RGB samples of a shade. */
    public static int[] rgb(int shade) {
        return new int[] {shade * 50, 255 - shade * 50, 40 + shade * 30};
    }

    /** The pixel's colour at full resolution, as {r, g, b}. */
    public static int[] pixel(int col, int row) {
        return rgb(shade(col / TILE, row / TILE));
    }

    /**
     * Writes a {@code width x height} raster with 1 x 1 map-unit pixels whose top-left corner is (0, height), so the
     * map extent {@code 0 0 width height} covers it exactly.
     */
    public static void write(Path file, int width, int height) throws IOException {
        int across = (width + TILE - 1) / TILE;
        int down = (height + TILE - 1) / TILE;
        int tiles = across * down;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        long[] shadeOffset = new long[SHADES];
        long[] shadeCount = new long[SHADES];
        long pos = 8;
        for (int s = 0; s < SHADES; s++) {
            byte[] raw = new byte[TILE * TILE * 3];
            int[] c = rgb(s);
            for (int i = 0; i < raw.length; i += 3) {
                raw[i] = (byte) c[0];
                raw[i + 1] = (byte) c[1];
                raw[i + 2] = (byte) c[2];
            }
            byte[] z = deflate(raw);
            shadeOffset[s] = pos;
            shadeCount[s] = z.length;
            body.write(z);
            pos += z.length;
        }
        // arrays stored out of line: tile offsets, byte counts, bits per sample, pixel scale, tie point
        long offsetsAt = pos;
        long countsAt = offsetsAt + 4L * tiles;
        long bitsAt = countsAt + 4L * tiles;
        long scaleAt = bitsAt + 8;
        long tieAt = scaleAt + 24;
        long ifdAt = tieAt + 48;
        ByteBuffer arrays = ByteBuffer.allocate((int) (ifdAt - offsetsAt)).order(ByteOrder.LITTLE_ENDIAN);
        for (int by = 0; by < down; by++) {
            for (int bx = 0; bx < across; bx++) {
                arrays.putInt((int) shadeOffset[shade(bx, by)]);
            }
        }
        for (int by = 0; by < down; by++) {
            for (int bx = 0; bx < across; bx++) {
                arrays.putInt((int) shadeCount[shade(bx, by)]);
            }
        }
        arrays.putShort((short) 8).putShort((short) 8).putShort((short) 8).putShort((short) 0);
        arrays.putDouble(1).putDouble(1).putDouble(0);
        arrays.putDouble(0).putDouble(0).putDouble(0).putDouble(0).putDouble(height).putDouble(0);
        int entries = 13;
        ByteBuffer ifd = ByteBuffer.allocate(2 + entries * 12 + 4).order(ByteOrder.LITTLE_ENDIAN);
        ifd.putShort((short) entries);
        entry(ifd, 256, 4, 1, width);
        entry(ifd, 257, 4, 1, height);
        entry(ifd, 258, 3, 3, bitsAt);
        entry(ifd, 259, 3, 1, 8);
        entry(ifd, 262, 3, 1, 2);
        entry(ifd, 277, 3, 1, 3);
        entry(ifd, 284, 3, 1, 1);
        entry(ifd, 322, 3, 1, TILE);
        entry(ifd, 323, 3, 1, TILE);
        entry(ifd, 324, 4, tiles, tiles == 1 ? shadeOffset[shade(0, 0)] : offsetsAt);
        entry(ifd, 325, 4, tiles, tiles == 1 ? shadeCount[shade(0, 0)] : countsAt);
        entry(ifd, 33550, 12, 3, scaleAt);
        entry(ifd, 33922, 12, 6, tieAt);
        ifd.putInt(0);
        ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        header.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt((int) ifdAt);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        out.write(body.toByteArray());
        out.write(arrays.array());
        out.write(ifd.array());
        Files.write(file, out.toByteArray());
    }

    private static void entry(ByteBuffer ifd, int tag, int type, int count, long value) {
        ifd.putShort((short) tag).putShort((short) type).putInt(count);
        if (type == 3 && count == 1) {
            ifd.putShort((short) value).putShort((short) 0);
        } else {
            ifd.putInt((int) value);
        }
    }

    private static byte[] deflate(byte[] raw) {
        Deflater d = new Deflater(6);
        d.setInput(raw);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }
}
