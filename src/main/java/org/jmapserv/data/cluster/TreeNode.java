package org.jmapserv.data.cluster;

/**
 * A node of the quadtree the clustering keeps its points in (cluster_tree_node): a rectangle, the points stored at
 * this level (newest first) and up to four children made by splitting the rectangle twice at 55 %.
 */
final class TreeNode {
    private static final double SPLIT_RATIO = 0.55;

    /** minx, miny, maxx, maxy. */
    final double[] rect;
    Candidate shapes;
    final TreeNode[] sub = new TreeNode[4];

    TreeNode(double[] rect) {
        this.rect = rect;
    }

    /** treeNodeAddShape: the deepest node (at most {@code depth} levels) whose rectangle contains the point. */
    void add(Candidate c, int depth) {
        if (depth > 1 && sub[0] != null) {
            for (TreeNode n : sub) {
                if (n != null && n.contains(c)) {
                    n.add(c, depth - 1);
                    return;
                }
            }
        } else if (depth > 1) {
            double[][] halves = split(rect);
            double[][] a = split(halves[0]);
            double[][] b = split(halves[1]);
            double[][] quads = {a[0], a[1], b[0], b[1]};
            for (int i = 0; i < 4; i++) {
                if (containsPoint(quads[i], c)) {
                    for (int j = 0; j < 4; j++) {
                        sub[j] = new TreeNode(quads[j]);
                    }
                    sub[i].add(c, depth - 1);
                    return;
                }
            }
        }
        c.next = shapes;
        shapes = c;
    }

    boolean isEmpty() {
        return shapes == null && sub[0] == null && sub[1] == null && sub[2] == null && sub[3] == null;
    }

    private boolean contains(Candidate c) {
        return containsPoint(rect, c);
    }

    /** msRectContained of the point's (degenerate) bounds. */
    private static boolean containsPoint(double[] r, Candidate c) {
        return c.x >= r[0] && c.x <= r[2] && c.y >= r[1] && c.y <= r[3];
    }

    /** treeSplitBounds: two overlapping 55 % halves along the longer side. */
    private static double[][] split(double[] in) {
        double[] a = in.clone();
        double[] b = in.clone();
        if (in[2] - in[0] > in[3] - in[1]) {
            double range = in[2] - in[0];
            a[2] = in[0] + range * SPLIT_RATIO;
            b[0] = in[2] - range * SPLIT_RATIO;
        } else {
            double range = in[3] - in[1];
            a[3] = in[1] + range * SPLIT_RATIO;
            b[1] = in[3] - range * SPLIT_RATIO;
        }
        return new double[][] {a, b};
    }
}
