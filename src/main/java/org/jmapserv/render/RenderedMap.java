package org.jmapserv.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.jmapserv.render.output.ImageEncoders;
import org.jmapserv.render.output.OutputFormat;

/**
 * The result of {@link MapRenderer#render}: the premultiplied ARGB canvas, the output format it is meant for
 * with the encoders that write it, per-layer timings and non-fatal warnings (e.g. a layer skipped because it is
 * out of scale is not a warning; a feature with an unreadable attribute binding is). A map drawn in a vector
 * format (CAIRO/SVG, CAIRO/PDF) has no canvas ({@code image} is null) but the finished {@code document}.
 */
public record RenderedMap(BufferedImage image, OutputFormat format, ImageEncoders encoders,
                          List<LayerTiming> timings, List<String> warnings, byte[] document) {

    public RenderedMap {
        timings = List.copyOf(timings);
        warnings = List.copyOf(warnings);
        if ((image == null) == (document == null)) {
            throw new IllegalArgumentException("a rendered map is either an image or a vector document");
        }
    }

    /** A map drawn on a raster canvas. */
    public RenderedMap(BufferedImage image, OutputFormat format, ImageEncoders encoders, List<LayerTiming> timings,
            List<String> warnings) {
        this(image, format, encoders, timings, warnings, null);
    }

    /** Encodes the image in the chosen format (msSaveImage); returns the format written (differs for MIXED). */
    public OutputFormat write(OutputStream out) throws IOException {
        if (document != null) {
            out.write(document);
            return format;
        }
        return encoders.encode(image, format, out);
    }
}
