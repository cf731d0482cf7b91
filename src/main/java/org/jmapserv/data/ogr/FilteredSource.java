package org.jmapserv.data.ogr;

import java.util.function.Predicate;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.ForwardingFeatureSource;
import org.locationtech.jts.geom.Envelope;

/**
 * A source whose queries keep only the features {@code keep} holds for, as OGR_L_SetAttributeFilter narrows a layer
 * (a NATIVE_FILTER or an SQL WHERE run in OGR SQL, or MapServer's FILTER as 8.0 sends it); everything else is the
 * base source's.
 */
final class FilteredSource extends ForwardingFeatureSource {

    private final Predicate<Feature> keep;
    private final boolean filterApplied;

    /** {@code filterApplied}: whether the kept features already satisfy the layer's FILTER (no second pass). */
    FilteredSource(FeatureSource base, Predicate<Feature> keep, boolean filterApplied) {
        super(base);
        this.keep = keep;
        this.filterApplied = filterApplied;
    }

    @Override
    public boolean filterApplied() {
        return filterApplied;
    }

    @Override
    public FeatureCursor query(Envelope extent) {
        FeatureCursor c = base.query(extent);
        return new FeatureCursor() {
            @Override
            public Feature next() {
                for (Feature f = c.next(); f != null; f = c.next()) {
                    if (keep.test(f)) {
                        return f;
                    }
                }
                return null;
            }

            @Override
            public void close() {
                c.close();
            }
        };
    }
}
