package org.jmapserv.geo;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.ProjectionDef;

/**
 * The PROJECTION blocks of a loaded map that PROJ would refuse, found at load time as msLoadMap finds them (it
 * calls msProcessProjection for the map's and every layer's block while reading): an unknown EPSG code, an
 * unknown {@code +proj=}, a latitude beyond ±90°. Each with the block's position and MapServer's wording.
 */
public final class ProjectionCheck {

    /** One refused block. */
    public record Problem(SourcePosition position, String message) {
    }

    private final ProjectionFactory factory;

    public ProjectionCheck(ProjectionFactory factory) {
        this.factory = factory;
    }

    public List<Problem> problems(MapDef map) {
        List<Problem> out = new ArrayList<>();
        check(map.projection(), out);
        for (LayerDef layer : map.layers()) {
            check(layer.projection(), out);
        }
        return out;
    }

    private void check(ProjectionDef p, List<Problem> out) {
        if (p == null || p.isEmpty() || p.isAuto() || p.args().stream().anyMatch(a -> a.indexOf('%') >= 0)) {
            return; // %token% blocks are checked after runtime substitution, when the draw builds them
        }
        try {
            factory.check(p.args());
        } catch (ProjectionException e) {
            out.add(new Problem(p.source(), "msProcessProjection(): Projection library error. " + e.getMessage()));
        }
    }
}
