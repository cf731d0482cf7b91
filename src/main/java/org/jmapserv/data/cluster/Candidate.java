package org.jmapserv.data.cluster;

import org.jmapserv.data.Feature;

/**
 * One source point while clusters are built (clusterInfo in mapcluster.c): its position, the running average of the
 * points in its region, how many there are, its GROUP text and its cluster FILTER verdict (-1: not yet evaluated).
 * Mutable and linked through {@link #next} in the same list order MapServer keeps, since ties and drawing order
 * follow those lists.
 */
final class Candidate {
    final Feature feature;
    final double x;
    final double y;
    double avgX;
    double avgY;
    int siblings;
    final double minX;
    final double minY;
    final double maxX;
    final double maxY;
    final String group;
    int filter = -1;
    Candidate next;
    /** The members collected into this cluster, first of the list first (clusterInfo.siblings). */
    Candidate members;
    /** The representative this point was collected into (for Cluster_BaseFID of CLUSTER_GET_ALL_SHAPES members). */
    Candidate base;
    /** The final cluster shape's attributes, set when the cluster is finalized. */
    ClusterAttributes attributes;

    Candidate(Feature feature, double x, double y, double dx, double dy, String group) {
        this.feature = feature;
        this.x = x;
        this.y = y;
        this.avgX = x;
        this.avgY = y;
        this.minX = x - dx;
        this.minY = y - dy;
        this.maxX = x + dx;
        this.maxY = y + dy;
        this.group = group;
    }

    /** CompareRectangleRegion / CompareEllipseRegion: does {@code other} fall into this point's region? */
    boolean covers(Candidate other, boolean ellipse) {
        if (group != null && other.group != null && !group.equalsIgnoreCase(other.group)) {
            return false;
        }
        if (ellipse) {
            double rx = maxX - x;
            double ry = maxY - y;
            // written as MapServer's '> 1 is outside' so a zero MAXDISTANCE (0/0) counts as inside, as in C
            return !((other.x - x) * (other.x - x) / (rx * rx) + (other.y - y) * (other.y - y) / (ry * ry) > 1);
        }
        return other.x >= minX && other.x <= maxX && other.y >= minY && other.y <= maxY;
    }

    /** msRectOverlap of this point's region with a node's rectangle. */
    boolean regionOverlaps(double[] rect) {
        return !(minX > rect[2] || maxX < rect[0] || minY > rect[3] || maxY < rect[1]);
    }
}
