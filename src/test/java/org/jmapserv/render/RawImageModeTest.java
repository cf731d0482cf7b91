package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.jmapserv.image.raster.GeoTransform;
import org.jmapserv.image.raster.RasterFiles;
import org.jmapserv.image.raster.RasterInfo;
import org.jmapserv.image.raster.RasterSource;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IMAGEMODE BYTE / INT16 / FLOAT32 with DRIVER "GDAL/GTiff" or "GDAL/AAIGRID": every map of test-data/rawmode/ is
 * drawn and its GeoTIFF compared, value for value (no tolerance: raw values are data), or its ASCII grid byte for
 * byte, with what MapServer 8.0's map2img wrote
 * (test-data/rawmode/regenerate.sh): band count, sample type, geotransform, EPSG code, NODATA (NULLVALUE).
 */
class RawImageModeTest {

    private static final Path DIR = Path.of("test-data/rawmode");

    @TempDir
    Path tmp;

    private final MapRenderer renderer = MapRenderer.standard();

    static Stream<String> maps() throws Exception {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".map"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("maps")
    void writesTheValuesMapServerWrites(String name) throws Exception {
        MapDef map = new MapfileReader().read(DIR.resolve(name + ".map"));
        RenderedMap r = renderer.render(map, RenderRequest.defaults());
        Path out = tmp.resolve(name + ".tif");
        try (OutputStream os = Files.newOutputStream(out)) {
            r.write(os);
        }
        Path grid = DIR.resolve("expected").resolve(name + ".asc");
        if (Files.exists(grid)) { // an ESRI ASCII grid: text, compared byte for byte
            assertEquals(Files.readString(grid), Files.readString(out), name);
            return;
        }
        Path png = DIR.resolve("expected").resolve(name + ".png");
        if (Files.exists(png)) { // GDAL/PNG: same samples, same colour type, same tRNS (NULLVALUE) chunk
            assertEquals(chunk(png, "IHDR"), chunk(out, "IHDR"), name + ": size, depth, colour type");
            assertEquals(chunk(png, "tRNS"), chunk(out, "tRNS"), name + ": tRNS");
            java.awt.image.Raster e = javax.imageio.ImageIO.read(png.toFile()).getRaster();
            java.awt.image.Raster a = javax.imageio.ImageIO.read(out.toFile()).getRaster();
            assertArrayEquals(e.getPixels(0, 0, e.getWidth(), e.getHeight(), (int[]) null),
                    a.getPixels(0, 0, a.getWidth(), a.getHeight(), (int[]) null), name + ": samples");
            return;
        }
        try (RasterSource expected = RasterFiles.open(DIR.resolve("expected").resolve(name + ".tif"));
                RasterSource actual = RasterFiles.open(out)) {
            RasterInfo e = expected.info();
            RasterInfo a = actual.info();
            assertEquals(e.bandCount(), a.bandCount(), "bands");
            assertEquals(e.sampleType(), a.sampleType(), "sample type");
            assertEquals(e.noData(), a.noData(), "NODATA");
            assertEquals(e.epsg(), a.epsg(), "EPSG");
            assertTransform(e.geoTransform(), a.geoTransform());
            int[] bands = new int[e.bandCount()];
            for (int b = 0; b < bands.length; b++) {
                bands[b] = b + 1;
            }
            float[][] ev = expected.read(bands, 0, 0, e.width(), e.height(), e.width(), e.height());
            float[][] av = actual.read(bands, 0, 0, a.width(), a.height(), a.width(), a.height());
            for (int b = 0; b < bands.length; b++) {
                assertArrayEquals(ev[b], av[b], name + ": band " + (b + 1));
            }
        }
    }

    /** The hex of a PNG chunk's data, or "" when the file has none of that type. */
    private static String chunk(Path file, String type) throws Exception {
        byte[] d = Files.readAllBytes(file);
        int i = 8;
        while (i + 8 <= d.length) {
            int n = java.nio.ByteBuffer.wrap(d, i, 4).getInt();
            String t = new String(d, i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (t.equals(type)) {
                return java.util.HexFormat.of().formatHex(d, i + 8, i + 8 + n);
            }
            i += 12 + n;
        }
        return "";
    }

    private static void assertTransform(GeoTransform e, GeoTransform a) {
        double[] ev = {e.c0(), e.c1(), e.c2(), e.c3(), e.c4(), e.c5()};
        double[] av = {a.c0(), a.c1(), a.c2(), a.c3(), a.c4(), a.c5()};
        assertArrayEquals(ev, av, 1e-6, "geotransform");
    }

    private String failure(String outputFormat, String layer) throws Exception {
        MapDef m = new MapfileReader().readString("""
                MAP
                  EXTENT 400000 5000000 404000 5003000
                  SIZE 40 30
                  SHAPEPATH "%s"
                  PROJECTION "init=epsg:32633" END
                  %s
                  %s
                END
                """.formatted(Path.of("test-data/rasters").toAbsolutePath(), outputFormat, layer),
                tmp.resolve("bad.map").toString(), tmp);
        String msg = assertThrows(RenderException.class, () -> renderer.render(m, RenderRequest.defaults()))
                .getMessage();
        assertFalse(msg.contains("Exception"), msg);
        return msg;
    }

    @Test
    void bandCountTheLayerCannotFillFailsTheLayerAsIn80() throws Exception {
        String msg = failure("OUTPUTFORMAT NAME \"g\" DRIVER \"GDAL/GTiff\" IMAGEMODE INT16 FORMATOPTION "
                + "\"BAND_COUNT=2\" END", "LAYER NAME \"d\" TYPE RASTER STATUS ON DATA \"dem16.tif\" END");
        assertTrue(msg.contains("Failed to draw layer named 'd'") && msg.contains("msDrawRasterLayerGDAL_RawMode(): "
                + "Image handling error. BANDS PROCESSING directive has wrong number of bands, expected 2, got 1."), msg);
    }

    @Test
    void bilinearOrAverageResamplingInRawModeIsRefusedNotDrawnWrong() throws Exception {
        String msg = failure("OUTPUTFORMAT NAME \"g\" DRIVER \"GDAL/GTiff\" IMAGEMODE INT16 END",
                "LAYER NAME \"geo\" TYPE RASTER STATUS ON DATA \"rgb-4326.tif\" PROJECTION \"init=epsg:4326\" END"
                + " PROCESSING \"RESAMPLE=BILINEAR\" PROCESSING \"BANDS=1\" END");
        assertTrue(msg.contains("Failed to draw layer named 'geo'") && msg.contains("RESAMPLE=BILINEAR in IMAGEMODE "
                + "INT16 is not supported") && msg.contains("rgb-4326.tif"), msg);
        msg = failure("OUTPUTFORMAT NAME \"g\" DRIVER \"GDAL/GTiff\" IMAGEMODE FLOAT32 END",
                "LAYER NAME \"geo\" TYPE RASTER STATUS ON DATA \"rgb-4326.tif\" PROJECTION \"init=epsg:4326\" END"
                + " PROCESSING \"RESAMPLE=AVERAGE\" PROCESSING \"BANDS=1\" END");
        assertTrue(msg.contains("RESAMPLE=AVERAGE in IMAGEMODE FLOAT32 is not supported"), msg);
    }

    @Test
    void rawModesWithOtherDriversAreRefused() throws Exception {
        String msg = failure("OUTPUTFORMAT NAME \"hfa\" DRIVER \"GDAL/HFA\" IMAGEMODE INT16 END",
                "LAYER NAME \"d\" TYPE RASTER STATUS ON DATA \"dem16.tif\" END");
        assertTrue(msg.contains("GDAL/HFA"), msg);
        msg = failure("OUTPUTFORMAT NAME \"grid\" DRIVER \"GDAL/AAIGRID\" IMAGEMODE RGB END",
                "LAYER NAME \"d\" TYPE RASTER STATUS ON DATA \"dem16.tif\" END");
        assertTrue(msg.contains("AAIG driver doesn't support 3 bands.  Must be 1 band."), msg);
        msg = failure("OUTPUTFORMAT NAME \"p\" DRIVER \"AGG/PNG\" IMAGEMODE FLOAT32 END",
                "LAYER NAME \"d\" TYPE RASTER STATUS ON DATA \"dem16.tif\" END");
        assertTrue(msg.contains("IMAGEMODE FLOAT32 with DRIVER AGG/PNG"), msg);
    }

    @Test
    void nullValueThatIsNoNumberIsAFormatError() throws Exception {
        String msg = failure("OUTPUTFORMAT NAME \"g\" DRIVER \"GDAL/GTiff\" IMAGEMODE FLOAT32 FORMATOPTION "
                + "\"NULLVALUE=abc\" END", "LAYER NAME \"d\" TYPE RASTER STATUS ON DATA \"dem16.tif\" END");
        assertTrue(msg.contains("NULLVALUE=abc is not a number"), msg);
    }
}
