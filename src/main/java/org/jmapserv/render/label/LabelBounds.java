package org.jmapserv.render.label;

import java.awt.geom.Rectangle2D;

/**
 * A label's collision outline as MapServer keeps it (label_bounds, maplabel.c): the axis-aligned box of an unrotated
 * label, or for a rotated one its rotated rectangle ({@code ring}: closed, x0 y0 x1 y1 ... with the first point
 * repeated) together with that rectangle's bounding box. Two bounds collide as intersectLabelPolygons decides:
 * boxes overlap (edges touching count) and, when either is rotated, an edge of one crosses an edge of the other or
 * one holds the other's first point. So rotated labels whose boxes overlap only in their empty corners both fit.
 */
public record LabelBounds(double[] ring, Rectangle2D box) {

    /** Unrotated bounds. */
    public static LabelBounds of(Rectangle2D box) {
        return new LabelBounds(null, box);
    }

    /** Bounds of a rotated rectangle given by its four corners (x, y pairs, in order round the rectangle). */
    public static LabelBounds ofCorners(double[] corners) {
        double[] ring = new double[10];
        System.arraycopy(corners, 0, ring, 0, 8);
        ring[8] = corners[0];
        ring[9] = corners[1];
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < 8; i += 2) {
            minX = Math.min(minX, corners[i]);
            maxX = Math.max(maxX, corners[i]);
            minY = Math.min(minY, corners[i + 1]);
            maxY = Math.max(maxY, corners[i + 1]);
        }
        return new LabelBounds(ring, new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY));
    }

    /** Bounds of any closed ring (x, y pairs, first point repeated at the end), such as a follow label's. */
    public static LabelBounds ofRing(double[] ring) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < ring.length; i += 2) {
            minX = Math.min(minX, ring[i]);
            maxX = Math.max(maxX, ring[i]);
            minY = Math.min(minY, ring[i + 1]);
            maxY = Math.max(maxY, ring[i + 1]);
        }
        return new LabelBounds(ring.clone(), new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY));
    }

    /** msRectOverlap: closed boxes, so touching edges overlap. */
    static boolean boxesOverlap(Rectangle2D a, Rectangle2D b) {
        return a.getMinX() <= b.getMaxX() && a.getMaxX() >= b.getMinX()
                && a.getMinY() <= b.getMaxY() && a.getMaxY() >= b.getMinY();
    }

    /** intersectLabelPolygons (maplabel.c). */
    public boolean intersects(LabelBounds other) {
        if (!boxesOverlap(box, other.box)) {
            return false;
        }
        if (ring == null && other.ring == null) {
            return true;
        }
        double[] p1 = ringOrBox();
        double[] p2 = other.ringOrBox();
        for (int i = 2; i < p1.length; i += 2) {
            for (int j = 2; j < p2.length; j += 2) {
                if (Segments.intersect(p1[i - 2], p1[i - 1], p1[i], p1[i + 1],
                        p2[j - 2], p2[j - 1], p2[j], p2[j + 1])) {
                    return true;
                }
            }
        }
        return Segments.inRing(p2[0], p2[1], p1) || Segments.inRing(p1[0], p1[1], p2);
    }

    /**
     * labelInImage: the box lies in [0, width) x [0, height); failing that a rotated label still fits when every
     * corner does (the test MapServer falls back on).
     */
    public boolean insideImage(int width, int height) {
        if (box.getMinX() >= 0 && box.getMinY() >= 0 && box.getMaxX() < width && box.getMaxY() < height) {
            return true;
        }
        if (ring == null) {
            return false;
        }
        for (int i = 2; i < ring.length; i += 2) {
            double x = ring[i], y = ring[i + 1];
            if (x < 0 || x >= width || y < 0 || y >= height) {
                return false;
            }
        }
        return true;
    }

    /** Whether an edge of these bounds crosses the segment (msIntersectSegments on each edge, maplabel.c). */
    public boolean crossesSegment(double x0, double y0, double x1, double y1) {
        double[] p = ringOrBox();
        for (int i = 2; i < p.length; i += 2) {
            if (Segments.intersect(p[i - 2], p[i - 1], p[i], p[i + 1], x0, y0, x1, y1)) {
                return true;
            }
        }
        return false;
    }

    private double[] ringOrBox() {
        if (ring != null) {
            return ring;
        }
        double x0 = box.getMinX(), y0 = box.getMinY(), x1 = box.getMaxX(), y1 = box.getMaxY();
        return new double[] {x0, y0, x0, y1, x1, y1, x1, y0, x0, y0};
    }
}
