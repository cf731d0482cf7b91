package org.jmapserv.mapfile.parse;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.OutputFormatDef;
import org.jmapserv.mapfile.source.SourceLoader;

/**
 * The checks msLoadMap runs once the MAP's END is read (msPostMapParseOutputFormatSetup, msLoadFontSet,
 * loadSymbolSet): IMAGETYPE must name an output format, FONTSET and SYMBOLSET files must exist. MapServer reports
 * these without a line; we point at the keyword.
 */
final class MapEndChecks {
    /** Formats msApplyDefaultOutputFormats / msCreateDefaultOutputFormat provide in a default 8.0 build. */
    private static final Set<String> BUILT_IN = Set.of("png", "png8", "png24", "jpeg", "jpg", "gif", "svg", "pdf",
            "gtiff", "kml", "kmz", "cairopng", "mvt", "geojson", "utfgrid", "json", "aggpng24", "image/png",
            "image/jpeg", "image/png; mode=8bit", "image/svg+xml", "image/tiff", "application/json",
            "application/vnd.google-earth.kml+xml", "application/vnd.google-earth.kmz",
            "application/vnd.mapbox-vector-tile", "application/x-protobuf", "application/pdf", "image/gif");

    private final SourceLoader loader;
    private final Path mapPath;

    MapEndChecks(SourceLoader loader, Path mapPath) {
        this.loader = loader;
        this.mapPath = mapPath;
    }

    void check(MapDef.Builder map, ReadSession session) {
        if (map.imageType != null && !knownFormat(map)) {
            session.problems().at(session.imageTypeAt, "Unable to select IMAGETYPE `" + map.imageType
                    + "': no OUTPUTFORMAT of that name or MIME type");
        }
        if (map.fontSet != null) {
            FilePathText f = FilePathText.resolve(loader, mapPath, map.fontSet);
            if (f.problem() != null) {
                session.problems().at(session.fontSetAt, "Error opening fontset " + FilePathText.shown(map.fontSet)
                        + " " + f.because());
            }
        }
        if (map.symbolSet != null) {
            FilePathText f = FilePathText.resolve(loader, mapPath, map.symbolSet);
            if (f.problem() != null) {
                session.problems().at(session.symbolSetAt, "Error opening symbolset "
                        + FilePathText.shown(map.symbolSet) + " " + f.because());
            }
        }
    }

    private boolean knownFormat(MapDef.Builder map) {
        String t = map.imageType.toLowerCase(Locale.ROOT);
        for (OutputFormatDef f : map.outputFormats) {
            if (f.name().equalsIgnoreCase(t) || t.equalsIgnoreCase(f.mimeType())) {
                return true;
            }
        }
        return BUILT_IN.contains(t);
    }
}
