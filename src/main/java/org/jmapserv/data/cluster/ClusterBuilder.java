package org.jmapserv.data.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluationException;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.jmapserv.mapfile.model.expr.ExpressionKind;
import org.locationtech.jts.geom.Envelope;

/**
 * Builds the clusters of one draw, as RebuildClusters (mapcluster.c) does: the source points within the frame grown
 * by BUFFER go into a quadtree, each counting the points in its MAXDISTANCE region (rectangle or ellipse, same GROUP);
 * then the best-ranked candidate (closest to its neighbours' average, most neighbours) becomes a cluster at that
 * average and takes its neighbours out, until the tree is empty. Lone points and candidates the cluster FILTER
 * rejects are taken first; a rejected one is dropped and its neighbours stay to form other clusters.
 * PROCESSING "CLUSTER_ALGORITHM=SIMPLE" assigns each point to the nearest earlier cluster centre instead.
 * The result keeps MapServer's order (its finalized list: last finalized first), which decides drawing order.
 */
final class ClusterBuilder {
    private static final int TREE_MAX_DEPTH = 10;

    private final ClusterOptions options;
    private final ExpressionEvaluator evaluator;
    private final Consumer<String> warnings;
    private final String layerName;

    private TreeNode root;
    private Candidate current;
    private double rank;
    /** Finalized clusters (and CLUSTER_GET_ALL_SHAPES members), newest first. */
    private Candidate finalized;
    private Candidate finalizedSiblings;
    private boolean groupWarned;

    ClusterBuilder(ClusterOptions options, ExpressionEvaluator evaluator, Consumer<String> warnings, String layerName) {
        this.options = options;
        this.evaluator = evaluator;
        this.warnings = warnings;
        this.layerName = layerName;
    }

    /**
     * Reads the points from {@code source} (each feature passing {@code accept}) and returns the output features'
     * candidates in drawing order.
     */
    List<Candidate> build(FeatureSource source, ClusterFrame frame, java.util.function.Predicate<Feature> accept) {
        double cellX = options.mapUnits() ? 1 : frame.cellSizeX();
        double cellY = options.mapUnits() ? 1 : frame.cellSizeY();
        int depth = depth(frame);
        double dx = options.maxDistance() * cellX;
        double dy = options.maxDistance() * cellY;
        double[] search = {frame.minX() - options.buffer() * cellX, frame.minY() - options.buffer() * cellY,
                frame.maxX() + options.buffer() * cellX, frame.maxY() + options.buffer() * cellY};
        root = new TreeNode(search);
        try (FeatureCursor cursor = source.query(new Envelope(search[0], search[2], search[1], search[3]))) {
            for (Feature f = cursor.next(); f != null; f = cursor.next()) {
                if (!accept.test(f)) {
                    continue;
                }
                double x = f.shape().minX();
                double y = f.shape().minY();
                Candidate c = new Candidate(f, x, y, dx, dy, null);
                if (!c.regionOverlaps(search)) {
                    continue; // "Skipping an invalid shape falling outside of the given extent"
                }
                c = options.group() == null ? c : new Candidate(f, x, y, dx, dy, groupText(f));
                if (options.simple()) {
                    rank = 0;
                    current = null;
                    nearestCluster(root, c);
                    if (current != null) {
                        c.next = finalizedSiblings;
                        finalizedSiblings = c;
                    } else {
                        root.add(c, depth);
                    }
                } else {
                    countNeighbours(root, c);
                    root.add(c, depth);
                }
            }
        }
        if (options.simple()) {
            assignSimple(dx, dy);
        } else {
            finalizeFull(search);
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c = finalized; c != null; c = c.next) {
            out.add(c);
        }
        return out;
    }

    /** The quadtree depth RebuildClusters picks: doublings of MAXDISTANCE until it spans the frame (at most 11). */
    private int depth(ClusterFrame frame) {
        int depth = 0;
        double distance = options.maxDistance();
        double w = options.mapUnits() ? frame.maxX() - frame.minX() : frame.width();
        double h = options.mapUnits() ? frame.maxY() - frame.minY() : frame.height();
        while ((distance < w || distance < h) && depth <= TREE_MAX_DEPTH) {
            distance *= 2;
            ++depth;
        }
        return depth;
    }

