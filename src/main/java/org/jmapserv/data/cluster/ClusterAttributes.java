package org.jmapserv.data.cluster;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.AttributeRow;
import org.jmapserv.data.Feature;
import org.jmapserv.mapfile.model.expr.Atof;
import org.jmapserv.mapfile.model.expr.CNumberFormat;

/**
 * The items of a cluster shape, as msClusterLayerGetItems / InitShapeAttributes / UpdateShapeAttributes give them:
 * {@code Cluster_FeatureCount}, {@code Cluster_Group}, {@code Cluster_BaseFID}, then the representative point's own
 * attributes; an item named {@code Min:X}, {@code Max:X} (case-insensitive text comparison), {@code Sum:X} (atof,
 * printed %g) or {@code Count:X} aggregates X over the representative and the members collected into it.
 */
final class ClusterAttributes implements AttributeRow {
    static final String FEATURE_COUNT = "Cluster_FeatureCount";
    static final String GROUP = "Cluster_Group";
    static final String BASE_FID = "Cluster_BaseFID";

    private final Feature own;
    /** Null for a CLUSTER_GET_ALL_SHAPES member, whose count and group MapServer leaves unset. */
    private final String count;
    private final String group;
    private final long baseFid;
    private final List<Feature> members = new ArrayList<>();
    private List<String> names;

    private ClusterAttributes(Feature own, String count, String group, long baseFid) {
        this.own = own;
        this.count = count;
        this.group = group;
        this.baseFid = baseFid;
    }

    /** The representative of a cluster of {@code count} points. */
    static ClusterAttributes cluster(Candidate base, int count) {
        return new ClusterAttributes(base.feature, Integer.toString(count), base.group == null ? "" : base.group,
                base.feature.index());
    }

    /** A member returned on its own (PROCESSING "CLUSTER_GET_ALL_SHAPES"). */
    static ClusterAttributes member(Candidate m) {
        return new ClusterAttributes(m.feature, null, null, m.base != null ? m.base.feature.index()
                : m.feature.index());
    }

    void addMember(Feature f) {
        members.add(f);
    }

    @Override
    public List<String> names() {
        if (names == null) {
            List<String> n = new ArrayList<>(List.of(FEATURE_COUNT, GROUP, BASE_FID));
            n.addAll(own.attributes().names());
            names = List.copyOf(n);
        }
        return names;
    }

    @Override
    public String value(int index) {
        return value(names().get(index));
    }

    @Override
    public String value(String name) {
        if (name.equalsIgnoreCase(FEATURE_COUNT)) {
            return count;
        }
        if (name.equalsIgnoreCase(GROUP)) {
            return group;
        }
        if (name.equalsIgnoreCase(BASE_FID)) {
            return Long.toString(baseFid);
        }
        for (Aggregate a : Aggregate.values()) {
            if (name.regionMatches(true, 0, a.prefix, 0, a.prefix.length())) {
                String item = name.substring(a.prefix.length());
                // a member returned on its own keeps its source value under the prefixed name (BuildFeatureAttributes)
                return count != null ? aggregate(a, item) : own.attributes().value(item);
            }
        }
        return own.attributes().value(name);
    }

    @Override
    public String shapeText() {
        return own.attributes().shapeText();
    }

    private String aggregate(Aggregate a, String item) {
        String v = a == Aggregate.COUNT ? "1" : orEmpty(own.attributes().value(item));
        for (Feature m : members) {
            String mv = orEmpty(m.attributes().value(item));
            switch (a) {
                case MIN -> v = compareIgnoreCase(v, mv) > 0 ? mv : v;
                case MAX -> v = compareIgnoreCase(v, mv) < 0 ? mv : v;
                case SUM -> v = CNumberFormat.g(Atof.parse(v) + Atof.parse(mv));
                case COUNT -> v = Integer.toString(atoi(v) + 1);
                default -> throw new IllegalStateException();
            }
        }
        return v;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** strcasecmp over bytes as C compares them (ASCII case folded). */
    private static int compareIgnoreCase(String a, String b) {
        byte[] x = a.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] y = b.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = lower(x[i] & 0xff) - lower(y[i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        return x.length - y.length;
    }

    private static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    private static int atoi(String s) {
        String t = s.strip();
        int i = 0;
        if (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
            i++;
        }
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        try {
            return i == 0 || (i == 1 && !Character.isDigit(t.charAt(0))) ? 0 : Integer.parseInt(t.substring(0, i));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The item prefixes UpdateShapeAttributes aggregates. */
    private enum Aggregate {
        MIN("Min:"), MAX("Max:"), SUM("Sum:"), COUNT("Count:");

        final String prefix;

        Aggregate(String prefix) {
            this.prefix = prefix;
        }
    }
}
