package org.jmapserv.image.raster;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The decoded-region cache stays within its byte budget, least recently used out, and never keeps huge strips. */
class DecodedRegionCacheTest {

    private static DecodedRegionCache.Key key(int row, long modified) {
        return new DecodedRegionCache.Key(Path.of("/x.tif"), 100, modified, 0, row, 16, 0, 64);
    }

    private static Raster bytes(int n) {
        return Raster.createBandedRaster(DataBuffer.TYPE_BYTE, n, 1, 1, null);
    }

    @Test
    void evictsTheLeastRecentlyUsedBeyondTheBudget() {
        DecodedRegionCache c = new DecodedRegionCache(16_000);
        Raster a = bytes(1000);
        c.put(key(0, 1), a);
        for (int i = 1; i <= 15; i++) {
            c.get(key(0, 1)); // keep the first one recently used
            c.put(key(i, 1), bytes(1000));
        }
        c.put(key(99, 1), bytes(1000));
        assertSame(a, c.get(key(0, 1)));
        assertNull(c.get(key(1, 1)), "the least recently used went out");
        assertNotNull(c.get(key(99, 1)));
    }

    @Test
    void aReplacedFileOrAHugeRegionIsNeverServed() {
        DecodedRegionCache c = new DecodedRegionCache(16_000);
        c.put(key(0, 1), bytes(1000));
        assertNull(c.get(key(0, 2)), "another modification time is another file");
        c.put(key(1, 1), bytes(1001)); // more than a sixteenth of the budget
        assertNull(c.get(key(1, 1)));
    }
}