    /**
     * msClusterGetGroupText: a plain string GROUP is taken as written, an (expression) is evaluated as text; one that
     * fails gives no group (the point joins any group), with msClusterGetGroupText's error as a warning.
     */
    private String groupText(Feature f) {
        ExpressionDef g = options.group();
        if (g.kind() == ExpressionKind.STRING) {
            return g.text();
        }
        if (g.kind() != ExpressionKind.LOGICAL) {
            return null;
        }
        try {
            String s = evaluator.evaluateText(g, f);
            return s == null ? "" : s;
        } catch (ExpressionEvaluationException e) {
            if (!groupWarned) {
                groupWarned = true;
                warnings.accept("msClusterGetGroupText(): Expression parser error. Failed to process text expression: "
                        + g.text() + " (layer '" + layerName + "': points are clustered without a group, as "
                        + "MapServer 8.0 clusters them)");
            }
            return null;
        }
    }

    /** findRelatedShapes: counts {@code c}'s neighbours already in the tree, and {@code c} for them. */
    private void countNeighbours(TreeNode node, Candidate c) {
        if (!c.regionOverlaps(node.rect)) {
            return;
        }
        for (Candidate s = node.shapes; s != null; s = s.next) {
            if (c.covers(s, options.ellipse())) {
                ++c.siblings;
                c.avgX = (c.avgX * c.siblings + s.x) / (c.siblings + 1);
                c.avgY = (c.avgY * c.siblings + s.y) / (c.siblings + 1);
                if (s.covers(c, options.ellipse())) {
                    ++s.siblings;
                    s.avgX = (s.avgX * s.siblings + c.x) / (s.siblings + 1);
                    s.avgY = (s.avgY * s.siblings + c.y) / (s.siblings + 1);
                }
            }
        }
        if (node.sub[0] == null) {
            return;
        }
        for (TreeNode n : node.sub) {
            if (n != null) {
                countNeighbours(n, c);
            }
        }
    }

    /** The FULL algorithm's loop: take the best cluster, collect its neighbours, update the rest. */
    private void finalizeFull(double[] search) {
        while (root != null) {
            double w = search[2] - search[0];
            double h = search[3] - search[1];
            rank = w * w + h * h + 1;
            current = null;
            findBest(root);
            if (current == null) {
                break;
            }
            Candidate cl = current;
            cl.attributes = ClusterAttributes.cluster(cl, cl.siblings + 1);
            if (collect(root, cl)) {
                root = null;
            }
            if (cl.siblings > 0) {
                removeFromNeighbours(root, cl);
                if (cl.filter == 0) {
                    cl.siblings = 0;
                    cl.avgX = cl.x;
                    cl.avgY = cl.y;
                }
                if (finalizedSiblings != null) {
                    for (Candidate s = finalizedSiblings; s != null; s = s.next) {
                        removeFromNeighbours(root, s);
                        cl.attributes.addMember(s.feature);
                        s.base = cl;
                        s.avgX = cl.avgX;
                        s.avgY = cl.avgY;
                        if (s.next == null) {
                            if (options.allShapes()) {
                                s.next = finalized;
                                finalized = finalizedSiblings;
                            } else {
                                cl.members = finalizedSiblings;
                            }
                            break;
                        }
                    }
                    finalizedSiblings = null;
                }
            }
        }
    }

    /** findBestCluster: a lone or FILTER-rejected candidate of a node is taken at once, else the lowest rank. */
    private void findBest(TreeNode node) {
        for (Candidate s = node.shapes; s != null; s = s.next) {
            if (s.filter < 0 && options.filter() != null) {
                s.filter = filterVerdict(s);
            }
            if (s.siblings == 0 || s.filter == 0) {
                current = s;
                return;
            }
            double r = (s.x - s.avgX) * (s.x - s.avgX) + (s.y - s.avgY) * (s.y - s.avgY)
                    + 1.0 / (1 + s.siblings);
            if (r < rank) {
                current = s;
                rank = r;
            }
        }
        for (TreeNode n : node.sub) {
            if (n != null) {
                findBest(n);
            }
        }
    }

    /**
     * msClusterEvaluateFilter on the candidate as it stands (count = its neighbours + 1, aggregates not yet summed):
     * only an (expression) can pass; a failing one rejects.
     */
    private int filterVerdict(Candidate s) {
        ExpressionDef f = options.filter();
        if (f.kind() != ExpressionKind.LOGICAL) {
            return 0;
        }
        Feature probe = new Feature(s.feature.index(), s.feature.shape(),
                ClusterAttributes.cluster(s, s.siblings + 1));
        return evaluator.matches(f, probe, null) ? 1 : 0;
    }

