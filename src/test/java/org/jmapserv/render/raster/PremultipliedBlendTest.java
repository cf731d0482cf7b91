package org.jmapserv.render.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PremultipliedBlendTest {

    private static final int W = 64;
    private static final int H = 48;

    /** Valid premultiplied pixels (no channel above alpha), with fully transparent and fully opaque ones mixed in. */
    private static BufferedImage random(long seed, boolean opaqueBackground) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            int kind = r.nextInt(4);
            int a = opaqueBackground || kind == 3 ? 255 : kind == 0 ? 0 : r.nextInt(256);
            px[i] = a << 24 | r.nextInt(a + 1) << 16 | r.nextInt(a + 1) << 8 | r.nextInt(a + 1);
        }
        return img;
    }

    private static int[] pixels(BufferedImage img) {
        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    }

    private static BufferedImage copy(BufferedImage img) {
        BufferedImage c = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE);
        System.arraycopy(pixels(img), 0, pixels(c), 0, W * H);
        return c;
    }

    @Test
    void givesExactlyThePixelsOfJava2dsDrawImageOnAnOpaqueAndOnATransparentCanvas() {
        for (boolean opaque : new boolean[] {true, false}) {
            BufferedImage src = random(1, false);
            BufferedImage viaJava2d = random(2, opaque);
            BufferedImage viaLoop = copy(viaJava2d);
            Graphics2D g = viaJava2d.createGraphics();
            g.drawImage(src, 0, 0, null);
            g.dispose();
            PremultipliedBlend.srcOver(src, viaLoop);
            assertArrayEquals(pixels(viaJava2d), pixels(viaLoop), opaque ? "opaque canvas" : "transparent canvas");
        }
    }

    @Test
    void appliesOnlyToPremultipliedIntImagesOfTheSameSize() {
        BufferedImage pre = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE);
        assertTrue(PremultipliedBlend.applies(pre, new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE)));
        assertFalse(PremultipliedBlend.applies(pre, new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB)));
        assertFalse(PremultipliedBlend.applies(new BufferedImage(W, H, BufferedImage.TYPE_4BYTE_ABGR), pre));
        assertFalse(PremultipliedBlend.applies(pre, new BufferedImage(W, H + 1, BufferedImage.TYPE_INT_ARGB_PRE)));
        assertFalse(PremultipliedBlend.applies(new BufferedImage(W + 5, H, BufferedImage.TYPE_INT_ARGB_PRE)
                .getSubimage(5, 0, W, H), pre));
    }
}
