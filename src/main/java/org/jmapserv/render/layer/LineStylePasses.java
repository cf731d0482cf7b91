package org.jmapserv.render.layer;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.expr.FeatureContext;
import org.jmapserv.render.font.FontException;
import org.jmapserv.render.style.FeaturePainter;
import org.jmapserv.render.style.PixelShape;
import org.jmapserv.render.style.StyleValues;

/**
 * The shape cache of msDrawVectorLayer (mapdraw.c) for LINE layers: a feature whose class has several styles,
 * or one style with an OUTLINEWIDTH, gets only its first style (or that style's outline) while the layer is
 * read; once all features are drawn, style 0's line, then style 1 of every cached feature, then style 2, ...
 * follow, so casings and centre lines join across features. Styles with a GEOMTRANSFORM are drawn in the first
 * pass and skipped later, as MapServer does; classes with bindings on styles after the first, or a layer with
 * STYLEITEM, are not cached.
 */
final class LineStylePasses {

    private record Cached(FeatureContext feature, PixelShape shape, ClassDef cls, StyleValues[] values) {
    }

    private final LayerDef layer;
    private final FeaturePainter painter;
    private final List<Cached> cache = new ArrayList<>();
    private int maxStyles;

    LineStylePasses(LayerDef layer, FeaturePainter painter) {
        this.layer = layer;
        this.painter = painter;
    }

    /** Whether features of class {@code c} are drawn style by style across the layer. */
    boolean applies(ClassDef c) {
        if (layer.type() != LayerType.LINE || layer.styleItem() != null || c.styles().isEmpty()) {
            return false;
        }
        if (c.styles().size() == 1 && !(c.styles().get(0).outlineWidth() > 0)) {
            return false;
        }
        for (int i = 1; i < c.styles().size(); i++) {
            if (!c.styles().get(i).bindings().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first pass for one feature: style 0 (its outline if it has one) on the clipped shape {@code px}, and
     * every GEOMTRANSFORM style on the unclipped {@code whole}.
     */
    void first(Graphics2D g, FeatureContext f, PixelShape px, PixelShape whole, ClassDef c, StyleValues[] values)
            throws FontException {
        for (int i = 0; i < values.length; i++) {
            StyleDef def = c.styles().get(i);
            if (values[i] == null) {
                continue;
            }
            if (def.geomTransform() != null) {
                painter.paint(g, layer.type(), f, whole, def, values[i]);
            } else if (i == 0) {
                StyleValues v = values[0];
                painter.paint(g, layer.type(), f, px, def, v.outlineWidth() > 0 ? v.asOutline() : v);
            }
        }
        cache.add(new Cached(f, px, c, values));
        maxStyles = Math.max(maxStyles, values.length);
    }

    /** The later passes, style index by style index over all cached features; empties the cache. */
    void rest(Graphics2D g) throws FontException {
        for (int s = 0; s < maxStyles; s++) {
            for (Cached k : cache) {
                if (s >= k.values().length || k.values()[s] == null) {
                    continue;
                }
                StyleDef def = k.cls().styles().get(s);
                StyleValues v = k.values()[s];
                if (def.geomTransform() != null) {
                    continue; // drawn in the first pass
                }
                if (s == 0) {
                    if (v.outlineWidth() > 0 && v.color().isSet()) {
                        painter.paint(g, layer.type(), k.feature(), k.shape(), def, v.withoutOutline());
                    }
                    continue;
                }
                if (v.outlineWidth() > 0 && v.outlineColor().isSet()) {
                    painter.paint(g, layer.type(), k.feature(), k.shape(), def, v.asOutline());
                }
                painter.paint(g, layer.type(), k.feature(), k.shape(), def, v.withoutOutline());
            }
        }
        cache.clear();
        maxStyles = 0;
    }
}
