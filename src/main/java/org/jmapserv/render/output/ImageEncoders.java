package org.jmapserv.render.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Picks the encoder for a resolved format (the msSaveImage dispatch). AGG/MIXED formats look at the image:
 * any pixel with alpha below 255 selects TRANSPARENT_FORMAT, otherwise OPAQUE_FORMAT
 * (msOutputFormatResolveFromImage).
 */
public final class ImageEncoders {

    private final OutputFormatResolver resolver;
    private final int[] forcedPalette;

    /** {@code forcedPalette}: the parsed PALETTE file for PALETTE_FORCE formats, or null. */
    public ImageEncoders(OutputFormatResolver resolver, int[] forcedPalette) {
        this.resolver = resolver;
        this.forcedPalette = forcedPalette == null ? null : forcedPalette.clone();
    }

    /** Encodes {@code image} in {@code format}; returns the format actually written (differs for MIXED). */
    public OutputFormat encode(BufferedImage image, OutputFormat format, OutputStream out) throws IOException {
        OutputFormat actual = format;
        if (format.kind() == OutputFormat.Kind.MIXED) {
            actual = resolver.mixedPart(format, new PixelRows(image).anyTranslucent());
        }
        forKind(actual.kind()).encode(image, actual, out);
        return actual;
    }

    private ImageEncoder forKind(OutputFormat.Kind kind) {
        return switch (kind) {
            case PNG -> new PngEncoder();
            case PNG8 -> new Png8Encoder(forcedPalette);
            case JPEG -> new JpegEncoder();
            case MIXED -> throw new OutputFormatException("an AGG/MIXED format cannot contain another one");
        };
    }
}
