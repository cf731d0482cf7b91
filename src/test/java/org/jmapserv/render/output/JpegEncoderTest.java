package org.jmapserv.render.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.jmapserv.mapfile.model.OutputFormatDef.ImageMode;
import org.junit.jupiter.api.Test;

class JpegEncoderTest {

    private static OutputFormat jpeg(String... options) {
        return new OutputFormat("jpeg", "AGG/JPEG", "image/jpeg", "jpg", ImageMode.RGB, false, List.of(options));
    }

    @Test
    void defaultQualityKeepsAMapLikeImageAbove24DbPsnr() throws IOException {
        BufferedImage src = MapLikeImages.map(320, 240, BufferedImage.TYPE_INT_ARGB_PRE, false);
        BufferedImage back = PngEncoderTest.roundTrip(new JpegEncoder(), src, jpeg());
        assertFalse(back.getColorModel().hasAlpha());
        double psnr = psnr(src, back);
        assertTrue(psnr > 24, "PSNR " + psnr);
    }

    @Test
    void smoothImageAtDefaultQualityIsAbove38DbPsnr() throws IOException {
        BufferedImage src = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                src.setRGB(x, y, (x << 16) | (y << 8) | 128);
            }
        }
        double psnr = psnr(src, PngEncoderTest.roundTrip(new JpegEncoder(), src, jpeg()));
        assertTrue(psnr > 38, "PSNR " + psnr);
    }

    @Test
    void higherQualityGivesBiggerFilesAndBetterPsnr() throws IOException {
        BufferedImage src = MapLikeImages.map(320, 240, BufferedImage.TYPE_INT_RGB, false);
        ByteArrayOutputStream low = new ByteArrayOutputStream();
        ByteArrayOutputStream high = new ByteArrayOutputStream();
        new JpegEncoder().encode(src, jpeg("QUALITY=20"), low);
        new JpegEncoder().encode(src, jpeg("QUALITY=95"), high);
        assertTrue(high.size() > low.size());
        assertTrue(psnr(src, PngEncoderTest.roundTrip(new JpegEncoder(), src, jpeg("QUALITY=95")))
                > psnr(src, PngEncoderTest.roundTrip(new JpegEncoder(), src, jpeg("QUALITY=20"))));
    }

    @Test
    void qualityOutOfRangeIsRejected() {
        assertThrows(OutputFormatException.class, () -> new JpegEncoder()
                .encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), jpeg("QUALITY=101"),
                        new ByteArrayOutputStream()));
    }

    static double psnr(BufferedImage a, BufferedImage b) {
        double sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    double d = ((p >> shift) & 0xFF) - ((q >> shift) & 0xFF);
                    sum += d * d;
                }
            }
        }
        double mse = sum / (3.0 * a.getWidth() * a.getHeight());
        return 10 * Math.log10(255.0 * 255.0 / mse);
    }
}
