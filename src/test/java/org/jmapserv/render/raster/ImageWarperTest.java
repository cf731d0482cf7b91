package org.jmapserv.render.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;

import org.jmapserv.geo.ExtentAdjuster;
import org.jmapserv.geo.PixelGrid;
import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.geo.Rect;
import org.jmapserv.geo.Reprojector;
import org.junit.jupiter.api.Test;

class ImageWarperTest {

    private static final int RED = 0xffff0000;
    private static final int BLUE = 0xff0000ff;
    private final ProjectionFactory projections = new ProjectionFactory();

    private Reprojector between(String from, String to) {
        return Reprojector.between(projections.fromMapfileArgs(List.of(from)), projections.fromMapfileArgs(List.of(to)));
    }

    /** Left half red (west of 0°), right half blue, over lon -20..20, lat 30..60. */
    private static BufferedImage halves(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, x < w / 2 ? RED : BLUE);
            }
        }
        return img;
    }

    @Test
    void usesAnImageRequestedOnTheMapGridAsIs() {
        PixelGrid grid = ExtentAdjuster.adjust(new Rect(-10, 40, 10, 55), 40, 30);
        BufferedImage img = halves(40, 30);
        assertSame(img, ImageWarper.warp(img, grid.edgeBounds(), between("init=epsg:4326", "init=epsg:4326"), grid));
    }

    @Test
    void reprojectsAGeographicImageIntoAMercatorMapAndLeavesTheMarginTransparent() {
        PixelGrid grid = ExtentAdjuster.adjust(new Rect(-3_000_000, 3_000_000, 3_000_000, 9_000_000), 200, 200);
        BufferedImage out = ImageWarper.warp(halves(400, 300), new Rect(-20, 30, 20, 60),
                between("init=epsg:3857", "init=epsg:4326"), grid);
        assertEquals(200, out.getWidth());
        int row = (int) Math.round(grid.toPixelY(6_000_000));
        assertEquals(RED, out.getRGB((int) Math.round(grid.toPixelX(-1_000_000)), row));
        assertEquals(BLUE, out.getRGB((int) Math.round(grid.toPixelX(1_000_000)), row));
        assertEquals(0, out.getRGB(100, (int) Math.round(grid.toPixelY(3_200_000))) >>> 24,
                "below 30°N (about 3.5e6 m) there is no image: transparent");
    }

    @Test
    void interpolatedProjectionAgreesWithExactProjectionAlmostEverywhere() {
        PixelGrid grid = ExtentAdjuster.adjust(new Rect(-2_000_000, 4_000_000, 2_000_000, 8_000_000), 300, 300);
        BufferedImage src = new BufferedImage(800, 600, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 800; x++) {
                src.setRGB(x, y, 0xff000000 | (x * 31 + y * 17) * 2654435);
            }
        }
        Rect box = new Rect(-20, 30, 20, 60);
        Reprojector r = between("init=epsg:3857", "init=epsg:4326");
        BufferedImage approx = ImageWarper.warp(src, box, r, grid);
        int differ = 0;
        double[] p = new double[2];
        for (int py = 0; py < 300; py++) {
            for (int px = 0; px < 300; px++) {
                p[0] = grid.toWorldX(px);
                p[1] = grid.toWorldY(py);
                r.transform(p, 0, 1);
                int sx = (int) Math.floor((p[0] + 20) / 0.05);
                int sy = (int) Math.floor((60 - p[1]) / 0.05);
                int exact = sx >= 0 && sy >= 0 && sx < 800 && sy < 600 ? src.getRGB(sx, sy) : 0;
                if (exact != approx.getRGB(px, py)) {
                    differ++;
                }
            }
        }
        assertTrue(differ < 300 * 300 / 100, "pixels that differ from the exact warp: " + differ);
    }
}
