package org.jmapserv.render.scanline;

/**
 * Blends one solid colour into premultiplied ARGB pixels (the int[] of a TYPE_INT_ARGB_PRE image) with the
 * integer rounding of AGG's pixfmt_alpha_blend_rgba + blender_rgba_pre, as MapServer's renderer_scanline_aa_solid
 * draws: the colour is premultiplied as rgba8_pre does ({@code c * a >> 8}); a pixel with coverage {@code cv}
 * gets {@code alpha = a * (cv + 1) >> 8}, is overwritten when that is 255, else
 * {@code d = (d * (255 - alpha) + c * (cv + 1)) >> 8} and {@code A = 255 - ((255 - alpha) * (255 - A) >> 8)}.
 *
 * <p>With {@code packedRuns} (scanline_p8, MapServer's polygons) runs of equal coverage go through blend_hline,
 * which for full coverage uses {@code d = (d * (255 - alpha) >> 8) + c}; without it (scanline_u8, its lines)
 * every pixel takes the coverage formula.
 */
public final class SolidSpanBlender implements SpanSink {

    private final int[] pixels;
    private final int stride;
    private final int offset;
    private int r;
    private int g;
    private int b;
    private int a;
    private int opaque;
    private boolean packedRuns;

    /** {@code pixels[offset + y * stride + x]} is pixel (x, y). */
    public SolidSpanBlender(int[] pixels, int offset, int stride) {
        this.pixels = pixels;
        this.offset = offset;
        this.stride = stride;
    }

    /** The colour to draw, straight (not premultiplied) 0..255 components. */
    public void color(int red, int green, int blue, int alpha) {
        a = alpha;
        if (alpha == 255) {
            r = red;
            g = green;
            b = blue;
        } else {
            r = red * alpha >> 8;
            g = green * alpha >> 8;
            b = blue * alpha >> 8;
        }
        opaque = a << 24 | r << 16 | g << 8 | b;
    }

    public void packedRuns(boolean packed) {
        this.packedRuns = packed;
    }

    @Override
    public void cell(int y, int x, int cover) {
        int i = offset + y * stride + x;
        pixels[i] = blend(pixels[i], cover);
    }

    @Override
    public void run(int y, int x, int length, int cover) {
        int i = offset + y * stride + x;
        int end = i + length;
        int alpha = a * (cover + 1) >> 8;
        if (alpha == 255) {
            java.util.Arrays.fill(pixels, i, end, opaque);
        } else if (packedRuns && cover == 255) {
            for (; i < end; i++) {
                pixels[i] = blendFull(pixels[i], alpha);
            }
        } else {
            for (; i < end; i++) {
                pixels[i] = blend(pixels[i], cover);
            }
        }
    }

    /** blend_solid_hspan for one pixel: blender_rgba_pre::blend_pix with cover. */
    int blend(int d, int cover) {
        int alpha = a * (cover + 1) >> 8;
        if (alpha == 255) {
            return opaque;
        }
        int ia = 255 - alpha;
        int cv = cover + 1;
        int da = d >>> 24;
        int dr = d >> 16 & 0xff;
        int dg = d >> 8 & 0xff;
        int db = d & 0xff;
        int na = 255 - (ia * (255 - da) >> 8);
        int nr = (dr * ia + r * cv) >> 8;
        int ng = (dg * ia + g * cv) >> 8;
        int nb = (db * ia + b * cv) >> 8;
        return na << 24 | nr << 16 | ng << 8 | nb;
    }

    /** blender_rgba_pre::blend_pix without cover, used by blend_hline at full coverage. */
    private int blendFull(int d, int alpha) {
        int ia = 255 - alpha;
        int da = d >>> 24;
        int na = 255 - (ia * (255 - da) >> 8);
        int nr = ((d >> 16 & 0xff) * ia >> 8) + r;
        int ng = ((d >> 8 & 0xff) * ia >> 8) + g;
        int nb = ((d & 0xff) * ia >> 8) + b;
        return na << 24 | nr << 16 | ng << 8 | nb;
    }
}
