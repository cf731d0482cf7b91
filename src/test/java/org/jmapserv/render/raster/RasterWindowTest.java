package org.jmapserv.render.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jmapserv.geo.PixelGrid;
import org.jmapserv.geo.Rect;
import org.jmapserv.image.raster.GeoTransform;
import org.junit.jupiter.api.Test;

/**
 * msDrawRasterLayerGDAL's windows, checked against the "src=..., dst=..." line MapServer 8.0 prints with
 * DEBUG 5 for samples/40-raster-rgb-geotiff.map.
 */
class RasterWindowTest {

    private static final GeoTransform RGB = new GeoTransform(400000, 25, 0, 5003000, 0, -25);

    /** The grid map2img uses for EXTENT 399500 5000200 404300 5003300 SIZE 300 200 (extent squared to the size). */
    private static PixelGrid sample40() {
        double cell = 16.053511705685619;
        double cx = (399500 + 404300) / 2.0;
        double cy = (5000200 + 5003300) / 2.0;
        Rect r = new Rect(cx - cell * 299 / 2, cy - cell * 199 / 2, cx + cell * 299 / 2, cy + cell * 199 / 2);
        return new PixelGrid(r, 300, 200, cell, cell);
    }

    @Test
    void windowOfARasterInsideTheMap() {
        // MapServer 8.0 with -all_debug 5: msDrawRasterLayerGDAL(): src=0,0,160,114, dst=31,22,250,178
        assertEquals(new RasterWindow(0, 0, 160, 114, 31, 22, 250, 178), RasterWindow.of(RGB, 160, 120, sample40()));
    }

    @Test
    void noWindowOutsideTheRaster() {
        PixelGrid far = new PixelGrid(new Rect(0, 0, 100, 100), 10, 10, 10, 10);
        assertNull(RasterWindow.of(RGB, 160, 120, far));
    }
}
