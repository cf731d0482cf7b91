package org.jmapserv.render.scanline;

import java.util.Arrays;

/**
 * The cells of one shape and their sweep into coverage (rasterizer_cells_aa storage and
 * rasterizer_scanline_aa::sweep_scanline): a shape whose cell box is small accumulates into a dense grid
 * (summing cells of equal position as the sorted sweep would, so the coverage is identical, and no sorting);
 * a larger one keeps a cell list sorted by row, then x. Arrays are reused from shape to shape.
 */
final class CoverageCells {

    private static final int SHIFT = 8;
    /** AGG stops taking cells at 1024 blocks of 4096; we cap at the same count. */
    private static final int MAX_CELLS = 1024 * 4096;
    private static final int DENSE_LIMIT = 4096;

    private int[] cellX = new int[1024];
    private int[] cellY = new int[1024];
    private int[] cellCover = new int[1024];
    private int[] cellArea = new int[1024];
    private int cellCount;

    private final int[] denseCover = new int[DENSE_LIMIT];
    private final int[] denseArea = new int[DENSE_LIMIT];
    private boolean dense;
    private int gridX;
    private int gridY;
    private int gridW;
    private int gridH;

    private int[] rowCount = new int[64];
    private int[] order = new int[1024];
    private long[] keys = new long[64];

    private int width;
    private int height;

    /** Prepares for a shape whose cells all lie in the given box of cell positions. */
    void begin(int x0, int y0, int w, int h) {
        dense = (long) w * h <= DENSE_LIMIT;
        gridX = x0;
        gridY = y0;
        gridW = w;
        gridH = h;
        cellCount = 0;
    }

    void add(int x, int y, int cover, int area) {
        if (dense) {
            int i = (y - gridY) * gridW + x - gridX;
            denseCover[i] += cover;
            denseArea[i] += area;
            return;
        }
        if (cellCount >= MAX_CELLS) {
            return;
        }
        if (cellCount == cellX.length) {
            int n = Math.min(MAX_CELLS, cellCount * 2);
            cellX = Arrays.copyOf(cellX, n);
            cellY = Arrays.copyOf(cellY, n);
            cellCover = Arrays.copyOf(cellCover, n);
            cellArea = Arrays.copyOf(cellArea, n);
        }
        cellX[cellCount] = x;
        cellY[cellCount] = y;
        cellCover[cellCount] = cover;
        cellArea[cellCount] = area;
        cellCount++;
    }

    void clear() {
        cellCount = 0;
        dense = false;
    }

    /** Sends the coverage of every row inside a {@code width} x {@code height} image to {@code sink}. */
    void sweep(int width, int height, boolean evenOdd, CoverageGamma gamma, SpanSink sink) {
        this.width = width;
        this.height = height;
        if (dense) {
            sweepDense(gridH, evenOdd, gamma, sink);
        } else {
            sweepCells(gridY, gridY + gridH - 1, evenOdd, gamma, sink);
        }
    }

    private void sweepCells(int cy0, int cy1, boolean evenOdd, CoverageGamma gamma, SpanSink sink) {
        int y0 = Math.max(cy0, 0);
        int y1 = Math.min(cy1, height - 1);
        if (y0 > y1 || cellCount == 0) {
            return;
        }
        sortCells(y0, y1);
        int start = 0;
        for (int y = y0; y <= y1; y++) {
            int end = start + rowCount[y - y0];
            sweepRow(y, start, end, evenOdd, gamma, sink);
            start = end;
        }
    }

    /**
     * The sweep over the dense grid: the same sums per pixel as sorting the cells would give, so the same
     * coverage; the grid is left zeroed for the next shape.
     */
    private void sweepDense(int rows, boolean evenOdd, CoverageGamma gamma, SpanSink sink) {
        for (int r = 0; r < rows; r++) {
            int y = gridY + r;
            int base = r * gridW;
            if (y >= height) {
                Arrays.fill(denseCover, base, base + gridW, 0);
                Arrays.fill(denseArea, base, base + gridW, 0);
                continue;
            }
            int cover = 0;
            int runStart = 0;
            int runAlpha = 0;
            int lastX = Math.min(gridX + gridW, width);
            for (int c = 0; c < gridW; c++) {
                int i = base + c;
                int cv = denseCover[i];
                int ar = denseArea[i];
                if ((cv | ar) == 0 && cover == 0 && runAlpha == 0) {
                    continue;
                }
                denseCover[i] = 0;
                denseArea[i] = 0;
                cover += cv;
                int x = gridX + c;
                if (ar != 0) {
                    if (runAlpha != 0) {
                        emitRun(sink, y, runStart, x, lastX, runAlpha);
                        runAlpha = 0;
                    }
                    int alpha = alpha((cover << (SHIFT + 1)) - ar, evenOdd, gamma);
                    if (alpha != 0 && x < width) {
                        sink.cell(y, x, alpha);
                    }
                } else {
                    int alpha = alpha(cover << (SHIFT + 1), evenOdd, gamma);
                    if (alpha != runAlpha) {
                        if (runAlpha != 0) {
                            emitRun(sink, y, runStart, x, lastX, runAlpha);
                        }
                        runStart = x;
                        runAlpha = alpha;
                    }
                }
            }
            if (runAlpha != 0) {
                emitRun(sink, y, runStart, gridX + gridW, lastX, runAlpha);
            }
        }
    }

