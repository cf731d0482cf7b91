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
    private final GeoReference geo;
    private final RawImage raw;

    /** {@code forcedPalette}: the parsed PALETTE file for PALETTE_FORCE formats, or null. */
    public ImageEncoders(OutputFormatResolver resolver, int[] forcedPalette) {
        this(resolver, forcedPalette, null, null);
    }

    private ImageEncoders(OutputFormatResolver resolver, int[] forcedPalette, GeoReference geo, RawImage raw) {
        this.resolver = resolver;
        this.forcedPalette = forcedPalette == null ? null : forcedPalette.clone();
        this.geo = geo;
        this.raw = raw;
    }

    /** A copy that georeferences what georeferenced drivers (GDAL/GTiff) write. */
    public ImageEncoders withGeoReference(GeoReference reference) {
        return new ImageEncoders(resolver, forcedPalette, reference, raw);
    }

    /** A copy that writes {@code image}, the band buffer of a raw-IMAGEMODE map, instead of the canvas. */
    public ImageEncoders withRawImage(RawImage image) {
        return new ImageEncoders(resolver, forcedPalette, geo, image);
    }

    /** Encodes {@code image} in {@code format}; returns the format actually written (differs for MIXED). */
    public OutputFormat encode(BufferedImage image, OutputFormat format, OutputStream out) throws IOException {
        if (RawImage.isRaw(format.imageMode())) {
            if (raw == null) {
                throw new OutputFormatException("OUTPUTFORMAT " + format.name() + " (IMAGEMODE "
                        + format.imageMode() + "): this image was not drawn in a raw mode");
            }
            GeoReference where = geo != null ? geo : new GeoReference(0, 0, 1, 1, 0, false);
            if (format.driver().equalsIgnoreCase("GDAL/AAIGRID")) {
                new AsciiGridEncoder(where).encode(raw, out);
            } else if (format.driver().equalsIgnoreCase("GDAL/PNG")) {
                new RawPngEncoder().encode(raw, out);
            } else {
                new RawGeoTiffEncoder(where).encode(raw, format, out);
            }
            return format;
        }
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
            case GTIFF -> new GeoTiffEncoder(geo != null ? geo : new GeoReference(0, 0, 1, 1, 0, false));
            case SVG, PDF -> (image, format, out) -> out.write(VectorCanvas.ofImage(format, image));
        };
    }
}
