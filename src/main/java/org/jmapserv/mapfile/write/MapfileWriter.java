package org.jmapserv.mapfile.write;

import org.jmapserv.mapfile.model.LegendDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.OutputFormatDef;
import org.jmapserv.mapfile.model.QueryMapDef;
import org.jmapserv.mapfile.model.ReferenceDef;
import org.jmapserv.mapfile.model.ScalebarDef;
import org.jmapserv.mapfile.model.SymbolDef;
import org.jmapserv.mapfile.model.WebDef;

/**
 * Prints a {@link MapDef} as a canonical mapfile (the job msSaveMap, mapfile.c, does in MapServer): two-space
 * indent, upper-case keywords, quoted strings, and only values that differ from MapServer's defaults, so that
 * reading the output gives an equal model. Symbols read from the SYMBOLSET file (known by their source file) are
 * left to it; INCLUDEs are expanded.
 * Stateless and thread-safe.
 */
public final class MapfileWriter {

    /** The canonical text of {@code map}. */
    public String write(MapDef map) {
        MapfileOut out = new MapfileOut();
        MapDef d = new MapDef.Builder().build();
        out.open("MAP");
        out.string("NAME", map.name().equals(d.name()) ? null : map.name());
        out.word("STATUS", map.status(), d.status());
        out.word("MAXSIZE", map.maxSize(), d.maxSize());
        if (map.width() != d.width() || map.height() != d.height()) {
            out.line("SIZE " + map.width() + " " + map.height());
        }
        out.extent("EXTENT", map.extent());
        out.word("UNITS", map.units(), d.units());
        out.color("IMAGECOLOR", map.imageColor(), d.imageColor());
        out.string("IMAGETYPE", map.imageType());
        out.string("SHAPEPATH", map.shapePath());
        out.string("FONTSET", map.fontSet());
        map.config().entries().forEach(e -> out.line("CONFIG " + MapfileOut.quote(e.key()) + " "
                + MapfileOut.quote(e.value())));
        out.word("DEBUG", map.debug(), d.debug());
        out.number("RESOLUTION", map.resolution(), d.resolution());
        out.number("DEFRESOLUTION", map.defResolution(), d.defResolution());
        out.number("SCALEDENOM", map.scaleDenom(), d.scaleDenom());
        out.number("ANGLE", map.angle(), d.angle());
        out.projection("PROJECTION", map.projection());
        out.projection("LATLON", map.latlon());
        web(out, map.web());
        legend(out, map.legend());
        scalebar(out, map.scalebar());
        queryMap(out, map.queryMap());
        reference(out, map.reference());
        map.outputFormats().forEach(f -> outputFormat(out, f));
        String setFile = symbolSetFile(map);
        out.string("SYMBOLSET", map.symbolSet());
        map.symbols().stream().filter(s -> !s.source().file().equals(setFile)).forEach(s -> symbol(out, s));
        LayerWriter layers = new LayerWriter(out);
        map.layers().forEach(layers::layer);
        out.close();
        return out.toString();
    }

    private static void web(MapfileOut out, WebDef w) {
        WebDef d = new WebDef.Builder().build();
        if (w.equals(d)) {
            return;
        }
        out.open("WEB");
        out.string("IMAGEPATH", w.imagePath().equals(d.imagePath()) ? null : w.imagePath());
        out.string("IMAGEURL", w.imageUrl());
        out.string("TEMPPATH", w.tempPath());
        out.string("TEMPLATE", w.template());
        out.string("HEADER", w.header());
        out.string("FOOTER", w.footer());
        out.string("MINTEMPLATE", w.minTemplate());
        out.string("MAXTEMPLATE", w.maxTemplate());
        out.string("ERROR", w.error());
        out.string("EMPTY", w.empty());
        out.number("MINSCALEDENOM", w.minScaleDenom(), d.minScaleDenom());
        out.number("MAXSCALEDENOM", w.maxScaleDenom(), d.maxScaleDenom());
        out.string("QUERYFORMAT", w.queryFormat().equals(d.queryFormat()) ? null : w.queryFormat());
        out.string("LEGENDFORMAT", w.legendFormat().equals(d.legendFormat()) ? null : w.legendFormat());
        out.string("BROWSEFORMAT", w.browseFormat().equals(d.browseFormat()) ? null : w.browseFormat());
        out.hash("METADATA", w.metadata());
        out.hash("VALIDATION", w.validation());
        out.close();
    }

    private static void legend(MapfileOut out, LegendDef l) {
        LegendDef d = new LegendDef.Builder().build();
        if (l.equals(d)) {
            return;
        }
        out.open("LEGEND");
        out.color("IMAGECOLOR", l.imageColor(), d.imageColor());
        if (l.keySizeX() != d.keySizeX() || l.keySizeY() != d.keySizeY()) {
            out.line("KEYSIZE " + l.keySizeX() + " " + l.keySizeY());
        }
        if (l.keySpacingX() != d.keySpacingX() || l.keySpacingY() != d.keySpacingY()) {
            out.line("KEYSPACING " + l.keySpacingX() + " " + l.keySpacingY());
        }
        out.color("OUTLINECOLOR", l.outlineColor(), d.outlineColor());
        out.word("POSITION", l.position(), d.position());
        out.word("POSTLABELCACHE", l.postLabelCache() ? "TRUE" : null, null);
        out.word("STATUS", l.status(), d.status());
        out.word("TRANSPARENT", onOff(l.transparent()), null);
        out.string("TEMPLATE", l.template());
        if (l.label() != null) {
            new LayerWriter(out).label(l.label());
        }
        out.close();
    }