    /** collectClusterShapes: takes {@code cl} and its region's points out of the tree; true when the node empties. */
    private boolean collect(TreeNode node, Candidate cl) {
        if (!cl.regionOverlaps(node.rect)) {
            return node.isEmpty();
        }
        Candidate prev = null;
        Candidate s = node.shapes;
        while (s != null) {
            if (s == cl || cl.covers(s, options.ellipse())) {
                if (s != cl && cl.filter == 0) {
                    prev = s;
                    s = s.next;
                    continue;
                }
                Candidate after = s.next;
                if (prev == null) {
                    node.shapes = after;
                } else {
                    prev.next = after;
                }
                if (s == cl) {
                    if (s.filter != 0) {
                        s.next = finalized;
                        finalized = s;
                    } else {
                        s.next = null; // the filtered list is never drawn
                    }
                } else {
                    s.next = finalizedSiblings;
                    finalizedSiblings = s;
                }
                s = after;
            } else {
                prev = s;
                s = s.next;
            }
        }
        for (int i = 0; i < 4; i++) {
            if (node.sub[i] != null && collect(node.sub[i], cl)) {
                node.sub[i] = null;
            }
        }
        return node.isEmpty();
    }

    /** findRelatedShapesRemove: the points whose region held {@code gone} lose it from their count and average. */
    private void removeFromNeighbours(TreeNode node, Candidate gone) {
        if (node == null || !gone.regionOverlaps(node.rect)) {
            return;
        }
        for (Candidate s = node.shapes; s != null; s = s.next) {
            if (gone.covers(s, options.ellipse()) && s.siblings > 0) {
                s.avgX = (s.avgX * (s.siblings + 1) - gone.x) / s.siblings;
                s.avgY = (s.avgY * (s.siblings + 1) - gone.y) / s.siblings;
                --s.siblings;
            }
        }
        for (TreeNode n : node.sub) {
            if (n != null) {
                removeFromNeighbours(n, gone);
            }
        }
    }

    /** findRelatedShapes2: a cluster centre whose region holds {@code c} (the nearest when {@code rank > 0}). */
    private void nearestCluster(TreeNode node, Candidate c) {
        if (!c.regionOverlaps(node.rect)) {
            return;
        }
        for (Candidate s = node.shapes; s != null; s = s.next) {
            if (s.covers(c, options.ellipse())) {
                if (rank > 0) {
                    double r = (c.x - s.x) * (c.x - s.x) + (c.y - s.y) * (c.y - s.y);
                    if (r < rank) {
                        current = s;
                        rank = r;
                    }
                } else {
                    current = s;
                    return;
                }
            }
        }
        if (node.sub[0] == null) {
            return;
        }
        for (TreeNode n : node.sub) {
            if (n != null) {
                nearestCluster(n, c);
            }
        }
    }

    /** The SIMPLE algorithm: each held-back point joins its nearest centre; then every centre is finalized. */
    private void assignSimple(double dx, double dy) {
        while (finalizedSiblings != null) {
            Candidate c = finalizedSiblings;
            rank = dx * dx + dy * dy;
            current = null;
            nearestCluster(root, c);
            finalizedSiblings = c.next;
            if (current != null) {
                ++current.siblings;
                c.next = current.members;
                current.members = c;
            } else {
                c.next = null; // MapServer files it under "filtered": never drawn
            }
        }
        collectSimple(root);
    }

    /** collectClusterShapes2: every centre of the tree becomes a cluster at its own position. */
    private boolean collectSimple(TreeNode node) {
        while (node.shapes != null) {
            Candidate s = node.shapes;
            node.shapes = s.next;
            s.attributes = ClusterAttributes.cluster(s, s.siblings + 1);
            s.next = finalized;
            finalized = s;
            Candidate m = s.members;
            while (m != null) {
                s.attributes.addMember(m.feature);
                m.base = s;
                m.avgX = s.x;
                m.avgY = s.y;
                if (m.next == null) {
                    if (options.allShapes()) {
                        m.next = finalized;
                        finalized = s.members;
                        s.members = null;
                    }
                    break;
                }
                m = m.next;
            }
        }
        for (int i = 0; i < 4; i++) {
            if (node.sub[i] != null && collectSimple(node.sub[i])) {
                node.sub[i] = null;
            }
        }
        return node.isEmpty();
    }
}
