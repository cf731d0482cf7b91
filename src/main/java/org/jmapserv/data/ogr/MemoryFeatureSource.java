package org.jmapserv.data.ogr;

import java.util.List;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.locationtech.jts.geom.Envelope;

/**
 * Features read whole by a driver without a spatial index of its own (GeoJSON, CSV, what a VRT derives), filtered
 * by bounding box on each query as OGR's generic spatial filter does. Null geometries are counted but never
 * returned by {@link #query}; a driver that keeps them for attribute-only reads (an OGR SQL JOIN's secondary table,
 * as GDAL serves every row there) hands them over with {@link #withAttributeRows}.
 */
final class MemoryFeatureSource implements FeatureSource {

    /**
     * Largest file a whole-file driver reads (bytes): a bigger GeoJSON or CSV would hold the server's heap for
     * every request that draws it; such files belong in a GeoPackage or FlatGeobuf, which are read by index.
     */
    static final long MAX_FILE_BYTES = 256L << 20;

    /** Refuses {@code req.file()} when it is larger than {@link #MAX_FILE_BYTES}. */
    static void checkSize(OgrOpenRequest req, String format) {
        long size;
        try {
            size = java.nio.file.Files.size(req.file());
        } catch (java.io.IOException e) {
            throw OgrErrors.openFailed(req, "Cannot read the file: " + e.getMessage());
        }
        if (size > MAX_FILE_BYTES) {
            throw OgrErrors.openFailed(req, format + " file of " + (size >> 20) + " MB is larger than the "
                    + (MAX_FILE_BYTES >> 20) + " MB jmapserv reads whole on every draw; convert it to GeoPackage or "
                    + "FlatGeobuf (ogr2ogr), which are read through their spatial index");
        }
    }

    /** The shape of a row without geometry in {@link #attributeRows()}: a placeholder that is never drawn. */
    static final org.jmapserv.data.ShapeGeometry NO_GEOMETRY = org.jmapserv.data.ShapeGeometry.point(0, 0);

    private final List<String> names;
    private List<Feature> attributeRows;
    private final List<Feature> features;
    private final long count;
    private final Envelope bounds = new Envelope();
    private List<String> projection = List.of();
    private boolean textFields;

    /** {@code features} may hold rows without geometry ({@link #NO_GEOMETRY}): kept for attribute reads, never drawn. */
    MemoryFeatureSource(List<String> names, List<Feature> features, long count) {
        this.names = List.copyOf(names);
        List<Feature> drawable = features.stream().filter(f -> f.shape() != NO_GEOMETRY).toList();
        if (drawable.size() != features.size()) {
            this.attributeRows = List.copyOf(features);
        }
        this.features = drawable;
        this.count = count;
        this.features.forEach(f -> bounds.expandToInclude(f.shape().envelope()));
    }

    List<Feature> features() {
        return features;
    }

    /**
     * Every row of the layer in FID order, those without a geometry included (shape {@link #NO_GEOMETRY}), for
     * attribute-only reads; the drawable features are still {@link #features()}.
     */
    MemoryFeatureSource withAttributeRows(List<Feature> rows) {
        this.attributeRows = List.copyOf(rows);
        return this;
    }

    /** What {@link #withAttributeRows} set, else the features with a geometry. */
    List<Feature> attributeRows() {
        return attributeRows != null ? attributeRows : features;
    }

    /** Sets what {@link #autoProjection()} answers (the driver's CRS, as PROJECTION args). */
    MemoryFeatureSource withProjection(List<String> args) {
        this.projection = List.copyOf(args);
        return this;
    }

    /** Marks every field as text, as OGR's CSV driver types them (OGR SQL then compares them as strings). */
    MemoryFeatureSource withTextFields() {
        this.textFields = true;
        return this;
    }

    boolean textFields() {
        return textFields;
    }

    @Override
    public List<String> autoProjection() {
        return projection;
    }

    @Override
    public List<String> attributeNames() {
        return names;
    }

    @Override
    public Envelope bounds() {
        return new Envelope(bounds);
    }

    @Override
    public FeatureCursor query(Envelope extent) {
        return FeatureCursor.over(features, extent);
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void close() {
    }
}
