package org.jmapserv.render.scanline;

import java.util.Arrays;

/**
 * A coverage mask over a box of the image: first filled by sweeping one shape into it, then used to scale the
 * coverage of another shape before it is blended. This stands in for the polygon intersection AGG's
 * conv_clipper performs for hatches (msHatchPolygon, mapagg.cpp): inside the polygon the hatch lines keep their
 * exact coverage, on its boundary the two coverages multiply.
 */
final class CoverageMask {

    private int[] mask = new int[1024];
    private int x0;
    private int y0;
    private int w;
    private int h;

    private final SpanSink writer = new SpanSink() {
        @Override
        public void cell(int y, int x, int cover) {
            if (inside(x, y)) {
                mask[(y - y0) * w + x - x0] = cover;
            }
        }

        @Override
        public void run(int y, int x, int length, int cover) {
            for (int i = 0; i < length; i++) {
                cell(y, x + i, cover);
            }
        }
    };

    /** Clears the mask for the box {@code [x0, x0 + w) x [y0, y0 + h)}. */
    void reset(int x0, int y0, int w, int h) {
        this.x0 = x0;
        this.y0 = y0;
        this.w = Math.max(w, 0);
        this.h = Math.max(h, 0);
        int n = this.w * this.h;
        if (mask.length < n) {
            mask = new int[Math.max(n, mask.length * 2)];
        }
        Arrays.fill(mask, 0, n, 0);
    }

    /** The sink that records a sweep into the mask. */
    SpanSink writer() {
        return writer;
    }

    /** A sink passing coverage times mask (rounded, 0..255) on to {@code target}. */
    SpanSink masking(SpanSink target) {
        return new SpanSink() {
            @Override
            public void cell(int y, int x, int cover) {
                int c = scaled(x, y, cover);
                if (c != 0) {
                    target.cell(y, x, c);
                }
            }

            @Override
            public void run(int y, int x, int length, int cover) {
                for (int i = 0; i < length; i++) {
                    cell(y, x + i, cover);
                }
            }
        };
    }

    private int scaled(int x, int y, int cover) {
        if (!inside(x, y)) {
            return 0;
        }
        int m = mask[(y - y0) * w + x - x0];
        return m == 255 ? cover : (cover * m + 127) / 255;
    }

    private boolean inside(int x, int y) {
        return x >= x0 && y >= y0 && x < x0 + w && y < y0 + h;
    }
}
