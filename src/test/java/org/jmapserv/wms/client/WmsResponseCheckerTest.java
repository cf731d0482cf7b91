package org.jmapserv.wms.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.jmapserv.image.TestPngWriter;
import org.junit.jupiter.api.Test;

class WmsResponseCheckerTest {

    private static byte[] image(String format) throws IOException {
        BufferedImage img = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    private static final byte[] EXCEPTION = ("<?xml version='1.0' encoding=\"UTF-8\"?>\n<ServiceExceptionReport"
            + " version=\"1.3.0\"><ServiceException code=\"InvalidCRS\">\nmsWMSLoadGetMapParams(): WMS server error."
            + " Invalid CRS given : CRS must be valid for all requested layers.\n</ServiceException>"
            + "</ServiceExceptionReport>").getBytes(StandardCharsets.UTF_8);

    @Test
    void decodesAPngWhenTypeMagicAndRequestAgree() throws Exception {
        BufferedImage img = WmsResponseChecker.check(200, "image/png", image("png"), "image/png");
        assertEquals(4, img.getWidth());
        assertEquals(0xffff0000, img.getRGB(1, 1));
    }

    @Test
    void recognisesAServiceExceptionWhateverTheCharsetParameter() {
        for (String type : new String[] {"text/xml", "text/xml; charset=UTF-8", "application/vnd.ogc.se_xml",
                "application/vnd.ogc.se_xml;charset=ISO-8859-1", "application/xml"}) {
            WmsResponseChecker.Failure f = assertThrows(WmsResponseChecker.Failure.class,
                    () -> WmsResponseChecker.check(200, type, EXCEPTION, "image/png"));
            assertTrue(f.getMessage().startsWith("server returned a ServiceException (code InvalidCRS):"
                    + " msWMSLoadGetMapParams(): WMS server error. Invalid CRS given"), type + ": " + f.getMessage());
        }
    }

    @Test
    void recognisesAServiceExceptionSentAsAnImageContentType() {
        WmsResponseChecker.Failure f = assertThrows(WmsResponseChecker.Failure.class,
                () -> WmsResponseChecker.check(200, "image/png", EXCEPTION, "image/png"));
        assertTrue(f.getMessage().contains("InvalidCRS"));
    }

    @Test
    void reportsAnHtmlErrorPageWithItsTitle() {
        byte[] html = "<!DOCTYPE html><html><head><title>Login required</title></head></html>"
                .getBytes(StandardCharsets.UTF_8);
        WmsResponseChecker.Failure f = assertThrows(WmsResponseChecker.Failure.class,
                () -> WmsResponseChecker.check(200, "text/html; charset=utf-8", html, "image/png"));
        assertEquals("server returned an HTML page instead of an image (HTTP 200: Login required)", f.getMessage());
    }

    @Test
    void refusesANon200StatusEvenWithAnImageBody() throws Exception {
        byte[] png = image("png");
        WmsResponseChecker.Failure f = assertThrows(WmsResponseChecker.Failure.class,
                () -> WmsResponseChecker.check(204, "image/png", png, "image/png"));
        assertEquals("GetMap request failed with HTTP status 204", f.getMessage());
    }

    @Test
    void refusesAContentTypeThatContradictsTheBytes() throws Exception {
        byte[] jpeg = image("jpeg");
        WmsResponseChecker.Failure f = assertThrows(WmsResponseChecker.Failure.class,
                () -> WmsResponseChecker.check(200, "image/png", jpeg, "image/png"));
        assertTrue(f.getMessage().contains("does not match the JPEG data"), f.getMessage());
    }

    @Test
    void refusesAFormatOtherThanTheOneAskedFor() throws Exception {
        byte[] gif = image("gif");
        WmsResponseChecker.Failure f = assertThrows(WmsResponseChecker.Failure.class,
                () -> WmsResponseChecker.check(200, "image/gif", gif, "image/png"));
        assertEquals("asked for image/png but the server sent GIF", f.getMessage());
    }

    @Test
    void acceptsJpegGifAndTiffWhenAskedFor() throws Exception {
        assertEquals(4, WmsResponseChecker.check(200, "image/jpeg", image("jpeg"), "JPEG").getWidth());
        assertEquals(4, WmsResponseChecker.check(200, "image/gif", image("gif"), "image/gif").getWidth());
        assertEquals(4, WmsResponseChecker.check(200, "image/tiff", image("tiff"), "image/tiff").getWidth());
    }

    @Test
    void reportsTruncatedImagesAsCorrupt() throws Exception {
        byte[] png = image("png");
        byte[] cut = java.util.Arrays.copyOf(png, 20);
        WmsResponseChecker.Failure f = assertThrows(WmsResponseChecker.Failure.class,
                () -> WmsResponseChecker.check(200, "image/png", cut, "image/png"));
        assertTrue(f.getMessage().contains("PNG"), f.getMessage());
    }

    @Test
    void theResponseCheckNamesTheCorruptionItFound() {
        TestPngWriter w = new TestPngWriter(16, 8, 6, 8);
        byte[] png = w.write(noiseRows(16 * 4, 8));
        png[png.length - 20] ^= 0x55;
        WmsResponseChecker.Failure f = assertThrows(WmsResponseChecker.Failure.class,
                () -> WmsResponseChecker.check(200, "image/png", png, "image/png"));
        assertEquals("corrupt PNG image (PNG chunk IDAT fails its CRC check)", f.getMessage());
    }


    private static byte[][] noiseRows(int rowBytes, int rows) {
        java.util.Random r = new java.util.Random(7);
        byte[][] out = new byte[rows][rowBytes];
        for (byte[] row : out) {
            r.nextBytes(row);
        }
        return out;
    }
}
