package org.jmapserv.data;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * An open vector data set that the renderer queries by extent, the Java side of MapServer's
 * msLayerOpen / msLayerWhichShapes / msLayerNextShape sequence. Implementations are single-threaded:
 * use one instance per thread (opening is cheap).
 */
public interface FeatureSource extends AutoCloseable {

    /** Attribute (item) names in file order, as msLayerGetItems returns them. */
    List<String> attributeNames();

    /** The data set's extent as recorded in its header. */
    Envelope bounds();

    /**
     * Streams the features whose bounding box intersects {@code extent} (boundaries touching count, as
     * msRectOverlap), in record order; {@code null} selects every feature. Null and empty shapes are
     * never returned.
     */
    FeatureCursor query(Envelope extent);

    /**
     * Whether {@link #query} already applied the layer's FILTER (a database source that translated it to its own
     * query language, as msLayerTranslateFilter does), so the caller must not evaluate it again.
     */
    default boolean filterApplied() {
        return false;
    }

    /**
     * The data set's own coordinate system as PROJECTION arguments (e.g. {@code init=epsg:3857}), which a layer
     * with {@code PROJECTION AUTO END} uses (msLayerGetAutoProjection); empty when the source does not know it.
     */
    default List<String> autoProjection() {
        return List.of();
    }

    /** Number of records in the data set, null shapes included (MapServer's numshapes). */
    long count();

    @Override
    void close();
}
