package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.OutputFormatDef;

/**
 * The image formats GetMap accepts and GetCapabilities lists: the mapfile's OUTPUTFORMATs with a raster driver,
 * then MapServer's built-in png, jpeg, png8, jpegpng, jpegpng8, pdf and svg (msSelectOutputFormat by mime type or
 * name), in the order MapServer 8.0 lists them.
 */
final class WmsFormats {

    private WmsFormats() {
    }

    static List<OutputFormatDef> all(MapDef map) {
        List<OutputFormatDef> out = new ArrayList<>();
        for (OutputFormatDef f : map.outputFormats()) {
            String d = f.driver() == null ? "" : f.driver().toUpperCase(Locale.ROOT);
            if (f.mimeType() != null && (d.endsWith("PNG") || d.endsWith("PNG8") || d.endsWith("JPEG")
                    || d.equals("AGG/MIXED") || d.equals("CAIRO/SVG") || d.equals("CAIRO/PDF"))) {
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
        return out;
    }

    static OutputFormatDef find(MapDef map, String wanted) {
        for (OutputFormatDef f : all(map)) {
            if (f.mimeType().equalsIgnoreCase(wanted) || f.name().equalsIgnoreCase(wanted)) {
                return f;
            }
        }
        return null;
    }

    static List<String> mimeTypes(MapDef map) {
        return all(map).stream().map(OutputFormatDef::mimeType).distinct().toList();
    }

    /**
     * GetMap's formats in capabilities (msGetOutputFormatMimeListWMS): {@code wms_getmap_formatlist} entries that
     * name a usable format, else every format's mime type. MapServer 8.0 also lists TIFF, KML, MVT and JSON,
     * which this port does not write, so they are not offered.
     */
    static List<String> getMapMimeTypes(MapDef map) {
        return listed(map, map.web().metadata().value("wms_getmap_formatlist"));
    }

    /**
     * GetLegendGraphic's formats (msGetOutputFormatMimeListImg, {@code wms_getlegendgraphic_formatlist}): image
     * formats only, so not Cairo's SVG and PDF.
     */
    static List<String> legendMimeTypes(MapDef map) {
        java.util.Set<String> vector = new java.util.HashSet<>();
        for (OutputFormatDef f : all(map)) {
            String d = f.driver().toUpperCase(Locale.ROOT);
            if (d.equals("CAIRO/SVG") || d.equals("CAIRO/PDF")) {
                vector.add(f.mimeType());
            }
        }
        return listed(map, map.web().metadata().value("wms_getlegendgraphic_formatlist")).stream()
                .filter(m -> !vector.contains(m)).toList();
    }

    static List<String> listed(MapDef map, String list) {
        if (list == null || list.isBlank()) {
            return mimeTypes(map);
        }
        List<String> out = new ArrayList<>();
        for (String t : list.split(",")) {
            OutputFormatDef f = find(map, t.trim());
            if (f != null && !out.contains(f.mimeType())) {
                out.add(f.mimeType());
            }
        }
        return out;
    }

    private static OutputFormatDef builtIn(String name, String driver, String mime, String ext, List<String> opts) {
        return new OutputFormatDef(name, driver, mime, ext, OutputFormatDef.ImageMode.RGB, null, opts,
                SourcePosition.NONE);
    }
}
