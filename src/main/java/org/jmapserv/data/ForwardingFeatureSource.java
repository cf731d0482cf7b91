package org.jmapserv.data;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * A source that passes every call to {@code base}: the base of sources that change one thing of another source
 * (which features, their text, their coordinates), as MapServer's layer vtables wrap one another (msClusterLayer,
 * msUnionLayer). Subclasses override what they change.
 */
public abstract class ForwardingFeatureSource implements FeatureSource {

    /** The source wrapped; closed with this one. */
    protected final FeatureSource base;

    protected ForwardingFeatureSource(FeatureSource base) {
        this.base = base;
    }

    @Override
    public List<String> attributeNames() {
        return base.attributeNames();
    }

    @Override
    public Envelope bounds() {
        return base.bounds();
    }

    @Override
    public FeatureCursor query(Envelope extent) {
        return base.query(extent);
    }

    @Override
    public boolean filterApplied() {
        return base.filterApplied();
    }

    @Override
    public List<String> autoProjection() {
        return base.autoProjection();
    }

    @Override
    public long count() {
        return base.count();
    }

    @Override
    public void close() {
        base.close();
    }
}
