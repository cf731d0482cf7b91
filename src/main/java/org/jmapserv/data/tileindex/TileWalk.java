package org.jmapserv.data.tileindex;


import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.locationtech.jts.geom.Envelope;

/**
 * Walks a tile index as msTiledSHPNextShape does: each index feature names a tile, opened lazily when the cursor
 * reaches it and closed when its features are used up; one tile is open at a time. Shared by shapefile tile indexes
 * and OGR ({@code ogrtindex}) tile indexes, which differ only in how a tile is opened.
 */
public final class TileWalk {

    /** Opens the tile an index feature names, or returns {@code null} to skip it (a missing tile ignored). */
    @FunctionalInterface
    public interface TileOpener {
        FeatureSource open(Feature indexFeature);
    }

    private TileWalk() {
    }

    /** The features of every tile under {@code extent}, tile after tile. */
    public static FeatureCursor query(FeatureSource index, Envelope extent, TileOpener opener) {
        FeatureCursor tiles = index.query(extent);
        return new FeatureCursor() {
            private FeatureSource tile;
            private FeatureCursor cursor;

            @Override
            public Feature next() {
                while (true) {
                    if (cursor != null) {
                        Feature f = cursor.next();
                        if (f != null) {
                            return f;
                        }
                        closeTile();
                    }
                    Feature t = tiles.next();
                    if (t == null) {
                        return null;
                    }
                    tile = opener.open(t);
                    if (tile != null) {
                        cursor = tile.query(extent);
                    }
                }
            }

            private void closeTile() {
                cursor.close();
                tile.close();
                cursor = null;
                tile = null;
            }

            @Override
            public void close() {
                if (cursor != null) {
                    closeTile();
                }
                tiles.close();
            }
        };
    }

    /** The records of every tile the index names (msLayerGetNumFeatures over a tile index). */
    public static long count(FeatureSource index, TileOpener opener) {
        long n = 0;
        try (FeatureCursor c = index.query(null)) {
            for (Feature f = c.next(); f != null; f = c.next()) {
                FeatureSource tile = opener.open(f);
                if (tile != null) {
                    try (tile) {
                        n += tile.count();
                    }
                }
            }
        }
        return n;
    }
}
