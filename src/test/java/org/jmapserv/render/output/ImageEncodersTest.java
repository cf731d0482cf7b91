package org.jmapserv.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

class ImageEncodersTest {

    private final OutputFormatResolver resolver = new OutputFormatResolver(List.of());
    private final ImageEncoders encoders = new ImageEncoders(resolver, null);

    @Test
    void mixedFormatWritesJpegForAnOpaqueImage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BufferedImage opaque = MapLikeImages.map(50, 40, BufferedImage.TYPE_INT_ARGB, false);
        OutputFormat written = encoders.encode(opaque, resolver.select("jpegpng"), out);
        assertEquals("jpeg", written.name());
        assertEquals(0xFF, out.toByteArray()[0] & 0xFF);
        assertEquals(0xD8, out.toByteArray()[1] & 0xFF);
    }

    @Test
    void mixedFormatWritesPngForATranslucentImage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BufferedImage translucent = MapLikeImages.map(50, 40, BufferedImage.TYPE_INT_ARGB, true);
        OutputFormat written = encoders.encode(translucent, resolver.select("jpegpng8"), out);
        assertEquals("png8", written.name());
        assertEquals('P', out.toByteArray()[1]);
    }

    @Test
    void pngWithQuantizeForceIsWrittenAsPalettePng() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputFormat f = new OutputFormat("q", "AGG/PNG", "image/png", "png",
                org.jmapserv.mapfile.model.OutputFormatDef.ImageMode.RGB, false, List.of("QUANTIZE_FORCE=ON"));
        encoders.encode(MapLikeImages.flat(20, 20, 5, BufferedImage.TYPE_INT_RGB), f, out);
        assertEquals(3, out.toByteArray()[25], "IHDR colour type 3 = palette");
    }
}
