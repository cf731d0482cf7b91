package org.jmapserv.data.ogr;

import java.util.List;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.geo.Rect;
import org.jmapserv.geo.Reprojector;
import org.locationtech.jts.geom.Envelope;

/**
 * An {@code OGRVRTWarpedLayer} as GDAL's OGRWarpedLayer serves it: its source layer's features reprojected from
 * {@code SrcSRS} (default: the source layer's own CRS) to {@code TargetSRS}; a spatial query is taken back into the
 * source CRS first. A feature whose points cannot all be projected is dropped, as OGR drops a feature whose
 * transformation fails.
 */
final class VrtWarpedSource implements FeatureSource {

    private final FeatureSource source;
    private final Reprojector toTarget;
    private final Reprojector toSource;
    private final List<String> target;

    VrtWarpedSource(FeatureSource source, Reprojector toTarget, Reprojector toSource, List<String> target) {
        this.source = source;
        this.toTarget = toTarget;
        this.toSource = toSource;
        this.target = target;
    }

    @Override
    public List<String> attributeNames() {
        return source.attributeNames();
    }

    @Override
    public Envelope bounds() {
        Envelope b = source.bounds();
        if (b.isNull()) {
            return b;
        }
        Rect r = toTarget.transform(Rect.of(b));
        return new Envelope(r.minX(), r.maxX(), r.minY(), r.maxY());
    }

    @Override
    public List<String> autoProjection() {
        return target;
    }

    @Override
    public FeatureCursor query(Envelope extent) {
        Envelope q = extent;
        if (extent != null) {
            Rect r = toSource.transform(Rect.of(extent));
            q = Double.isNaN(r.minX()) ? null : new Envelope(r.minX(), r.maxX(), r.minY(), r.maxY());
        }
        FeatureCursor c = source.query(q);
        return new FeatureCursor() {
            @Override
            public Feature next() {
                for (Feature f = c.next(); f != null; f = c.next()) {
                    ShapeGeometry shape = f.shape();
                    double[] xy = shape.coordinates().clone();
                    if (toTarget.transform(xy, 0, xy.length / 2) > 0) {
                        continue;
                    }
                    ShapeGeometry out = ShapeGeometry.of(shape.kind(), shape.partStarts(), xy);
                    if (extent != null && !extent.intersects(out.envelope())) {
                        continue;
                    }
                    return new Feature(f.index(), out, f.attributes());
                }
                return null;
            }

            @Override
            public void close() {
                c.close();
            }
        };
    }

    @Override
    public long count() {
        return source.count();
    }

    @Override
    public void close() {
        source.close();
    }
}
