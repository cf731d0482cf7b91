package org.jmapserv.render.raster;

/**
 * A premultiplied ARGB pixel array that raster layers write into, with MapServer's two raster-buffer writes:
 * RB_SET_PIXEL (replace) and RB_MIX_PIXEL (blend a straight colour with its alpha over what is there).
 */
public record PixelTarget(int[] pixels, int width, int height) {

    void set(int x, int y, int r, int g, int b, int a) {
        if (a >= 255) {
            pixels[y * width + x] = 0xff000000 | r << 16 | g << 8 | b;
        } else {
            pixels[y * width + x] = a << 24 | mul(r, a) << 16 | mul(g, a) << 8 | mul(b, a);
        }
    }

    void mix(int x, int y, int r, int g, int b, int a) {
        if (a <= 0) {
            return;
        }
        if (a >= 255) {
            set(x, y, r, g, b, 255);
            return;
        }
        int i = y * width + x;
        int d = pixels[i];
        int inv = 255 - a;
        int da = mul(d >>> 24, inv) + a;
        int dr = mul(d >>> 16 & 0xff, inv) + mul(r, a);
        int dg = mul(d >>> 8 & 0xff, inv) + mul(g, a);
        int db = mul(d & 0xff, inv) + mul(b, a);
        pixels[i] = Math.min(255, da) << 24 | Math.min(255, dr) << 16 | Math.min(255, dg) << 8 | Math.min(255, db);
    }

    private static int mul(int c, int a) {
        int t = c * a + 128;
        return (t + (t >> 8)) >> 8;
    }
}
