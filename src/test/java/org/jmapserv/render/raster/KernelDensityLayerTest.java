package org.jmapserv.render.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.render.layer.KernelDensitySamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CONNECTIONTYPE KERNELDENSITY: the Gaussian grid of msKernelDensity (symmetric, sigma = radius / 3, AUTO
 * normalisation putting the peak at 254-255, a fixed one scaling by N, no borders leaving a radius-wide empty frame), the
 * weights of the linked layer's classes, and MapServer's errors for a missing CONNECTION. Samples 125 and 126 check
 * whole maps against MapServer 8.0.
 */
class KernelDensityLayerTest {

    @TempDir
    Path dir;

    private static int[] onePoint(KernelDensityGrid.Params p, int size, float weight) {
        float[] v = new float[size * size];
        v[(size / 2) * size + size / 2] = weight;
        return KernelDensityGrid.bytes(new KernelDensitySamples.Grid(v, size, size, 1, new float[] {size / 2, size / 2, weight}), p, size, size);
    }

    @Test
    void autoNormalisationPutsTheSinglePeakAtTheTopAndIsSymmetric() {
        int[] b = onePoint(new KernelDensityGrid.Params(5, false, 0f), 41, 3f);
        int c = 20 * 41 + 20;
        // (v - min) / max with min the smallest positive value: the peak comes out just under 1
        assertTrue(b[c] >= 254, "peak " + b[c]);
        for (int d = 1; d <= 5; d++) {
            assertEquals(b[c - d], b[c + d], "left/right at " + d);
            assertEquals(b[c - d * 41], b[c + d * 41], "up/down at " + d);
            assertTrue(b[c + d] < b[c + d - 1], "falls off with distance");
        }
        assertEquals(0, b[0], "the radius-wide frame is left empty without COMPUTE_BORDERS");
        assertEquals(0, b[41 * 40 + 40]);
    }

    @Test
    void fixedNormalisationScalesTheDensity() {
        // KERNELDENSITY_NORMALIZATION=N divides by 1/N: a weight 10 point's centre (10 * kernel(0)^2) exceeds 1/N
        int[] n1 = onePoint(new KernelDensityGrid.Params(6, false, 1f), 41, 10f);
        int[] n100 = onePoint(new KernelDensityGrid.Params(6, false, 0.01f), 41, 10f);
        int c = 20 * 41 + 20;
        float k0 = (float) (1.0 / Math.sqrt(2.0 * Math.PI * 4.0));
        assertEquals((int) (255 * (10f * k0 * k0)), n1[c]);
        assertEquals(255, n100[c], "clamped to 255");
    }

    @Test
    void noSampleDrawsNothing() {
        int[] b = KernelDensityGrid.bytes(new KernelDensitySamples.Grid(new float[100], 10, 10, 0, new float[0]),
                new KernelDensityGrid.Params(2, true, 0f), 6, 6);
        for (int v : b) {
            assertEquals(0, v);
        }
    }

    @Test
    void idwIsTheDistanceWeightedMeanWithinTheRadius() {
        // two samples: value 10 at (2, 2) and 30 at (7, 2); radius 4 pixels, power 1 on squared distances
        float[] xyz = {2, 2, 10, 7, 2, 30};
        int[] b = IdwGrid.bytes(new KernelDensitySamples.Grid(new float[100], 10, 10, 2, xyz),
                new IdwGrid.Params(4, 1f, false), 10, 10);
        assertEquals(10, b[2 * 10 + 2], "on a sample: its own value");
        assertEquals(30, b[2 * 10 + 7]);
        // x = 4: squared distances 4 and 9, weights 1/4 and 1/9: (2.5 + 3.33) / 0.361 = 16.15, truncated
        assertEquals(16, b[2 * 10 + 4], "between the two");
        // x = 0, y = 5: only the first sample is within the radius (d = 13 < 16): its value, nearly
        assertEquals(9, b[5 * 10 + 0], "one sample in reach: its value less the epsilon, truncated");
        assertEquals(0, b[9 * 10 + 0], "beyond the radius of every sample: 0");
    }

    private static final String MAP = """
            MAP
              EXTENT 400000 5000000 404000 5003000
              SIZE 160 120
              SHAPEPATH "%s"
              LAYER NAME "heat" TYPE RASTER CONNECTIONTYPE KERNELDENSITY CONNECTION "%s" STATUS ON
                PROCESSING "KERNELDENSITY_RADIUS=8" OFFSITE 0 0 0
                CLASS STYLE COLORRANGE 0 0 255 255 0 0 DATARANGE 0 255 END END
              END
              LAYER NAME "points" TYPE POINT STATUS OFF DATA "kd-points.shp" %s END
            END
            """;

    private BufferedImage render(String connection, String classes) throws Exception {
        MapDef m = new MapfileReader().readString(MAP.formatted(Path.of("test-data/rasters").toAbsolutePath(),
                connection, classes), dir.resolve("kd.map").toString(), dir);
        return MapRenderer.standard().render(m, RenderRequest.defaults()).image();
    }

    @Test
    void aClassWithoutStyleInScaleOrNoClassLeavesPointsOut() throws Exception {
        BufferedImage all = render("points", "");
        BufferedImage none = render("points", "CLASS EXPRESSION ([weight] > 100) STYLE SIZE 1 END END");
        int drawnAll = 0;
        for (int y = 0; y < 120; y++) {
            for (int x = 0; x < 160; x++) {
                drawnAll += (all.getRGB(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
                assertEquals(0xffffff, none.getRGB(x, y) & 0xffffff, "no point has a class: only the white map");
            }
        }
        assertTrue(drawnAll > 2000, "points without classes weigh 1 each: " + drawnAll);
    }

    @Test
    void unknownConnectionLayerFailsAsMapServer() {
        RenderException e = assertThrows(RenderException.class, () -> render("nope", ""));
        assertTrue(e.getMessage().contains("Failed to draw layer named 'heat'")
                && e.getMessage().contains("Interpolation layer (heat) references unknown layer (nope)"),
                e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }
}
