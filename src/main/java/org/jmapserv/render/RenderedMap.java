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
 * out of scale is not a warning; a feature with an unreadable attribute binding is).
 */
public record RenderedMap(BufferedImage image, OutputFormat format, ImageEncoders encoders,
                          List<LayerTiming> timings, List<String> warnings) {

    public RenderedMap {
        timings = List.copyOf(timings);
        warnings = List.copyOf(warnings);
    }

    /** Encodes the image in the chosen format (msSaveImage); returns the format written (differs for MIXED). */
    public OutputFormat write(OutputStream out) throws IOException {
        return encoders.encode(image, format, out);
    }
}
