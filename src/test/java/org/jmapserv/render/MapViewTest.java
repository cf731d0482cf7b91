package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Units;
import org.junit.jupiter.api.Test;

class MapViewTest {

    @Test
    void growsTheShortAxisSymmetricallyWithPixelCentreCellSize() throws Exception {
        MapDef.Builder b = TestMaps.map(new Extent(0, 0, 100, 100), 201, 101);
        b.units = Units.METERS;
        MapView v = MapView.of(b.build(), RenderRequest.defaults());
        assertEquals(1.0, v.cellSize(), 1e-12);
        assertEquals(-50, v.extent().minX(), 1e-9);
        assertEquals(150, v.extent().maxX(), 1e-9);
        assertEquals(0, v.toPixelX(-50), 1e-9);
        assertEquals(200, v.toPixelX(150), 1e-9);
    }

    @Test
    void computesScaleAsMsCalculateScale() throws Exception {
        MapDef.Builder b = TestMaps.map(new Extent(0, 0, 1000, 1000), 101, 101);
        b.units = Units.METERS;
        MapView v = MapView.of(b.build(), RenderRequest.defaults());
        assertEquals(1000 / (100 / (72 * 39.3701)), v.scaleDenom(), 1e-6);
    }

    @Test
    void rejectsSizesAboveMaxSize() {
        MapDef map = TestMaps.map(new Extent(0, 0, 10, 10), 5000, 100).build();
        RenderException e = assertThrows(RenderException.class, () -> MapView.of(map, RenderRequest.defaults()));
        assertTrue(e.getMessage().contains("MAXSIZE"), e.getMessage());
    }

    @Test
    void rejectsAnInvertedExtent() {
        MapDef map = TestMaps.map(new Extent(10, 0, 0, 10), 100, 100).build();
        assertThrows(RenderException.class, () -> MapView.of(map, RenderRequest.defaults()));
    }
}
