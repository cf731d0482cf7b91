package org.jmapserv.image.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * GeoTIFFs written by GDAL with COMPRESS=ZSTD / LZMA / WEBP (test-data/rasters/make-rasters.sh) decode to exactly the
 * samples of the deflate/LZW/PackBits originals they were translated from: predictors 2 and 3, tiles and strips,
 * pixel- and band-interleaved, overviews, whole images and windows.
 */
class TiffCodecReadTest {

    private static final Path DIR = Path.of("test-data/rasters");

    private static void assertSameSamples(String original, String recompressed, int[] bands) throws Exception {
        try (RasterSource a = RasterFiles.open(DIR.resolve(original));
                RasterSource b = RasterFiles.open(DIR.resolve(recompressed))) {
            assertEquals(a.info().width(), b.info().width());
            assertEquals(a.info().sampleType(), b.info().sampleType());
            assertEquals(a.info().noData(), b.info().noData());
            assertEquals(a.info().alphaBand(), b.info().alphaBand());
            int w = a.info().width();
            int h = a.info().height();
            assertArrays(a.read(bands, 0, 0, w, h, w, h), b.read(bands, 0, 0, w, h, w, h), recompressed + " whole");
            // a window across block edges, decimated and magnified as map draws ask
            assertArrays(a.read(bands, 37, 21, 70, 50, 35, 25), b.read(bands, 37, 21, 70, 50, 35, 25),
                    recompressed + " decimated window");
            assertArrays(a.read(bands, 61, 63, 9, 7, 90, 70), b.read(bands, 61, 63, 9, 7, 90, 70),
                    recompressed + " magnified window");
        }
    }

    private static void assertArrays(float[][] expected, float[][] actual, String what) {
        assertEquals(expected.length, actual.length);
        for (int b = 0; b < expected.length; b++) {
            assertArrayEquals(expected[b], actual[b], what + ", band " + (b + 1));
        }
    }

    @Test
    void zstdTiledRgbWithHorizontalPredictor() throws Exception {
        assertSameSamples("rgb.tif", "rgb-zstd.tif", new int[] {1, 2, 3});
    }

    @Test
    void zstdOverviewsAreUsedAndDecoded() throws Exception {
        try (RasterSource a = RasterFiles.open(DIR.resolve("rgb-tiled.tif"));
                RasterSource b = RasterFiles.open(DIR.resolve("rgb-zstd.tif"))) {
            assertEquals(2, b.info().overviews().size());
            // both have nearest overviews 2 and 4 of the same pixels: a quarter-size read comes from level 2
            assertArrays(a.read(new int[] {1, 2, 3}, 0, 0, 160, 120, 40, 30),
                    b.read(new int[] {1, 2, 3}, 0, 0, 160, 120, 40, 30), "overview");
        }
    }

    @Test
    void lzmaSixteenBitWithHorizontalPredictor() throws Exception {
        assertSameSamples("dem16.tif", "dem16-lzma.tif", new int[] {1});
    }

    @Test
    void lzmaBandInterleavedRgb() throws Exception {
        assertSameSamples("rgb.tif", "rgb-lzma-band.tif", new int[] {3, 1, 2});
    }

    @Test
    void zstdFloatStripsWithFloatingPointPredictor() throws Exception {
        assertSameSamples("float32.tif", "float32-zstd.tif", new int[] {1});
    }

    @Test
    void losslessWebpTilesKeepTheAlphaBand() throws Exception {
        try (RasterSource a = RasterFiles.open(DIR.resolve("rgba.tif"));
                RasterSource b = RasterFiles.open(DIR.resolve("rgba-webp.tif"))) {
            int[] bands = {1, 2, 3, 4};
            float[][] original = a.read(bands, 0, 0, 160, 120, 160, 120);
            float[][] webp = b.read(bands, 0, 0, 160, 120, 160, 120);
            int opaque = 0;
            for (int i = 0; i < 160 * 120; i++) {
                assertEquals(original[3][i], webp[3][i], "alpha at " + i);
                if (original[3][i] > 0) { // libwebp drops the colour of fully transparent pixels
                    opaque++;
                    for (int k = 0; k < 3; k++) {
                        assertEquals(original[k][i], webp[k][i], "band " + (k + 1) + " at " + i);
                    }
                }
            }
            assertTrue(opaque > 18_000, "most pixels are compared");
            // inside the transparent disc GDAL 3.6.2 reads (54, 0, 175, 0) from this file, as we do
            float[][] px = b.read(bands, 88, 32, 1, 1, 1, 1);
            assertArrayEquals(new float[] {54, 0, 175, 0},
                    new float[] {px[0][0], px[1][0], px[2][0], px[3][0]});
        }
    }
}
