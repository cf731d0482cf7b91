package org.jmapserv.mapfile.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.OutputFormatDef;

/**
 * Reads an OUTPUTFORMAT block (mirrors loadOutputFormat, mapoutput.c/mapfile.c): DRIVER is required and every
 * FORMATOPTION must be KEY=VALUE. Formats are kept in file order; choosing among them is the renderer's job.
 */
final class OutputFormatReader {

    /** Accumulates an OUTPUTFORMAT while its block is read. */
    static final class Draft {
        String name;
        String driver;
        Token driverAt;
        String mimeType;
        String extension;
        OutputFormatDef.ImageMode imageMode;
        Boolean transparent;
        final List<String> formatOptions = new ArrayList<>();
    }

    private static final KeywordHandlers<Draft> KEYWORDS = new KeywordHandlers<Draft>("OUTPUTFORMAT")
            .on("NAME", (v, b, s) -> b.name = v.anyText())
            .on("DRIVER", (v, b, s) -> {
                b.driverAt = v.keywordToken();
                b.driver = v.string();
            })
            .on("MIMETYPE", (v, b, s) -> b.mimeType = v.string())
            .on("EXTENSION", (v, b, s) -> {
                String e = v.string();
                b.extension = e.startsWith(".") ? e.substring(1) : e;
            })
            .on("IMAGEMODE", OutputFormatReader::imageMode)
            .on("TRANSPARENT", (v, b, s) -> b.transparent = v.onOff())
            .on("FORMATOPTION", (v, b, s) -> {
                String opt = v.string();
                if (opt.indexOf('=') <= 0) {
                    throw new ReadError(v.keywordToken(), "Failed to parse FORMATOPTION, expecting \"KEY=VALUE\" "
                            + "syntax (got \"" + opt + "\")");
                }
                b.formatOptions.add(opt);
            });

    private OutputFormatReader() {
    }

    /** Driver families MapServer 8.0 builds in (GD/ is silently mapped to AGG by MapServer). */
    static boolean knownDriver(String driver) {
        String d = driver.toUpperCase(Locale.ROOT);
        for (String prefix : new String[] {"AGG/", "GDAL/", "OGR/", "CAIRO/", "GD/"}) {
            if (d.startsWith(prefix) && d.length() > prefix.length()) {
                return true;
            }
        }
        return d.equals("UTFGRID") || d.equals("MVT") || d.equals("KML") || d.equals("KMZ") || d.equals("TEMPLATE")
                || d.equals("IMAGEMAP") || d.equals("SVG");
    }

    static void read(MapfileParser.BlockContext block, ReadSession session, List<OutputFormatDef> into) {
        Draft d = new Draft();
        Values v = new Values(block);
        if (!KEYWORDS.read(block, d, session)) {
            return;
        }
        if (d.driver == null) {
            session.problems().at(block.END().getSymbol(), "OUTPUTFORMAT clause lacks DRIVER keyword"
                    + (d.name == null ? "" : " (OUTPUTFORMAT " + d.name + ")"));
            return;
        }
        if (!knownDriver(d.driver)) {
            session.problems().at(d.driverAt, "OUTPUTFORMAT (" + (d.name == null ? d.driver : d.name)
                    + ") clause references driver (" + d.driver + "), but this driver isn't configured.");
            return;
        }
        SourcePosition pos = v.position();
        OutputFormatDef def = new OutputFormatDef(d.name == null ? defaultName(d.driver) : d.name,
                d.driver, d.mimeType, d.extension, d.imageMode, d.transparent, d.formatOptions, pos);
        into.add(def);
    }

    /**
     * The name msCreateDefaultOutputFormat gives an OUTPUTFORMAT without NAME: png for AGG/PNG, png8 for AGG/PNG8
     * (and GD/...), jpeg, cairopng, pdf, svg, ..., the part after "GDAL/" or "OGR/" as written; otherwise the
     * driver in lower case (a driver MapServer would not create by default).
     */
    static String defaultName(String driver) {
        String d = driver.toUpperCase(Locale.ROOT);
        if (d.startsWith("GD/")) {
            return "png8";
        }
        if (d.startsWith("GDAL/")) {
            return driver.substring(5);
        }
        if (d.startsWith("OGR/")) {
            return driver.substring(4);
        }
        return switch (d) {
            case "UTFGRID" -> "utfgrid";
            case "AGG/PNG" -> "png";
            case "AGG/PNG8" -> "png8";
            case "AGG/JPEG" -> "jpeg";
            case "MVT" -> "mvt";
            case "AGG/MIXED" -> "mixed";
            case "CAIRO/PNG" -> "cairopng";
            case "CAIRO/JPEG" -> "cairojpeg";
            case "CAIRO/PDF" -> "pdf";
            case "CAIRO/SVG" -> "svg";
            case "KML" -> "kml";
            case "KMZ" -> "kmz";
            case "IMAGEMAP" -> "imagemap";
            case "TEMPLATE" -> "template";
            default -> driver.toLowerCase(Locale.ROOT);
        };
    }

    /** IMAGEMODE compares the token's text (getToken + strcasecmp), so a quoted "RGBA" is as good as RGBA. */
    private static void imageMode(Values v, Draft b, ReadSession s) {
        org.antlr.v4.runtime.Token t = v.token("an image mode");
        String text = t.getType() == org.jmapserv.mapfile.antlr.MapfileLexer.STRING
                ? QuotedString.value(t.getText()) : t.getText();
        for (OutputFormatDef.ImageMode m : OutputFormatDef.ImageMode.values()) {
            if (m.name().equalsIgnoreCase(text)) {
                b.imageMode = m;
                return;
            }
        }
        throw v.fail(t, "IMAGEMODE expects one of PC256, RGB, RGBA, INT16, FLOAT32, BYTE, FEATURE");
    }
}
