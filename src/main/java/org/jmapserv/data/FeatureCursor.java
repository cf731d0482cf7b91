package org.jmapserv.data;

/**
 * A forward-only stream of the features a {@link FeatureSource#query} selected. Features are decoded one
 * at a time as {@link #next()} is called; nothing is materialised for the whole file. Single-threaded.
 */
public interface FeatureCursor extends AutoCloseable {

    /** The next selected feature, or {@code null} once the selection is exhausted. */
    Feature next();

    /** Releases the cursor; the owning source stays open. Never throws. */
    @Override
    void close();

    /**
     * A cursor over features already in memory (inline FEATUREs, generated or fully read sources): those whose
     * bounding box intersects {@code extent} (boundaries touching count), in list order; {@code null} selects all.
     */
    static FeatureCursor over(Iterable<Feature> features, org.locationtech.jts.geom.Envelope extent) {
        java.util.Iterator<Feature> it = features.iterator();
        return new FeatureCursor() {
            @Override
            public Feature next() {
                while (it.hasNext()) {
                    Feature f = it.next();
                    if (extent == null || extent.intersects(f.shape().envelope())) {
                        return f;
                    }
                }
                return null;
            }

            @Override
            public void close() {
            }
        };
    }
}
