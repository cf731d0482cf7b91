package org.jmapserv.render.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.RenderRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad raster files fail their own layer with MapServer's message (layer name, file, cause), never a stack trace or
 * unbounded memory, and the renderer keeps drawing good maps afterwards.
 */
class RasterLayerBadInputTest {

    @TempDir
    Path dir;

    private final MapRenderer renderer = MapRenderer.standard();

    private RenderException failure(Path file) throws Exception {
        MapDef m = new MapfileReader().readString("""
                MAP
                  EXTENT 0 0 100 100
                  SIZE 50 50
                  LAYER NAME "scan" TYPE RASTER STATUS ON DATA "%s" END
                END
                """.formatted(file.getFileName()), dir.resolve("bad.map").toString(), dir);
        return assertThrows(RenderException.class, () -> renderer.render(m, RenderRequest.defaults()));
    }

    private static void assertNamesLayerAndFile(RenderException e, Path file, String cause) {
        String m = e.getMessage();
        assertTrue(m.startsWith("msDrawMap(): Image handling error. Failed to draw layer named 'scan'."), m);
        assertTrue(m.contains(file.toString()), m);
        assertTrue(m.contains(cause), m);
        assertFalse(m.contains("Exception"), m);
    }

    @Test
    void missingFile() throws Exception {
        Path f = dir.resolve("nope.tif");
        assertNamesLayerAndFile(failure(f), f, "does not exist");
    }

    @Test
    void fileThatIsNoImage() throws Exception {
        Path f = dir.resolve("garbage.tif");
        Files.writeString(f, "this is not a raster");
        assertNamesLayerAndFile(failure(f), f, "is not in a supported raster format");
    }

    @Test
    void truncatedAsciiGrid() throws Exception {
        Path f = dir.resolve("dem.asc");
        Files.writeString(f, "ncols 4\nnrows 1000000\nxllcorner 0\nyllcorner 0\ncellsize 1\n1 2 3 4\n");
        assertNamesLayerAndFile(failure(f), f, "values cannot fit in the 8 bytes after its header");
    }

    @Test
    void asciiGridWithProjectionAutoButNoPrj() throws Exception {
        Path f = dir.resolve("grid.asc");
        Files.writeString(f, "ncols 2\nnrows 2\nxllcorner 400000\nyllcorner 5000000\ncellsize 10\n1 2\n3 4\n");
        MapDef m = new MapfileReader().readString("""
                MAP
                  EXTENT 13 45 14 46
                  SIZE 50 50
                  PROJECTION "init=epsg:4326" END
                  LAYER NAME "scan" TYPE RASTER STATUS ON DATA "grid.asc" PROJECTION AUTO END END
                END
                """, dir.resolve("auto.map").toString(), dir);
        RenderException e = assertThrows(RenderException.class, () -> renderer.render(m, RenderRequest.defaults()));
        assertTrue(e.getMessage().contains("Failed to draw layer named 'scan'")
                && e.getMessage().contains("PROJECTION AUTO, but the file names no EPSG CRS in its GeoKeys, nor a .prj"),
                e.getMessage());
    }

    @Test
    void unknownTiffCompression() throws Exception {
        Path f = dir.resolve("lerc.tif");
        Files.write(f, tiff(64, 64, false, 34887)); // LERC: GDAL has it, we do not
        assertNamesLayerAndFile(failure(f), f, "TIFF compression 34887, which is not supported");
    }

    @Test
    void absurdlyLargeStrip() throws Exception {
        Path f = dir.resolve("huge-strip.tif");
        Files.write(f, tiff(1_000_000_000, 1_000_000_000, false, 1));
        assertNamesLayerAndFile(failure(f), f, "declares 1000000000x1000000000 pixels");
    }

    @Test
    void absurdlyLargeTiledImage() throws Exception {
        Path f = dir.resolve("huge-tiled.tif");
        Files.write(f, tiff(1_000_000_000, 1_000_000_000, true, 1));
        assertNamesLayerAndFile(failure(f), f, "huge-tiled.tif");
    }

