package org.jmapserv.render.raster;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;

/**
 * Source-over compositing of one premultiplied ARGB image onto another of the same size, as a plain loop over their
 * int arrays: what {@code Graphics2D.drawImage} does for a layer without OPACITY or COMPOSITE (AGG's src-over blend in
 * msDrawWMSLayerLow's raster path), with Java2D's own rounding (AlphaMath.c's mul8table), so the pixels are exactly
 * those drawImage would give. Fully transparent source pixels, most of a typical WMS overlay, are skipped.
 * Stateless and thread-safe (each call reads one image and writes the other).
 */
public final class PremultipliedBlend {

    private PremultipliedBlend() {
    }

    /** True when {@link #srcOver} can take this pair: both {@code TYPE_INT_ARGB_PRE}, same size, unshared arrays. */
    public static boolean applies(BufferedImage src, BufferedImage dst) {
        return packed(src) && packed(dst) && src.getWidth() == dst.getWidth() && src.getHeight() == dst.getHeight();
    }

    private static boolean packed(BufferedImage img) {
        DataBuffer b = img.getRaster().getDataBuffer();
        return img.getType() == BufferedImage.TYPE_INT_ARGB_PRE && b instanceof DataBufferInt && b.getNumBanks() == 1
                && b.getOffset() == 0 && b.getSize() == img.getWidth() * img.getHeight()
                && img.getRaster().getParent() == null;
    }

    /** Blends {@code src} over {@code dst}; the caller checked {@link #applies}. */
    public static void srcOver(BufferedImage src, BufferedImage dst) {
        int[] s = ((DataBufferInt) src.getRaster().getDataBuffer()).getData();
        int[] d = ((DataBufferInt) dst.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < s.length; i++) {
            int p = s[i];
            int a = p >>> 24;
            if (a == 255) {
                d[i] = p;
            } else if (a != 0) {
                d[i] = blend(p, d[i], 255 - a);
            }
        }
    }

    /** src + dst * (1 - srcA) per premultiplied channel, alpha included. */
    private static int blend(int src, int dst, int dstF) {
        int a = (src >>> 24) + mul8(dstF, dst >>> 24);
        int r = (src >>> 16 & 0xff) + mul8(dstF, dst >>> 16 & 0xff);
        int g = (src >>> 8 & 0xff) + mul8(dstF, dst >>> 8 & 0xff);
        int b = (src & 0xff) + mul8(dstF, dst & 0xff);
        return a << 24 | r << 16 | g << 8 | b;
    }

    /** Java2D's MUL8: round(a * c / 255) as its mul8table computes it. */
    private static int mul8(int a, int c) {
        return (a * 0x010101 * c + (1 << 23)) >>> 24;
    }
}
