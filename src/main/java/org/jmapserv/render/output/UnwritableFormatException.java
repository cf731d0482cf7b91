package org.jmapserv.render.output;

/**
 * A format MapServer 8 knows (a built-in such as svg, pdf, GTiff, kml, or an OUTPUTFORMAT with a GDAL, OGR,
 * Cairo, KML, MVT or UTFGrid DRIVER) that jmapserv cannot write. Unlike an unknown name, which map2img answers
 * with "No such OUTPUTFORMAT" and a PNG, this is refused: writing a PNG under that name would be silently wrong.
 */
public final class UnwritableFormatException extends OutputFormatException {

    private static final long serialVersionUID = 1L;

    public UnwritableFormatException(String message) {
        super(message);
    }
}
