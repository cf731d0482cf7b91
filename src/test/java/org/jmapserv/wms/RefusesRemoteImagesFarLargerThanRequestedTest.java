package org.jmapserv.wms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.jmapserv.image.DecodeMemoryBudget;
import org.jmapserv.image.ImageHeader;
import org.jmapserv.wms.client.WmsResponseChecker;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: any PNG up to 2^28 pixels used to be decoded whatever size was asked for (16384² took 2.2 GB and 11 s),
 * and four at once exhausted the heap so layers vanished silently. The header's size is now compared with the
 * request before decoding, and decodes share a memory budget that refuses, with a message, instead of running out.
 */
class RefusesRemoteImagesFarLargerThanRequestedTest {

    private static byte[] encode(String format, int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    /** A small PNG whose IHDR claims {@code w} x {@code h}: only its header is ever looked at. */
    private static byte[] pngClaiming(int w, int h) throws IOException {
        byte[] png = encode("png", 4, 4);
        for (int i = 0; i < 4; i++) {
            png[16 + i] = (byte) (w >>> (24 - 8 * i));
            png[20 + i] = (byte) (h >>> (24 - 8 * i));
        }
        return png;
    }

    @Test
    void aPngFarLargerThanTheRequestIsRefusedBeforeDecoding() throws Exception {
        WmsResponseChecker.Failure f = assertThrows(WmsResponseChecker.Failure.class, () -> WmsResponseChecker
                .check(200, "image/png", pngClaiming(16384, 16384), "image/png", 256, 256));
        assertTrue(f.getMessage().contains("16384x16384 PNG image for a 256x256 request"), f.getMessage());
    }

    @Test
    void aJpegFarLargerThanTheRequestIsRefusedBeforeDecoding() throws Exception {
        byte[] jpeg = encode("jpeg", 1200, 40);
        WmsResponseChecker.Failure f = assertThrows(WmsResponseChecker.Failure.class,
                () -> WmsResponseChecker.check(200, "image/jpeg", jpeg, "image/jpeg", 300, 40));
        assertTrue(f.getMessage().contains("1200x40 JPEG image"), f.getMessage());
    }

    @Test
    void anAnswerOfTheRequestedSizeIsDecoded() throws Exception {
        BufferedImage img = WmsResponseChecker.check(200, "image/png", encode("png", 256, 200), "image/png", 256, 200);
        assertEquals(256, img.getWidth());
        assertEquals(new ImageHeader(256, 200), ImageHeader.of(encode("png", 256, 200)).orElseThrow());
        assertEquals(new ImageHeader(31, 7), ImageHeader.of(encode("jpeg", 31, 7)).orElseThrow());
    }

    @Test
    void theDecodeBudgetRefusesWhatWouldNotFitAndFreesWhatIsReleased() throws Exception {
        DecodeMemoryBudget budget = new DecodeMemoryBudget(10L << 20);
        try (DecodeMemoryBudget.Reservation r = budget.reserve(8L << 20)) {
            IOException e = assertThrows(IOException.class, () -> budget.reserve(4L << 20));
            assertTrue(e.getMessage().contains("memory budget"), e.getMessage());
        }
        budget.reserve(8L << 20).close();
    }
}