    @Test
    void decompressionBombPng() throws Exception {
        Path f = dir.resolve("bomb.png");
        Files.write(f, zeroPng(12_000, 12_000)); // 144 M pixels from about 140 KB
        Files.writeString(dir.resolve("bomb.pgw"), "0.01\n0\n0\n-0.01\n0.005\n99.995\n");
        assertNamesLayerAndFile(failure(f), f, "more than this format can decode at once");
    }

    @Test
    void missingLutFileAndCorruptGimpCurvesFailTheLayer() throws Exception {
        Path tif = Path.of("test-data/rasters/rgb.tif").toAbsolutePath();
        Files.writeString(dir.resolve("curves.crv"), "# GIMP Curves File\n0 0 255 255\n");
        for (String[] c : new String[][] {{"missing.lut", "Failed to open LUT file"},
            {"curves.crv", "ParseGimpLUT(): GIMP curve file appears corrupt."}}) {
            MapDef m = new MapfileReader().readString("MAP EXTENT 400000 5000000 404000 5003000 SIZE 40 30 "
                    + "LAYER NAME \"scan\" TYPE RASTER STATUS ON DATA \"" + tif + "\" PROCESSING \"LUT=" + c[0]
                    + "\" END END", dir.resolve("lut.map").toString(), dir);
            RenderException e = assertThrows(RenderException.class,
                    () -> renderer.render(m, RenderRequest.defaults()));
            assertTrue(e.getMessage().contains("Failed to draw layer named 'scan'")
                    && e.getMessage().contains(c[1]), e.getMessage());
        }
    }

    @Test
    void theRendererKeepsDrawingAfterAFailure() throws Exception {
        Path f = dir.resolve("garbage.tif");
        Files.writeString(f, "nope");
        failure(f);
        MapDef good = new MapfileReader().readString("""
                MAP
                  EXTENT 400000 5000000 404000 5003000
                  SIZE 40 30
                  SHAPEPATH "../test-data/rasters"
                  LAYER NAME "rgb" TYPE RASTER STATUS ON DATA "rgb.tif" END
                END
                """, "good.map", Path.of("samples").toAbsolutePath());
        int px = renderer.render(good, RenderRequest.defaults()).image().getRGB(0, 0);
        assertEquals(0xff, px >>> 24);
    }

    /** A little-endian one-band TIFF whose only block holds 16 bytes, declaring the given size. */
    static byte[] tiff(int w, int h, boolean tiled, int compression) {
        ByteBuffer b = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(24);
        b.position(24);
        int[][] entries = tiled
                ? new int[][] {{256, 4, w}, {257, 4, h}, {258, 3, 8}, {259, 3, compression}, {262, 3, 1},
                    {322, 3, 256}, {323, 3, 256}, {324, 4, 8}, {325, 4, 16}}
                : new int[][] {{256, 4, w}, {257, 4, h}, {258, 3, 8}, {259, 3, compression}, {262, 3, 1},
                    {273, 4, 8}, {277, 3, 1}, {278, 4, h}, {279, 4, 16}};
        b.putShort((short) entries.length);
        for (int[] e : entries) {
            b.putShort((short) e[0]).putShort((short) e[1]).putInt(1);
            if (e[1] == 3) {
                b.putShort((short) e[2]).putShort((short) 0);
            } else {
                b.putInt(e[2]);
            }
        }
        b.putInt(0);
        byte[] out = new byte[b.position()];
        b.flip();
        b.get(out);
        return out;
    }

    static byte[] zeroPng(int w, int h) throws IOException {
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(z)) {
            byte[] row = new byte[w + 1];
            for (int y = 0; y < h; y++) {
                d.write(row);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 0).put((byte) 0)
                .put((byte) 0).put((byte) 0).array());
        chunk(png, "IDAT", z.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
