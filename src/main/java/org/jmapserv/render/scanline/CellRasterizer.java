package org.jmapserv.render.scanline;

import java.util.Arrays;

/**
 * Antialiased polygon coverage in the manner of AGG's rasterizer_scanline_aa / rasterizer_cells_aa, the engine
 * behind MapServer's agg2RenderPolygon and agg2RenderLine (mapagg.cpp): edges in 24.8 fixed point are walked
 * into per-pixel cells holding {@code cover} (signed height crossed) and {@code area} (twice the covered area
 * weighted by the crossing position); a sweep over the cells of each row, sorted by x, turns running cover and
 * cell area into a coverage per pixel with the nonzero or even-odd rule.
 *
 * <p>Edges are clipped to the image box first as rasterizer_sl_clip does (parts left or right of the box become
 * vertical edges on its border, which keeps the winding), so huge coordinates cost neither time nor memory.
 * Arrays are kept between shapes: one instance serves a whole map. Not thread-safe.
 */
public final class CellRasterizer implements PathSink {

    private static final int SHIFT = 8;
    private static final int SCALE = 1 << SHIFT;
    private static final int MASK = SCALE - 1;
    private static final int DX_LIMIT = 16384 << SHIFT;
    /** Far beyond any image, small enough that clipping arithmetic in double stays exact to the subpixel. */
    private static final double COORD_LIMIT = 1L << 40;

    private final EdgeClipper clipper = new EdgeClipper();
    private final CoverageCells cells = new CoverageCells();

    private int curX;
    private int curY;
    private int curCover;
    private int curArea;
    private boolean curValid;
    private int[] edges = new int[256];
    private int edgeCount;
    private int minX;
    private int maxX;
    private int minY;
    private int maxY;


    private int width;
    private int height;
    private long startX;
    private long startY;
    private long lastX;
    private long lastY;
    private boolean open;

    /** Forgets all edges and sets the clip box to {@code [0, width] x [0, height]} pixels. */
    public void reset(int width, int height) {
        this.width = width;
        this.height = height;
        clipper.box(this, (long) width << SHIFT, (long) height << SHIFT);
        cells.clear();
        edgeCount = 0;
        curValid = false;
        clearBox();
        open = false;
    }

    private void clearBox() {
        minX = Integer.MAX_VALUE;
        maxX = Integer.MIN_VALUE;
        minY = Integer.MAX_VALUE;
        maxY = Integer.MIN_VALUE;
    }

    /** True when nothing has been added since {@link #reset}. */
    public boolean isEmpty() {
        return edgeCount == 0;
    }

    @Override
    public void moveTo(double x, double y) {
        closePath();
        startX = lastX = subpixel(x);
        startY = lastY = subpixel(y);
        clipper.moveTo(lastX, lastY);
        open = true;
    }

    @Override
    public void lineTo(double x, double y) {
        if (!open) {
            moveTo(x, y);
            return;
        }
        long sx = subpixel(x);
        long sy = subpixel(y);
        clipper.lineTo(sx, sy);
        lastX = sx;
        lastY = sy;
    }

    @Override
    public void closePath() {
        if (open && (lastX != startX || lastY != startY)) {
            clipper.lineTo(startX, startY);
        }
        open = false;
    }

    /** AGG's iround of the coordinate times 256, bounded so that clipping arithmetic cannot overflow. */
    private static long subpixel(double v) {
        double s = v * SCALE;
        if (!(s > -COORD_LIMIT)) {
            s = -COORD_LIMIT; // also NaN
        } else if (s > COORD_LIMIT) {
            s = COORD_LIMIT;
        }
        return (long) (s < 0 ? s - 0.5 : s + 0.5);
    }

    /** One clipped edge in subpixels; all coordinates lie inside the clip box. Kept until the sweep. */
    void line(int x1, int y1, int x2, int y2) {
        if (edgeCount * 4 == edges.length) {
            edges = Arrays.copyOf(edges, edges.length * 2);
        }
        int k = edgeCount * 4;
        edges[k] = x1;
        edges[k + 1] = y1;
        edges[k + 2] = x2;
        edges[k + 3] = y2;
        edgeCount++;
        minX = Math.min(minX, Math.min(x1, x2));
        maxX = Math.max(maxX, Math.max(x1, x2));
        minY = Math.min(minY, Math.min(y1, y2));
        maxY = Math.max(maxY, Math.max(y1, y2));
    }

    /** rasterizer_cells_aa::line: the cells one edge passes through. */
    private void walk(int x1, int y1, int x2, int y2) {
        long dxl = (long) x2 - x1;
        if (dxl >= DX_LIMIT || dxl <= -DX_LIMIT) {
            int cx = (int) (((long) x1 + x2) >> 1);
            int cy = (int) (((long) y1 + y2) >> 1);
            walk(x1, y1, cx, cy);
            walk(cx, cy, x2, y2);
            return;
        }
        int dx = (int) dxl;
        int dy = y2 - y1;
        int ex1 = x1 >> SHIFT;
        int ey1 = y1 >> SHIFT;
        int ey2 = y2 >> SHIFT;
        int fy1 = y1 & MASK;
        int fy2 = y2 & MASK;
        setCell(ex1, ey1);
        if (ey1 == ey2) {
            hline(ey1, x1, fy1, x2, fy2);
            return;
        }
        if (dx == 0) {
            vertical(x1, ey1, ey2, fy1, fy2, dy);
        } else {
            sloped(x1, x2, ey1, ey2, fy1, fy2, dx, dy);
        }
    }

