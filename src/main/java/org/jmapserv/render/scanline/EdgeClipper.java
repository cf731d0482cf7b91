package org.jmapserv.render.scanline;

/**
 * Clips polygon edges to the raster box before they become cells, as AGG's rasterizer_sl_clip does: an edge
 * above or below the box is dropped, the part of an edge left or right of it is replaced by a vertical edge
 * on the box border (so the winding of everything inside stays right), crossings are cut at the border.
 * Coordinates are subpixels (pixel * 256) held in longs; what reaches the rasteriser fits in an int.
 */
final class EdgeClipper {

    private CellRasterizer target;
    private long x2Clip;
    private long y2Clip;
    private long x1;
    private long y1;
    private int f1;

    void box(CellRasterizer target, long maxX, long maxY) {
        this.target = target;
        this.x2Clip = maxX;
        this.y2Clip = maxY;
    }

    void moveTo(long x, long y) {
        x1 = x;
        y1 = y;
        f1 = flags(x, y);
    }

    void lineTo(long x2, long y2) {
        int f2 = flags(x2, y2);
        if ((f1 & 10) == (f2 & 10) && (f1 & 10) != 0) {
            x1 = x2;
            y1 = y2;
            f1 = f2;
            return; // wholly above or below
        }
        long xa = x1;
        long ya = y1;
        int fa = f1;
        long y3;
        long y4;
        int f3;
        int f4;
        switch (((fa & 5) << 1) | (f2 & 5)) {
            case 0 -> clipY(xa, ya, x2, y2, fa, f2);
            case 1 -> { // x2 right of the box
                y3 = ya + mulDiv(x2Clip - xa, y2 - ya, x2 - xa);
                f3 = flagsY(y3);
                clipY(xa, ya, x2Clip, y3, fa, f3);
                clipY(x2Clip, y3, x2Clip, y2, f3, f2);
            }
            case 2 -> { // x1 right of the box
                y3 = ya + mulDiv(x2Clip - xa, y2 - ya, x2 - xa);
                f3 = flagsY(y3);
                clipY(x2Clip, ya, x2Clip, y3, fa, f3);
                clipY(x2Clip, y3, x2, y2, f3, f2);
            }
            case 3 -> clipY(x2Clip, ya, x2Clip, y2, fa, f2);
            case 4 -> { // x2 left of the box
                y3 = ya + mulDiv(-xa, y2 - ya, x2 - xa);
                f3 = flagsY(y3);
                clipY(xa, ya, 0, y3, fa, f3);
                clipY(0, y3, 0, y2, f3, f2);
            }
            case 6 -> { // from right to left of the box
                y3 = ya + mulDiv(x2Clip - xa, y2 - ya, x2 - xa);
                y4 = ya + mulDiv(-xa, y2 - ya, x2 - xa);
                f3 = flagsY(y3);
                f4 = flagsY(y4);
                clipY(x2Clip, ya, x2Clip, y3, fa, f3);
                clipY(x2Clip, y3, 0, y4, f3, f4);
                clipY(0, y4, 0, y2, f4, f2);
            }
            case 8 -> { // x1 left of the box
                y3 = ya + mulDiv(-xa, y2 - ya, x2 - xa);
                f3 = flagsY(y3);
                clipY(0, ya, 0, y3, fa, f3);
                clipY(0, y3, x2, y2, f3, f2);
            }
            case 9 -> { // from left to right of the box
                y3 = ya + mulDiv(-xa, y2 - ya, x2 - xa);
                y4 = ya + mulDiv(x2Clip - xa, y2 - ya, x2 - xa);
                f3 = flagsY(y3);
                f4 = flagsY(y4);
                clipY(0, ya, 0, y3, fa, f3);
                clipY(0, y3, x2Clip, y4, f3, f4);
                clipY(x2Clip, y4, x2Clip, y2, f4, f2);
            }
            case 12 -> clipY(0, ya, 0, y2, fa, f2);
            default -> {
                // cannot happen: a point is not both left and right of the box
            }
        }
        x1 = x2;
        y1 = y2;
        f1 = f2;
    }

    private void clipY(long xa, long ya, long xb, long yb, int fa, int fb) {
        fa &= 10;
        fb &= 10;
        if ((fa | fb) == 0) {
            target.line((int) xa, (int) ya, (int) xb, (int) yb);
            return;
        }
        if (fa == fb) {
            return;
        }
        long tx1 = xa;
        long ty1 = ya;
        long tx2 = xb;
        long ty2 = yb;
        if ((fa & 8) != 0) {
            tx1 = xa + mulDiv(-ya, xb - xa, yb - ya);
            ty1 = 0;
        }
        if ((fa & 2) != 0) {
            tx1 = xa + mulDiv(y2Clip - ya, xb - xa, yb - ya);
            ty1 = y2Clip;
        }
        if ((fb & 8) != 0) {
            tx2 = xa + mulDiv(-ya, xb - xa, yb - ya);
            ty2 = 0;
        }
        if ((fb & 2) != 0) {
            tx2 = xa + mulDiv(y2Clip - ya, xb - xa, yb - ya);
            ty2 = y2Clip;
        }
        target.line((int) tx1, (int) ty1, (int) tx2, (int) ty2);
    }

    /** Bits: 1 right of the box, 2 below, 4 left, 8 above (clipping_flags). */
    private int flags(long x, long y) {
        return (x > x2Clip ? 1 : 0) | (y > y2Clip ? 2 : 0) | (x < 0 ? 4 : 0) | (y < 0 ? 8 : 0);
    }

    private int flagsY(long y) {
        return (y > y2Clip ? 2 : 0) | (y < 0 ? 8 : 0);
    }

    /** ras_conv_int::mul_div: iround(a * b / c). */
    private static long mulDiv(long a, long b, long c) {
        double v = (double) a * (double) b / (double) c;
        return (long) (v < 0 ? v - 0.5 : v + 0.5);
    }
}
