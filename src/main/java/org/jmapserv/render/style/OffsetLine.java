package org.jmapserv.render.style;

/**
 * Offsets a pixel polyline sideways by a distance, as msOffsetPolyline does for OFFSET x -99 (mapprimitive.c):
 * each vertex moves along the bisector of its two segment normals, scaled so that both segments end up
 * {@code d} pixels away. Positive {@code d} moves to the right of the line's direction in image space.
 */
public final class OffsetLine {

    private OffsetLine() {
    }

    public static PixelShape offset(PixelShape s, double d) {
        double[] out = s.xy().clone();
        for (int part = 0; part < s.partCount(); part++) {
            offsetPart(s, out, s.partStart(part), s.partEnd(part), d);
        }
        return new PixelShape(s.kind(), s.partStarts(), out);
    }

    private static void offsetPart(PixelShape s, double[] out, int start, int end, double d) {
        for (int i = start; i < end; i++) {
            double[] n1 = i > start ? normal(s, i - 1, i) : null;
            double[] n2 = i + 1 < end ? normal(s, i, i + 1) : null;
            double nx;
            double ny;
            if (n1 == null && n2 == null) {
                continue;
            } else if (n1 == null) {
                nx = n2[0];
                ny = n2[1];
            } else if (n2 == null) {
                nx = n1[0];
                ny = n1[1];
            } else {
                double bx = n1[0] + n2[0];
                double by = n1[1] + n2[1];
                double dot = (bx * n1[0] + by * n1[1]);
                if (Math.abs(dot) < 1e-9) {
                    nx = n1[0];
                    ny = n1[1];
                } else {
                    double k = Math.min(1 / dot, 4);
                    nx = bx * k;
                    ny = by * k;
                }
            }
            out[2 * i] = s.x(i) + nx * d;
            out[2 * i + 1] = s.y(i) + ny * d;
        }
    }

    private static double[] normal(PixelShape s, int a, int b) {
        double dx = s.x(b) - s.x(a);
        double dy = s.y(b) - s.y(a);
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return new double[] {0, 0};
        }
        return new double[] {-dy / len, dx / len};
    }
}