    private static void scalebar(MapfileOut out, ScalebarDef s) {
        ScalebarDef d = new ScalebarDef.Builder().build();
        if (s.equals(d)) {
            return;
        }
        out.open("SCALEBAR");
        out.word("ALIGN", s.align(), d.align());
        out.color("BACKGROUNDCOLOR", s.backgroundColor(), d.backgroundColor());
        out.color("COLOR", s.color(), d.color());
        out.color("IMAGECOLOR", s.imageColor(), d.imageColor());
        out.word("INTERVALS", s.intervals(), d.intervals());
        out.color("OUTLINECOLOR", s.outlineColor(), d.outlineColor());
        out.word("POSITION", s.position(), d.position());
        out.word("POSTLABELCACHE", s.postLabelCache() ? "TRUE" : null, null);
        if (s.width() != d.width() || s.height() != d.height()) {
            out.line("SIZE " + s.width() + " " + s.height());
        }
        out.word("STATUS", s.status(), d.status());
        out.word("STYLE", s.style(), d.style());
        out.word("TRANSPARENT", onOff(s.transparent()), null);
        out.word("UNITS", s.units(), d.units());
        if (s.offsetX() != d.offsetX() || s.offsetY() != d.offsetY()) {
            out.line("OFFSET " + s.offsetX() + " " + s.offsetY());
        }
        if (s.label() != null) {
            new LayerWriter(out).label(s.label());
        }
        out.close();
    }

    private static void queryMap(MapfileOut out, QueryMapDef q) {
        QueryMapDef d = new QueryMapDef.Builder().build();
        if (q.equals(d)) {
            return;
        }
        out.open("QUERYMAP");
        out.color("COLOR", q.color(), d.color());
        if (q.width() != d.width() || q.height() != d.height()) {
            out.line("SIZE " + q.width() + " " + q.height());
        }
        out.word("STATUS", q.status(), d.status());
        out.word("STYLE", q.style(), d.style());
        out.close();
    }

    private static void reference(MapfileOut out, ReferenceDef r) {
        ReferenceDef d = new ReferenceDef.Builder().build();
        if (r.equals(d)) {
            return;
        }
        out.open("REFERENCE");
        out.string("IMAGE", r.image());
        if (r.width() != d.width() || r.height() != d.height()) {
            out.line("SIZE " + r.width() + " " + r.height());
        }
        out.extent("EXTENT", r.extent());
        out.word("STATUS", r.status(), d.status());
        out.color("COLOR", r.color(), d.color());
        out.color("OUTLINECOLOR", r.outlineColor(), d.outlineColor());
        out.string("MARKER", r.markerName());
        out.word("MARKER", r.markerName() == null ? r.marker() : null, d.marker());
        out.word("MARKERSIZE", r.markerSize(), d.markerSize());
        out.word("MINBOXSIZE", r.minBoxSize(), d.minBoxSize());
        out.word("MAXBOXSIZE", r.maxBoxSize(), d.maxBoxSize());
        out.close();
    }

    private static void outputFormat(MapfileOut out, OutputFormatDef f) {
        out.open("OUTPUTFORMAT");
        out.string("NAME", f.name());
        out.string("DRIVER", f.driver());
        out.string("MIMETYPE", f.mimeType());
        out.string("EXTENSION", f.extension());
        out.word("IMAGEMODE", f.imageMode(), null);
        out.word("TRANSPARENT", onOff(f.transparent()), null);
        f.formatOptions().forEach(o -> out.string("FORMATOPTION", o));
        out.close();
    }

    private static void symbol(MapfileOut out, SymbolDef s) {
        SymbolDef d = new SymbolDef.Builder().build();
        out.open("SYMBOL");
        out.string("NAME", s.name());
        out.word("TYPE", s.type(), d.type());
        if (!s.points().isEmpty()) {
            out.points(s.points());
        }
        out.word("FILLED", s.filled() ? "TRUE" : null, null);
        out.string("IMAGE", s.image());
        out.string("CHARACTER", s.character());
        out.string("FONT", s.font());
        if (s.anchorX() != d.anchorX() || s.anchorY() != d.anchorY()) {
            out.line("ANCHORPOINT " + MapfileOut.num(s.anchorX()) + " " + MapfileOut.num(s.anchorY()));
        }
        out.word("TRANSPARENT", s.transparent(), d.transparent());
        out.close();
    }

    private static String symbolSetFile(MapDef map) {
        if (map.symbolSet() == null || map.mapPath() == null) {
            return "";
        }
        return java.nio.file.Path.of(map.mapPath()).resolve(map.symbolSet()).normalize().toString();
    }

    static String onOff(Boolean b) {
        return b == null ? null : b ? "ON" : "OFF";
    }
}
