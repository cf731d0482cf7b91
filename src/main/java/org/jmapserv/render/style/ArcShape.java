package org.jmapserv.render.style;

import org.jmapserv.data.ShapeKind;

/**
 * Circles and pie slices as pixel polygons, as msRasterizeArc (mapagg.cpp) builds them from AGG's {@code arc}
 * vertex source with approximation scale 1: a step angle of {@code 2 acos(r / (r + 0.125))}, the end point
 * always emitted, angles in degrees growing clockwise on the image (y points down). A slice starts and ends at
 * its centre; a whole circle is closed on its first point.
 */
public final class ArcShape {

    private ArcShape() {
    }

    /** The full circle msCircleDrawShadeSymbol fills. */
    public static PixelShape circle(double cx, double cy, double radius) {
        return build(cx, cy, radius, 0, 360, false);
    }

    /** The pie slice msDrawPieSlice fills, from {@code startDeg} to {@code endDeg}. */
    public static PixelShape slice(double cx, double cy, double radius, double startDeg, double endDeg) {
        return build(cx, cy, radius, startDeg, endDeg, true);
    }

    private static PixelShape build(double cx, double cy, double r, double startDeg, double endDeg, boolean slice) {
        double a1 = Math.toRadians(startDeg);
        double a2 = Math.toRadians(endDeg);
        double ra = Math.abs(r);
        double da = Math.acos(ra / (ra + 0.125)) * 2;
        while (a2 < a1) {
            a2 += Math.PI * 2;
        }
        double[] xy = new double[64];
        int n = 0;
        if (slice) {
            xy[n++] = cx;
            xy[n++] = cy;
        }
        double angle = a1;
        while (true) {
            if (n + 4 > xy.length) {
                xy = java.util.Arrays.copyOf(xy, xy.length * 2);
            }
            if (!(angle < a2 - da / 4) || !Double.isFinite(da) || da <= 0) {
                xy[n++] = cx + Math.cos(a2) * r;
                xy[n++] = cy + Math.sin(a2) * r;
                break;
            }
            xy[n++] = cx + Math.cos(angle) * r;
            xy[n++] = cy + Math.sin(angle) * r;
            angle += da;
        }
        if (n + 2 > xy.length) {
            xy = java.util.Arrays.copyOf(xy, xy.length + 2);
        }
        if (slice) {
            xy[n++] = cx;
            xy[n++] = cy;
        } else if (xy[n - 2] != xy[0] || xy[n - 1] != xy[1]) {
            xy[n++] = xy[0];
            xy[n++] = xy[1];
        }
        return new PixelShape(ShapeKind.POLYGON, new int[] {0}, java.util.Arrays.copyOf(xy, n));
    }
}
