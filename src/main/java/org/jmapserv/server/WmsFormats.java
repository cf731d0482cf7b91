package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.OutputFormatDef;

/**
 * The image formats GetMap accepts and GetCapabilities lists: the mapfile's OUTPUTFORMATs with a raster driver,
 * then MapServer's built-in png, jpeg and png8 (msSelectOutputFormat by mime type or name).
 */
final class WmsFormats {

    private WmsFormats() {
    }

    static List<OutputFormatDef> all(MapDef map) {
        List<OutputFormatDef> out = new ArrayList<>();
        for (OutputFormatDef f : map.outputFormats()) {
            String d = f.driver() == null ? "" : f.driver().toUpperCase(Locale.ROOT);
            if (f.mimeType() != null && (d.endsWith("PNG") || d.endsWith("PNG8") || d.endsWith("JPEG"))) {
                out.add(f);
            }
        }
        out.add(builtIn("png", "AGG/PNG", "image/png", "png", List.of()));
        out.add(builtIn("jpeg", "AGG/JPEG", "image/jpeg", "jpg", List.of("QUALITY=75")));
        out.add(builtIn("png8", "AGG/PNG8", "image/png; mode=8bit", "png",
                List.of("QUANTIZE_FORCE=on", "QUANTIZE_COLORS=256")));
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

    private static OutputFormatDef builtIn(String name, String driver, String mime, String ext, List<String> opts) {
        return new OutputFormatDef(name, driver, mime, ext, OutputFormatDef.ImageMode.RGB, null, opts,
                SourcePosition.NONE);
    }
}
