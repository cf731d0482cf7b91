package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.ows.OwsMetadata;

/**
 * The {@code wms_layer_group} tree (msWMSPrepareNestedGroups, mapwms.cpp): per layer the group path
 * ("/a/b" gives [a, b]), and which layers are used as a group node by another layer's path (they are written as
 * that group, not on their own).
 */
record WmsLayerGroups(List<List<String>> paths, boolean[] usedAsGroup) {

    static WmsLayerGroups of(MapDef map) {
        List<LayerDef> layers = map.layers();
        List<List<String>> paths = new ArrayList<>(layers.size());
        boolean[] used = new boolean[layers.size()];
        for (LayerDef l : layers) {
            String v = OwsMetadata.lookup(l.metadata(), "layer_group");
            List<String> path = new ArrayList<>();
            if (v != null && v.startsWith("/")) {
                for (String t : v.substring(1).split("/")) {
                    if (!t.isEmpty()) {
                        path.add(t);
                    }
                }
            }
            paths.add(List.copyOf(path));
            for (String group : path) {
                for (int j = 0; j < layers.size(); j++) {
                    if (group.equalsIgnoreCase(layers.get(j).name())) {
                        used[j] = true;
                    }
                }
            }
        }
        return new WmsLayerGroups(List.copyOf(paths), used);
    }

    int depth(int layer) {
        return paths.get(layer).size();
    }

    /** Whether layer {@code i} is named (case-insensitively) by one of its group path entries. */
    boolean inGroup(int layer, String name) {
        for (String g : paths.get(layer)) {
            if (g.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** msWMSIsSubGroup: {@code other}'s path starts with {@code current}'s first {@code level + 1} entries. */
    boolean isSubGroup(int current, int level, int other) {
        List<String> a = paths.get(current);
        List<String> b = paths.get(other);
        if (b.size() <= level) {
            return false;
        }
        for (int i = 0; i <= level; i++) {
            if (!a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