    /** An edge crossing several rows: one hline per row, x advancing by a DDA in whole subpixels. */
    private void sloped(int x1, int x2, int ey1, int ey2, int fy1, int fy2, int dx, int dy) {
        int incr = 1;
        long p = (long) (SCALE - fy1) * dx;
        int first = SCALE;
        if (dy < 0) {
            p = (long) fy1 * dx;
            first = 0;
            incr = -1;
            dy = -dy;
        }
        int delta = (int) Math.floorDiv(p, (long) dy);
        long mod = Math.floorMod(p, (long) dy);
        int xFrom = x1 + delta;
        hline(ey1, x1, fy1, xFrom, first);
        ey1 += incr;
        setCell(xFrom >> SHIFT, ey1);
        if (ey1 != ey2) {
            long pp = (long) SCALE * dx;
            int lift = (int) Math.floorDiv(pp, (long) dy);
            long rem = Math.floorMod(pp, (long) dy);
            mod -= dy;
            while (ey1 != ey2) {
                delta = lift;
                mod += rem;
                if (mod >= 0) {
                    mod -= dy;
                    delta++;
                }
                int xTo = xFrom + delta;
                hline(ey1, xFrom, SCALE - first, xTo, first);
                xFrom = xTo;
                ey1 += incr;
                setCell(xFrom >> SHIFT, ey1);
            }
        }
        hline(ey1, xFrom, SCALE - first, x2, fy2);
    }

    private void vertical(int x1, int ey1, int ey2, int fy1, int fy2, int dy) {
        int ex = x1 >> SHIFT;
        int twoFx = (x1 - (ex << SHIFT)) << 1;
        int first = SCALE;
        int incr = 1;
        if (dy < 0) {
            first = 0;
            incr = -1;
        }
        int delta = first - fy1;
        curCover += delta;
        curArea += twoFx * delta;
        ey1 += incr;
        setCell(ex, ey1);
        delta = first + first - SCALE;
        int area = twoFx * delta;
        while (ey1 != ey2) {
            curCover = delta;
            curArea = area;
            ey1 += incr;
            setCell(ex, ey1);
        }
        delta = fy2 - SCALE + first;
        curCover += delta;
        curArea += twoFx * delta;
    }

    /** The part of an edge inside one cell row: {@code y1}, {@code y2} are offsets within the row. */
    private void hline(int ey, int x1, int y1, int x2, int y2) {
        int ex1 = x1 >> SHIFT;
        int ex2 = x2 >> SHIFT;
        int fx1 = x1 & MASK;
        int fx2 = x2 & MASK;
        if (y1 == y2) {
            setCell(ex2, ey);
            return;
        }
        if (ex1 == ex2) {
            int delta = y2 - y1;
            curCover += delta;
            curArea += (fx1 + fx2) * delta;
            return;
        }
        long p = (long) (SCALE - fx1) * (y2 - y1);
        int first = SCALE;
        int incr = 1;
        long dx = (long) x2 - x1;
        if (dx < 0) {
            p = (long) fx1 * (y2 - y1);
            first = 0;
            incr = -1;
            dx = -dx;
        }
        int delta = (int) Math.floorDiv(p, dx);
        long mod = Math.floorMod(p, dx);
        curCover += delta;
        curArea += (fx1 + first) * delta;
        ex1 += incr;
        setCell(ex1, ey);
        y1 += delta;
        if (ex1 != ex2) {
            long pp = (long) SCALE * (y2 - y1 + delta);
            int lift = (int) Math.floorDiv(pp, dx);
            long rem = Math.floorMod(pp, dx);
            mod -= dx;
            while (ex1 != ex2) {
                delta = lift;
                mod += rem;
                if (mod >= 0) {
                    mod -= dx;
                    delta++;
                }
                curCover += delta;
                curArea += SCALE * delta;
                y1 += delta;
                ex1 += incr;
                setCell(ex1, ey);
            }
        }
        delta = y2 - y1;
        curCover += delta;
        curArea += (fx2 + SCALE - first) * delta;
    }

    private void setCell(int x, int y) {
        if (curValid && x == curX && y == curY) {
            return;
        }
        flushCell();
        curX = x;
        curY = y;
        curCover = 0;
        curArea = 0;
        curValid = true;
    }

    private void flushCell() {
        if (curValid && (curCover | curArea) != 0) {
            cells.add(curX, curY, curCover, curArea);
        }
    }

    /**
     * Sweeps every row inside the image, sending coverage through {@code gamma} to {@code sink}
     * (rasterizer_scanline_aa::sweep_scanline), then forgets the edges.
     */
    public void sweep(boolean evenOdd, CoverageGamma gamma, SpanSink sink) {
        closePath();
        if (edgeCount > 0) {
            int cx0 = minX >> SHIFT;
            int cy0 = minY >> SHIFT;
            int w = (maxX >> SHIFT) - cx0 + 1;
            int h = (maxY >> SHIFT) - cy0 + 1;
            cells.begin(cx0, cy0, w, h);
            walkEdges();
            cells.sweep(width, height, evenOdd, gamma, sink);
        }
        cells.clear();
        edgeCount = 0;
        clearBox();
    }

    private void walkEdges() {
        curValid = false;
        for (int k = 0, n = edgeCount * 4; k < n; k += 4) {
            walk(edges[k], edges[k + 1], edges[k + 2], edges[k + 3]);
        }
        flushCell();
        curValid = false;
    }

}
