package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.OutputFormatDef;

/**
 * The image formats GetMap accepts and GetCapabilities lists: the mapfile's OUTPUTFORMATs with a raster or Cairo
 * vector driver (AGG/*, GDAL/GTiff, GDAL/PNG, GDAL/JPEG, GDAL/GIF, CAIRO/SVG, CAIRO/PDF), then MapServer 8.0's
 * built-in png, jpeg, png8, jpegpng, jpegpng8, pdf, svg and GTiff ({@code image/tiff}), in the order 8.0 lists them,
 * plus the unlisted png24 ({@code image/png; mode=24bit}) that msSelectOutputFormat still finds by name or mime
 * type. GDAL/GIF formats are listed as 8.0 lists them, but 8.0 cannot write them (GDAL's GIF driver takes one band
 * and AGG draws RGB): selecting one answers 8.0's msSaveImageGDAL exception ({@link #requireWritable}).
 */
final class WmsFormats {

    private WmsFormats() {
    }

    static List<OutputFormatDef> all(MapDef map) {
        List<OutputFormatDef> out = new ArrayList<>();
        for (OutputFormatDef f : map.outputFormats()) {
            String d = f.driver() == null ? "" : f.driver().toUpperCase(Locale.ROOT);
            if (f.mimeType() != null && (d.endsWith("PNG") || d.endsWith("PNG8") || d.endsWith("JPEG")
                    || d.equals("AGG/MIXED") || d.equals("GDAL/GTIFF") || d.equals("GDAL/GIF")
                    || d.equals("CAIRO/SVG") || d.equals("CAIRO/PDF"))) {
                out.add(f);
            }
        }
        out.add(builtIn("png", "AGG/PNG", "image/png", "png", List.of()));
        out.add(builtIn("jpeg", "AGG/JPEG", "image/jpeg", "jpg", List.of("QUALITY=75")));
        out.add(builtIn("png8", "AGG/PNG8", "image/png; mode=8bit", "png",
                List.of("QUANTIZE_FORCE=on", "QUANTIZE_COLORS=256")));
        out.add(builtIn("jpegpng", "AGG/MIXED", "image/vnd.jpeg-png", "XXX",
                List.of("TRANSPARENT_FORMAT=png", "OPAQUE_FORMAT=jpeg")));
        out.add(builtIn("jpegpng8", "AGG/MIXED", "image/vnd.jpeg-png8", "XXX",
                List.of("TRANSPARENT_FORMAT=png8", "OPAQUE_FORMAT=jpeg")));
        out.add(builtIn("pdf", "CAIRO/PDF", "application/x-pdf", "pdf", List.of()));
        out.add(builtIn("svg", "CAIRO/SVG", "image/svg+xml", "svg", List.of()));
        out.add(builtIn("GTiff", "GDAL/GTiff", "image/tiff", "tif", List.of()));
        return out;
    }

    static OutputFormatDef find(MapDef map, String wanted) {
        for (OutputFormatDef f : all(map)) {
            if (f.mimeType().equalsIgnoreCase(wanted) || f.name().equalsIgnoreCase(wanted)) {
                return f;
            }
        }
        if (wanted.equalsIgnoreCase("image/png; mode=24bit") || wanted.equalsIgnoreCase(PNG24.name())) {
            return PNG24; // 8.0 answers it (as image/png) without listing it
        }
        return null;
    }

    /** The unlisted built-in png24 (AGG/PNG, RGB), found as "image/png; mode=24bit", answered as image/png. */
    private static final OutputFormatDef PNG24 = builtIn("png24", "AGG/PNG", "image/png", "png", List.of());

    /**
     * msSaveImageGDAL with GDAL's GIF driver fails in 8.0 on every image AGG draws (three or four bands); 8.0
     * sends the exception after an image/gif header, this port as a well-formed exception report.
     */
    static void requireWritable(OutputFormatDef f) throws WmsException {
        if (f.driver() != null && f.driver().equalsIgnoreCase("GDAL/GIF")) {
            throw new WmsException(null, "msSaveImageGDAL(): General error message. Failed to create output GIF "
                    + "file.\nGIF driver only supports one band images.");
        }
    }

    static List<String> mimeTypes(MapDef map) {
        return all(map).stream().map(OutputFormatDef::mimeType).distinct().toList();
    }

    /**
     * GetMap's formats in capabilities (msGetOutputFormatMimeListWMS): {@code wms_getmap_formatlist} entries that
     * name a usable format, else every format's mime type. MapServer 8.0 also lists KML, MVT and JSON, which
     * this port does not write, so they are not offered.
     */
    static List<String> getMapMimeTypes(MapDef map) {
        return listed(map, map.web().metadata().value("wms_getmap_formatlist"));
    }

    /**
     * GetLegendGraphic's formats (msGetOutputFormatMimeListImg, {@code wms_getlegendgraphic_formatlist}): without
     * the list only AGG formats are listed, though any image format (TIFF too) is answered; never Cairo's SVG and
     * PDF.
     */
    static List<String> legendMimeTypes(MapDef map) {
        String list = map.web().metadata().value("wms_getlegendgraphic_formatlist");
        if (list == null || list.isBlank()) {
            return all(map).stream().filter(f -> f.driver().toUpperCase(Locale.ROOT).startsWith("AGG/"))
                    .map(OutputFormatDef::mimeType).distinct().toList();
        }
        java.util.Set<String> vector = new java.util.HashSet<>();
        for (OutputFormatDef f : all(map)) {
            String d = f.driver().toUpperCase(Locale.ROOT);
            if (d.equals("CAIRO/SVG") || d.equals("CAIRO/PDF")) {
                vector.add(f.mimeType());
            }
        }
        return listed(map, list).stream().filter(m -> !vector.contains(m)).toList();
    }

    static List<String> listed(MapDef map, String list) {
        if (list == null || list.isBlank()) {
            return mimeTypes(map);
        }
        List<String> out = new ArrayList<>();
        for (String t : list.split(",")) {
            OutputFormatDef f = find(map, t.trim());
            // 8.0 lists the unlisted png24 under its own mime type when the list names it
            String mime = f == PNG24 ? "image/png; mode=24bit" : f == null ? null : f.mimeType();
            if (mime != null && !out.contains(mime)) {
                out.add(mime);
            }
        }
        return out;
    }

    private static OutputFormatDef builtIn(String name, String driver, String mime, String ext, List<String> opts) {
        return new OutputFormatDef(name, driver, mime, ext, OutputFormatDef.ImageMode.RGB, null, opts,
                SourcePosition.NONE);
    }
}
