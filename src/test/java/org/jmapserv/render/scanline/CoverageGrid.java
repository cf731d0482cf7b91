package org.jmapserv.render.scanline;

/** A test sink: the coverage every pixel received, for checking the rasteriser without any blending. */
final class CoverageGrid implements SpanSink {

    final int width;
    final int height;
    final int[] cover;

    CoverageGrid(int width, int height) {
        this.width = width;
        this.height = height;
        this.cover = new int[width * height];
    }

    @Override
    public void cell(int y, int x, int c) {
        cover[y * width + x] += c;
    }

    @Override
    public void run(int y, int x, int length, int c) {
        for (int i = 0; i < length; i++) {
            cover[y * width + x + i] += c;
        }
    }

    int at(int x, int y) {
        return cover[y * width + x];
    }

    static CoverageGrid sweep(CellRasterizer r, int w, int h, boolean evenOdd) {
        CoverageGrid g = new CoverageGrid(w, h);
        r.sweep(evenOdd, CoverageGamma.none(), g);
        return g;
    }
}