    private static void emitRun(SpanSink sink, int y, int from, int to, int limit, int alpha) {
        int end = Math.min(to, limit);
        if (end > from) {
            sink.run(y, from, end - from, alpha);
        }
    }

    private void sweepRow(int y, int i, int end, boolean evenOdd, CoverageGamma gamma, SpanSink sink) {
        int cover = 0;
        while (i < end) {
            int c = order[i];
            int x = cellX[c];
            int area = cellArea[c];
            cover += cellCover[c];
            i++;
            while (i < end && cellX[order[i]] == x) {
                area += cellArea[order[i]];
                cover += cellCover[order[i]];
                i++;
            }
            if (area != 0) {
                int alpha = alpha((cover << (SHIFT + 1)) - area, evenOdd, gamma);
                if (alpha != 0 && x < width) {
                    sink.cell(y, x, alpha);
                }
                x++;
            }
            if (i < end && cellX[order[i]] > x) {
                int alpha = alpha(cover << (SHIFT + 1), evenOdd, gamma);
                if (alpha != 0 && x < width) {
                    sink.run(y, x, Math.min(cellX[order[i]], width) - x, alpha);
                }
            }
        }
    }

    /** rasterizer_scanline_aa::calculate_alpha. */
    private static int alpha(int area, boolean evenOdd, CoverageGamma gamma) {
        int cover = area >> (SHIFT * 2 + 1 - 8);
        if (cover < 0) {
            cover = -cover;
        }
        if (evenOdd) {
            cover &= 511;
            if (cover > 256) {
                cover = 512 - cover;
            }
        }
        if (cover > 255) {
            cover = 255;
        }
        return gamma.apply(cover);
    }

    /** Orders the cells of rows y0..y1 by row (counting sort), then by x within each row. */
    private void sortCells(int y0, int y1) {
        int rows = y1 - y0 + 1;
        if (rowCount.length < rows + 1) {
            rowCount = new int[Math.max(rows + 1, rowCount.length * 2)];
        }
        Arrays.fill(rowCount, 0, rows + 1, 0);
        int kept = 0;
        for (int c = 0; c < cellCount; c++) {
            int r = cellY[c] - y0;
            if (r >= 0 && r < rows) {
                rowCount[r + 1]++;
                kept++;
            }
        }
        for (int r = 0; r < rows; r++) {
            rowCount[r + 1] += rowCount[r];
        }
        if (order.length < kept) {
            order = new int[Math.max(kept, order.length * 2)];
        }
        for (int c = 0; c < cellCount; c++) {
            int r = cellY[c] - y0;
            if (r >= 0 && r < rows) {
                order[rowCount[r]++] = c;
            }
        }
        // rowCount[r] now holds the end of row r; turn it back into per-row counts
        for (int r = rows - 1; r > 0; r--) {
            rowCount[r] -= rowCount[r - 1];
        }
        int start = 0;
        for (int r = 0; r < rows; r++) {
            sortRow(start, start + rowCount[r]);
            start += rowCount[r];
        }
    }

    private void sortRow(int from, int to) {
        int n = to - from;
        if (n < 2) {
            return;
        }
        if (n <= 12) {
            for (int i = from + 1; i < to; i++) {
                int c = order[i];
                int x = cellX[c];
                int j = i - 1;
                while (j >= from && cellX[order[j]] > x) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = c;
            }
            return;
        }
        if (keys.length < n) {
            keys = new long[Math.max(n, keys.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            int c = order[from + i];
            keys[i] = ((long) cellX[c] << 32) | c;
        }
        Arrays.sort(keys, 0, n);
        for (int i = 0; i < n; i++) {
            order[from + i] = (int) keys[i];
        }
    }
}
