package org.jmapserv.render.scanline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SolidSpanBlenderRoundsLikeAggTest {

    private static int argb(int a, int r, int g, int b) {
        return a << 24 | r << 16 | g << 8 | b;
    }

    /** blender_rgba_pre::blend_pix with cover, written out channel by channel. */
    private static int expected(int dst, int cr, int cg, int cb, int ca, int cover) {
        int pr = ca == 255 ? cr : cr * ca >> 8;
        int pg = ca == 255 ? cg : cg * ca >> 8;
        int pb = ca == 255 ? cb : cb * ca >> 8;
        int alpha = ca * (cover + 1) >> 8;
        if (alpha == 255) {
            return argb(255, pr, pg, pb);
        }
        int inv = 255 - alpha;
        int da = dst >>> 24;
        int dr = dst >> 16 & 255;
        int dg = dst >> 8 & 255;
        int db = dst & 255;
        return argb(255 - (inv * (255 - da) >> 8), (dr * inv + pr * (cover + 1)) >> 8,
                (dg * inv + pg * (cover + 1)) >> 8, (db * inv + pb * (cover + 1)) >> 8);
    }

    @Test
    void eachPixelFollowsAggsPremultipliedFormulaForEveryCoverage() {
        int[] dsts = {argb(255, 255, 255, 255), argb(0, 0, 0, 0), argb(128, 100, 20, 60), argb(255, 10, 200, 30)};
        int[][] colors = {{200, 120, 80, 255}, {30, 30, 30, 128}, {255, 0, 0, 1}};
        for (int dst : dsts) {
            for (int[] c : colors) {
                int[] px = new int[1];
                SolidSpanBlender b = new SolidSpanBlender(px, 0, 1);
                b.color(c[0], c[1], c[2], c[3]);
                for (int cover = 1; cover < 256; cover++) {
                    px[0] = dst;
                    b.cell(0, 0, cover);
                    assertEquals(Integer.toHexString(expected(dst, c[0], c[1], c[2], c[3], cover)),
                            Integer.toHexString(px[0]), "dst " + Integer.toHexString(dst) + " cover " + cover);
                }
            }
        }
    }

    @Test
    void anOpaqueColourAtFullCoverageOverwrites() {
        int[] px = {argb(255, 1, 2, 3), argb(10, 4, 5, 6), argb(255, 7, 8, 9)};
        SolidSpanBlender b = new SolidSpanBlender(px, 0, 3);
        b.color(200, 120, 80, 255);
        b.run(0, 0, 3, 255);
        for (int p : px) {
            assertEquals(argb(255, 200, 120, 80), p);
        }
    }

    @Test
    void packedRunsAtFullCoverageUseBlendHlinesFormulaWithoutCover() {
        int dst = argb(255, 255, 255, 255);
        int[] px = {dst, dst};
        SolidSpanBlender b = new SolidSpanBlender(px, 0, 2);
        b.color(0, 0, 255, 128);
        b.packedRuns(true);
        b.run(0, 0, 1, 255);
        b.packedRuns(false);
        b.run(0, 1, 1, 255);
        int alpha = 128 * 256 >> 8;
        int pb = 255 * 128 >> 8;
        int inv = 255 - alpha;
        assertEquals(argb(255, 255 * inv >> 8, 255 * inv >> 8, (255 * inv >> 8) + pb), px[0], "blend_hline");
        assertEquals(expected(dst, 0, 0, 255, 128, 255), px[1], "blend_solid_hspan");
    }

    @Test
    void pixelsAreAddressedThroughOffsetAndStride() {
        int[] px = new int[20];
        SolidSpanBlender b = new SolidSpanBlender(px, 2, 6);
        b.color(9, 9, 9, 255);
        b.cell(2, 3, 255);
        assertEquals(argb(255, 9, 9, 9), px[2 + 2 * 6 + 3]);
    }
}
