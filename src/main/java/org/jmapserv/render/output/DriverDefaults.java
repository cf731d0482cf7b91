package org.jmapserv.render.output;

import java.util.List;
import java.util.Locale;

import org.jmapserv.mapfile.model.OutputFormatDef.ImageMode;

/**
 * What a DRIVER gives a format before the OUTPUTFORMAT block's own settings. Mirrors
 * msCreateDefaultOutputFormat (mapoutput.c) for the AGG drivers: GD/* silently becomes AGG/PNG8 (GD was
 * removed in 8.0), AGG/PNG8 presets QUANTIZE_FORCE=on and QUANTIZE_COLORS=256, AGG/MIXED named jpegpng or
 * jpegpng8 presets its sub-formats. Of the GDAL drivers GDAL/GTiff (a georeferenced GeoTIFF), GDAL/PNG and
 * GDAL/JPEG are written, and all of Cairo's: CAIRO/SVG and CAIRO/PDF (vector documents), CAIRO/PNG and CAIRO/JPEG
 * (rasters drawn as Cairo draws, see docs/drawing.md); other GDAL drivers, OGR, KML, MVT and UTFGrid are not
 * supported by this port: selecting such a format is an error naming it.
 */
final class DriverDefaults {

    private DriverDefaults() {
    }

    static OutputFormat forDriver(String driver, String name) {
        String d = driver.toUpperCase(Locale.ROOT);
        if (d.startsWith("GD/")) {
            return forDriver("AGG/PNG8", name);
        }
        switch (d) {
            case "AGG/PNG":
                return format(name, "png", "AGG/PNG", "image/png", "png", ImageMode.RGB, List.of());
            case "AGG/PNG8":
                return format(name, "png8", "AGG/PNG8", "image/png; mode=8bit", "png", ImageMode.RGB,
                        List.of("QUANTIZE_FORCE=on", "QUANTIZE_COLORS=256"));
            case "AGG/JPEG":
                return format(name, "jpeg", "AGG/JPEG", "image/jpeg", "jpg", ImageMode.RGB, List.of());
            case "AGG/MIXED":
                return mixed(name);
            case "GDAL/GTIFF":
                return format(name, "GTiff", driver, "image/tiff", "tif", ImageMode.RGB, List.of());
            case "GDAL/PNG":
                return format(name, "png", driver, "image/png", "png", ImageMode.RGB, List.of());
            case "GDAL/JPEG":
                return format(name, "jpeg", driver, "image/jpeg", "jpg", ImageMode.RGB, List.of());
            case "CAIRO/SVG":
                return format(name, "svg", "CAIRO/SVG", "image/svg+xml", "svg", ImageMode.RGB, List.of());
            case "CAIRO/PDF":
                return format(name, "pdf", "CAIRO/PDF", "application/x-pdf", "pdf", ImageMode.RGB, List.of());
            case "CAIRO/PNG":
                return format(name, "cairopng", "CAIRO/PNG", "image/png", "png", ImageMode.RGB, List.of());
            case "CAIRO/JPEG":
                return format(name, "cairojpeg", "CAIRO/JPEG", "image/jpeg", "jpg", ImageMode.RGB, List.of());
            case "GDAL/AAIGRID": // GDAL's AAIGrid driver names no MIME type
                return format(name, "AAIGrid", driver, "text/plain", "asc", ImageMode.RGB, List.of());
            default:
                if (d.equals("GDAL/GIF")) {
                    // MapServer 8.0 draws in RGB(A) and GDAL's GIF driver takes one band: msSaveImageGDAL fails
                    throw new UnwritableFormatException("OUTPUTFORMAT " + (name == null ? "" : "'" + name + "' ")
                            + "uses DRIVER \"GDAL/GIF\": msSaveImageGDAL(): General error message. Failed to "
                            + "create output GIF file. GIF driver only supports one band images.");
                }
                if (d.startsWith("GDAL/") || d.startsWith("OGR/") || d.startsWith("CAIRO/") || d.equals("KML")
                        || d.equals("KMZ") || d.equals("MVT") || d.equals("UTFGRID") || d.equals("TEMPLATE")) {
                    throw new UnwritableFormatException("OUTPUTFORMAT " + (name == null ? "" : "'" + name + "' ")
                            + "uses DRIVER \"" + driver + "\", which MapServer 8 writes but jmapserv does not "
                            + "(supported: AGG/PNG, AGG/PNG8, AGG/JPEG, AGG/MIXED, CAIRO/PNG, CAIRO/JPEG, CAIRO/SVG, "
                            + "CAIRO/PDF, GDAL/GTiff, GDAL/PNG, GDAL/JPEG, GDAL/AAIGRID in a raw IMAGEMODE, and GD/* as "
                            + "AGG/PNG8).");
                }
                throw new OutputFormatException("OUTPUTFORMAT " + (name == null ? "" : "'" + name + "' ")
                        + "uses DRIVER \"" + driver + "\", which jmapserv does not support (supported: AGG/PNG, "
                        + "AGG/PNG8, AGG/JPEG, AGG/MIXED, GDAL/GTiff, GDAL/PNG, GDAL/JPEG, CAIRO/PNG, CAIRO/JPEG, "
                        + "CAIRO/SVG, CAIRO/PDF, and GD/* as AGG/PNG8).");
        }
    }

    private static OutputFormat mixed(String name) {
        if ("jpegpng".equalsIgnoreCase(name)) {
            return format(name, null, "AGG/MIXED", "image/vnd.jpeg-png", "XXX", ImageMode.RGBA,
                    List.of("OPAQUE_FORMAT=jpeg", "TRANSPARENT_FORMAT=png24"));
        }
        if ("jpegpng8".equalsIgnoreCase(name)) {
            return format(name, null, "AGG/MIXED", "image/vnd.jpeg-png8", "XXX", ImageMode.RGBA,
                    List.of("OPAQUE_FORMAT=jpeg", "TRANSPARENT_FORMAT=png8"));
        }
        return format(name, "mixed", "AGG/MIXED", "image/mixed", "XXX", ImageMode.RGBA, List.of());
    }

    private static OutputFormat format(String name, String defaultName, String driver, String mime, String ext,
            ImageMode mode, List<String> options) {
        return new OutputFormat(name != null ? name : defaultName, driver, mime, ext, mode, false, options);
    }
}
