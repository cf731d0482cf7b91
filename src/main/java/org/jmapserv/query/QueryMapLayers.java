package org.jmapserv.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.data.Feature;
import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.FeatureDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.Vertex;

/**
 * The map a query map draws (msDrawMap with querymap on, msDrawQueryLayer in mapdraw.c), expressed as an ordinary
 * map for the renderer: layers that were not searched draw as usual; a searched layer draws as usual under NORMAL,
 * as usual and then its results again with the QUERYMAP COLOR under HILITE (the bottom style's COLOR of a polygon
 * class, or its OUTLINECOLOR when it has no COLOR; the bottom style of a line class with an OUTLINEWIDTH; else the
 * top style's COLOR or OUTLINECOLOR), and only its results under SELECTED. The results are handed to the renderer as
 * inline features carrying their attributes (PROCESSING "ITEMS=..."), so classes, labels and bindings see what
 * they saw in the query.
 */
public final class QueryMapLayers {

    private QueryMapLayers() {
    }

    public static MapDef of(MapDef map, QueryResults results) {
        String style = map.queryMap().style() == null ? "HILITE" : map.queryMap().style().toUpperCase(Locale.ROOT);
        if (style.equals("NORMAL")) {
            return map;
        }
        boolean hilite = !style.equals("SELECTED");
        List<LayerDef> layers = new ArrayList<>();
        for (int i = 0; i < map.layers().size(); i++) {
            LayerDef l = map.layers().get(i);
            LayerResult r = results.forLayer(i).orElse(null);
            if (r == null) {
                layers.add(l);
                continue;
            }
            if (hilite) {
                layers.add(l);
            }
            if (!r.hits().isEmpty()) {
                layers.add(selected(l, r, hilite ? map.queryMap().color() : null));
            }
        }
        MapDef.Builder b = map.toBuilder();
        b.layers = layers;
        return b.build();
    }

    private static LayerDef selected(LayerDef l, LayerResult r, Color hilite) {
        LayerDef.Builder b = l.toBuilder();
        List<FeatureDef> features = new ArrayList<>();
        for (QueryHit h : r.hits()) {
            if (h.classIndex() < 0) {
                continue; // msDrawQueryLayer skips results without a class
            }
            features.add(feature(h.feature()));
        }
        b.features = features;
        b.connectionType = ConnectionType.INLINE;
        b.data = null;
        b.filter = null;
        b.tileIndex = null;
        List<String> processing = new ArrayList<>();
        for (String p : l.processing()) {
            if (!p.toUpperCase(Locale.ROOT).startsWith("ITEMS=")) {
                processing.add(p);
            }
        }
        processing.add("ITEMS=" + String.join(",", r.items()));
        b.processing = processing;
        if (hilite != null) {
            List<ClassDef> classes = new ArrayList<>();
            for (ClassDef c : l.classes()) {
                classes.add(hilited(l.type(), c, hilite));
            }
            b.classes = classes;
        }
        return b.build();
    }

    private static FeatureDef feature(Feature f) {
        FeatureDef.Builder b = new FeatureDef.Builder();
        ShapeGeometry s = f.shape();
        List<List<Vertex>> parts = new ArrayList<>();
        for (int p = 0; p < s.partCount(); p++) {
            List<Vertex> part = new ArrayList<>();
            for (int i = s.partStart(p); i < s.partEnd(p); i++) {
                part.add(new Vertex(s.x(i), s.y(i)));
            }
            parts.add(part);
        }
        b.parts = parts;
        b.items = new ArrayList<>(f.values());
        b.text = f.text();
        return b.build();
    }

    private static ClassDef hilited(LayerType type, ClassDef c, Color color) {
        if (c.styles().isEmpty()) {
            return c;
        }
        List<StyleDef> styles = new ArrayList<>(c.styles());
        int at;
        if (type == LayerType.POLYGON) {
            at = 0;
        } else if (type == LayerType.LINE && styles.get(0).outlineWidth() > 0) {
            at = 0;
            if (!valid(styles.get(0).color())) {
                return c;
            }
        } else {
            at = styles.size() - 1;
        }
        StyleDef s = styles.get(at);
        StyleDef.Builder sb = s.toBuilder();
        if (valid(s.color())) {
            sb.color = color;
        } else if (valid(s.outlineColor())) {
            sb.outlineColor = color;
        } else {
            return c;
        }
        styles.set(at, sb.build());
        ClassDef.Builder cb = c.toBuilder();
        cb.styles = styles;
        return cb.build();
    }

    private static boolean valid(Color c) {
        return c != null && c.red() >= 0;
    }
}
