package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.ows.HtmlEntities;
import org.jmapserv.query.LayerQueryability;
import org.jmapserv.ows.OwsMetadata;
import org.jmapserv.ows.OwsXml;

/**
 * The layers under the root layer in MapServer's order (the layer loop of msWMSGetCapabilities and
 * msWMSPrintNestedGroups): layers with a {@code wms_layer_group} path nest under named group layers (a layer
 * named like a group is written as that group), layers with a GROUP are gathered in one block per group at the
 * group's first layer, the rest are written on their own. Disabled layers are skipped.
 */
final class WmsLayerTree {

    private final WmsCapabilities.Ctx c;
    private final WmsLayerWriter writer;
    private final WmsCapabilities caps;
    private final WmsLayerGroups groups;
    private final boolean[] processed;
    private final java.util.Map<String, List<Integer>> groupMembers = new java.util.HashMap<>();

    WmsLayerTree(WmsCapabilities.Ctx c, WmsLayerWriter writer, WmsCapabilities caps) {
        this.c = c;
        this.writer = writer;
        this.caps = caps;
        this.groups = WmsLayerGroups.of(c.map());
        this.processed = new boolean[c.map().layers().size()];
        for (int i = 0; i < processed.length; i++) {
            processed[i] = !c.enabled()[i];
            String g = c.map().layers().get(i).group();
            if (g != null && !g.isEmpty()) {
                groupMembers.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
            }
        }
    }

    void write(StringBuilder b) {
        MapDef map = c.map();
        List<LayerDef> layers = map.layers();
        for (int i = 0; i < layers.size(); i++) {
            LayerDef lp = layers.get(i);
            if (processed[i]) {
                continue;
            }
            if (groups.depth(i) > 0) {
                nested(b, i, 0);
            } else if (lp.group() == null || lp.group().isEmpty()) {
                if (!groups.usedAsGroup()[i]) {
                    writer.write(b, i, "", false, false, groups);
                    processed[i] = true;
                }
            } else {
                groupBlock(b, i, lp);
            }
        }
    }

    private void groupBlock(StringBuilder b, int i, LayerDef lp) {
        List<LayerDef> layers = c.map().layers();
        boolean queryable = false;
        List<Integer> members = new ArrayList<>();
        for (int j : groupMembers.get(lp.group())) {
            LayerDef l = layers.get(j);
            if (j >= i && c.enabled()[j]) {
                queryable |= LayerQueryability.isQueryable(l);
                if (!processed[j]) {
                    members.add(j);
                }
            }
        }
        b.append("    <Layer").append(queryable ? " queryable=\"1\"" : "").append(">\n");
        nameWarning(b, lp.group());
        b.append("      <Name>").append(HtmlEntities.encode(lp.group())).append("</Name>\n");
        OwsXml.metadata(b, "      ", "Title", groupMetadata(lp.group(), "group_title"), lp.group(), "GROUP_TITLE");
        OwsXml.metadata(b, "      ", "Abstract", groupMetadata(lp.group(), "group_abstract"), lp.group(), null);
        caps.groupStyle(b, c, lp.group(), lp.metadata(), "group_style_", members);
        for (int j : members) {
            writer.write(b, j, "  ", false, false, groups);
            processed[j] = true;
        }
        b.append("    </Layer>\n");
    }

    /** msOWSPrintGroupMetadata2: the first layer of the group that has the item. */
    private String groupMetadata(String group, String key) {
        for (int i : groupMembers.get(group)) {
            LayerDef l = c.map().layers().get(i);
            {
                String v = OwsMetadata.lookup(l.metadata(), key, c.language());
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /** msWMSPrintNestedGroups. */
    private void nested(StringBuilder b, int index, int level) {
        String indent = "  ".repeat(level);
        List<LayerDef> layers = c.map().layers();
        if (groups.depth(index) <= level) {
            if (!processed[index] && !groups.usedAsGroup()[index]) {
                writer.write(b, index, indent, false, false, groups);
                processed[index] = true;
            }
            return;
        }
        boolean added = false;
        String groupName = groups.paths().get(index).get(level);
        int j = 0;
        while (j < layers.size() && !groupName.equalsIgnoreCase(layers.get(j).name())) {
            j++;
        }
        if (j < layers.size()) {
            if (!processed[j]) {
                writer.write(b, j, indent, true, hasQueryableSubLayers(index, level), groups);
                processed[j] = true;
                added = true;
            }
        } else {
            b.append(indent).append("    <Layer").append(hasQueryableSubLayers(index, level) ? " queryable=\"1\"" : "")
                    .append(">\n").append(indent).append("      <Name>").append(groupName).append("</Name>\n")
                    .append(indent).append("      <Title>").append(groupName).append("</Title>\n");
            added = true;
        }
        if (!processed[index]) {
            nested(b, index, level + 1);
        }
        for (int k = index + 1; k < layers.size(); k++) {
            if (groups.isSubGroup(index, level, k) && !processed[k]) {
                nested(b, k, level + 1);
            }
        }
        if (added) {
            b.append(indent).append("    </Layer>\n");
        }
    }

    private boolean hasQueryableSubLayers(int index, int level) {
        for (int j = index; j < c.map().layers().size(); j++) {
            if (groups.isSubGroup(index, level, j) && LayerQueryability.isQueryable(c.map().layers().get(j))) {
                return true;
            }
        }
        return false;
    }

    static void nameWarning(StringBuilder b, String name) {
        if (name != null && !name.isEmpty() && (!validXmlName(name) || Character.isDigit(name.charAt(0)))) {
            b.append("<!-- WARNING: The layer name '").append(name).append("' might contain spaces or invalid ")
                    .append("characters or may start with a number. This could lead to potential problems. -->\n");
        }
    }

    /** msIsXMLTagValid: letters, digits, '-', '.', '_' and ':' only. */
    private static boolean validXmlName(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(Character.isLetterOrDigit(ch) || ch == '-' || ch == '.' || ch == '_' || ch == ':')) {
                return false;
            }
        }
        return true;
    }
}
