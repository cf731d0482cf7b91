package org.jmapserv.image.raster;

import java.awt.image.Raster;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decoded regions of raster files kept across draws, least recently used first out, within a byte budget: the role
 * GDAL's block cache plays for MapServer (a view drawn again, or a neighbouring one sharing rows, decodes nothing
 * twice). Keys carry the file's size and modification time, so a replaced file is never served stale. The budget
 * (system property {@code jmapserv.raster.cacheMB}, default 64) bounds memory whatever the rasters' sizes; a region
 * larger than a sixteenth of it (a full-width strip of a huge raster) is not kept. Thread-safe; cached rasters are
 * only read.
 */
final class DecodedRegionCache {

    /** One decoded region: file identity, image (IFD), rows and columns. */
    record Key(Path file, long size, long modified, int image, int row, int rows, int col, int cols) {
    }

    static final DecodedRegionCache SHARED = new DecodedRegionCache(
            Long.getLong("jmapserv.raster.cacheMB", 64L) << 20);

    private final long budget;
    private final LinkedHashMap<Key, Raster> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    DecodedRegionCache(long budget) {
        this.budget = budget;
    }

    synchronized Raster get(Key key) {
        return entries.get(key);
    }

    synchronized void put(Key key, Raster raster) {
        long size = sizeOf(raster);
        if (size > budget / 16 || entries.containsKey(key)) {
            return;
        }
        entries.put(key, raster);
        bytes += size;
        Iterator<Map.Entry<Key, Raster>> it = entries.entrySet().iterator();
        while (bytes > budget && it.hasNext()) {
            bytes -= sizeOf(it.next().getValue());
            it.remove();
        }
    }

    private static long sizeOf(Raster r) {
        int bits = java.awt.image.DataBuffer.getDataTypeSize(r.getDataBuffer().getDataType());
        return (long) r.getDataBuffer().getSize() * r.getDataBuffer().getNumBanks() * bits / 8;
    }
}
