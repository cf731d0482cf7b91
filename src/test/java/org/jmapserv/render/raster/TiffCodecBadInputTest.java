package org.jmapserv.render.raster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.RenderRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.luben.zstd.Zstd;
import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

/**
 * Corrupt ZSTD / LZMA / WebP blocks fail their layer as MapServer 8.0 fails it (exit 1, the layer named, the file
 * and the block named, as GDAL's "IReadBlock failed at X offset 4, Y offset 0"), and a block that claims to inflate
 * beyond its size is refused without allocating for it.
 */
class TiffCodecBadInputTest {

    @TempDir
    Path dir;

    private final MapRenderer renderer = MapRenderer.standard();

    private String failure(Path file) throws Exception {
        MapDef m = new MapfileReader().readString("""
                MAP
                  EXTENT 400000 5000000 404000 5003000
                  SIZE 160 120
                  LAYER NAME "scan" TYPE RASTER STATUS ON DATA "%s" END
                END
                """.formatted(file.getFileName()), dir.resolve("bad.map").toString(), dir);
        String msg = assertThrows(RenderException.class, () -> renderer.render(m, RenderRequest.defaults()))
                .getMessage();
        assertTrue(msg.startsWith("msDrawMap(): Image handling error. Failed to draw layer named 'scan'."), msg);
        assertTrue(msg.contains(file.toString()), msg);
        assertFalse(msg.contains("Exception"), msg);
        return msg;
    }

    /** A copy of a test raster with the bytes of its first block (tile or strip) overwritten from byte 8 on. */
    private Path withCorruptFirstBlock(String name, int length) throws Exception {
        Path f = dir.resolve("corrupt-" + name);
        byte[] bytes = Files.readAllBytes(Path.of("test-data/rasters", name));
        long[] first = firstBlock(Path.of("test-data/rasters", name));
        int n = (int) Math.min(length, first[1] - 8);
        for (int i = 0; i < n; i++) {
            bytes[(int) first[0] + 8 + i] = (byte) (0x5a + i);
        }
        Files.write(f, bytes);
        return f;
    }

    private static long[] firstBlock(Path file) throws Exception {
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            Directory d = new TIFFReader().read(in);
            if (d instanceof CompoundDirectory c) {
                d = c.getDirectory(0);
            }
            boolean tiled = d.getEntryById(324) != null;
            return new long[] {first(d, tiled ? 324 : 273), first(d, tiled ? 325 : 279)};
        }
    }

    private static long first(Directory d, int tag) {
        Object v = d.getEntryById(tag).getValue();
        if (v instanceof long[] a) {
            return a[0];
        } else if (v instanceof int[] a) {
            return a[0];
        }
        return ((Number) v).longValue();
    }

    @Test
    void corruptZstdTileNamesTheTile() throws Exception {
        String msg = failure(withCorruptFirstBlock("rgb-zstd.tif", 200));
        assertTrue(msg.contains("the tile at X offset 0, Y offset 0 cannot be read: corrupt ZSTD block"), msg);
    }

    @Test
    void corruptLzmaTileNamesTheTile() throws Exception {
        String msg = failure(withCorruptFirstBlock("dem16-lzma.tif", 200));
        assertTrue(msg.contains("the tile at X offset 0, Y offset 0 cannot be read: corrupt LZMA block"), msg);
    }

    @Test
    void corruptFloatZstdStripNamesTheStrip() throws Exception {
        String msg = failure(withCorruptFirstBlock("float32-zstd.tif", 100));
        assertTrue(msg.contains("the strip at X offset 0, Y offset 0 cannot be read"), msg);
    }

    @Test
    void corruptWebpTileNamesTheTile() throws Exception {
        String msg = failure(withCorruptFirstBlock("rgba-webp.tif", 400));
        assertTrue(msg.contains("the tile at X offset 0, Y offset 0 cannot be read"), msg);
    }

    @Test
    void zstdBlockInflatingBeyondItsSizeIsRefused() throws Exception {
        Path f = dir.resolve("bomb.tif");
        // a 16x16 byte tile (256 bytes) whose zstd frame inflates to 64 MB of zeros
        Files.write(f, tiledTiff(16, 16, 50000, Zstd.compress(new byte[64 << 20])));
        String msg = failure(f);
        assertTrue(msg.contains("corrupt ZSTD block"), msg);
    }

    @Test
    void blockPastTheEndOfTheFile() throws Exception {
        Path f = dir.resolve("truncated.tif");
        byte[] whole = tiledTiff(16, 16, 50000, Zstd.compress(new byte[256]));
        Files.write(f, java.util.Arrays.copyOf(whole, whole.length - 4));
        String msg = failure(f);
        assertTrue(msg.contains("ends past the end of the file"), msg);
    }

    /** A little-endian one-band, one-tile byte TIFF georeferenced onto the test map, holding {@code block}. */
    private static byte[] tiledTiff(int w, int h, int compression, byte[] block) {
        ByteBuffer b = ByteBuffer.allocate(512 + block.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        int extra = 8 + 2 + 12 * 12 + 4;
        int scale = extra;
        int tie = scale + 24;
        int data = tie + 48;
        int[][] entries = {{256, 4, w}, {257, 4, h}, {258, 3, 8}, {259, 3, compression}, {262, 3, 1},
            {277, 3, 1}, {322, 3, w}, {323, 3, h}, {324, 4, data}, {325, 4, block.length}};
        b.putShort((short) (entries.length + 2));
        for (int[] e : entries) {
            b.putShort((short) e[0]).putShort((short) e[1]).putInt(1);
            if (e[1] == 3) {
                b.putShort((short) e[2]).putShort((short) 0);
            } else {
                b.putInt(e[2]);
            }
        }
        b.putShort((short) 33550).putShort((short) 12).putInt(3).putInt(scale);
        b.putShort((short) 33922).putShort((short) 12).putInt(6).putInt(tie);
        b.putInt(0);
        b.position(scale);
        b.putDouble(250).putDouble(250).putDouble(0);
        b.putDouble(0).putDouble(0).putDouble(0).putDouble(400000).putDouble(5003000).putDouble(0);
        b.put(block);
        return java.util.Arrays.copyOf(b.array(), b.position());
    }
}
