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
}
