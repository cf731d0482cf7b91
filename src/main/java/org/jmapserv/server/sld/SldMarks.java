package org.jmapserv.server.sld;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The symbols SLD well-known marks draw with (msSLDGetMarkSymbol, mapogcsld.cpp), written as SYMBOL blocks:
 * square, circle, triangle and star are filled; cross and x are stroked.
 */
final class SldMarks {
    private static final Map<String, String> SHAPES = Map.of(
            "square", "TYPE VECTOR FILLED TRUE POINTS 0 0 0 1 1 1 1 0 0 0 END",
            "circle", "TYPE ELLIPSE FILLED TRUE POINTS 1 1 END",
            "triangle", "TYPE VECTOR FILLED TRUE POINTS 0 1 0.5 0 1 1 0 1 END",
            "star", "TYPE VECTOR FILLED TRUE POINTS 0 0.375 0.35 0.375 0.5 0 0.65 0.375 1 0.375 0.75 0.625 "
                    + "0.875 1 0.5 0.75 0.125 1 0.25 0.625 0 0.375 END",
            "cross", "TYPE VECTOR POINTS 0.5 0 0.5 1 -99 -99 0 0.5 1 0.5 END",
            "x", "TYPE VECTOR POINTS 0 0 1 1 -99 -99 0 1 1 0 END");

    private final Map<String, String> used = new LinkedHashMap<>();
    private final String externalGraphicPattern;

    SldMarks() {
        this(null);
    }

    /** {@code externalGraphicPattern}: the map's WEB VALIDATION "sld_external_graphic" (null: none). */
    SldMarks(String externalGraphicPattern) {
        this.externalGraphicPattern = externalGraphicPattern;
    }

    /**
     * The symbol for an ExternalGraphic's OnlineResource, as msSLDParseExternalGraphic makes it: a PIXMAP symbol
     * named by the URL, whose image the renderer fetches like any SYMBOL IMAGE given by URL (jmapserv's HTTP client,
     * the map's TLS settings). As in 8.0 the URL must match the map's WEB VALIDATION "sld_external_graphic"
     * (msValidateParameter); without it, or when it does not match, the SLD is refused with 8.0's message.
     */
    String useExternal(String url) throws SldException {
        boolean valid;
        try {
            valid = externalGraphicPattern != null
                    && java.util.regex.Pattern.compile(externalGraphicPattern).matcher(url).find();
        } catch (java.util.regex.PatternSyntaxException e) {
            valid = false;
        }
        if (!valid) {
            throw new SldException("msSLDParseExternalGraphic(): Web application error. SLD ExternalGraphic "
                    + "OnlineResource value fails to validate against sld_external_graphic VALIDATION", true);
        }
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw new SldException("ExternalGraphic OnlineResource '" + url + "' is not an http(s) URL.");
        }
        used.put(url, "TYPE PIXMAP IMAGE " + SldApplier.quoted(url));
        return url;
    }

    /**
     * The symbol name for a well-known name, refusing unknown marks: the "_filled" variant only when the Mark has
     * a Fill (msSLDGetMarkSymbol), else the outline of the shape.
     */
    String use(String wellKnownName, boolean withFill) throws SldException {
        String shape = SHAPES.get(wellKnownName);
        if (shape == null) {
            throw new SldException("Mark WellKnownName '" + wellKnownName + "' is not supported by jmapserv "
                    + "(square, circle, triangle, star, cross, x are).");
        }
        boolean fill = withFill && filled(wellKnownName);
        String name = "sld_mark_symbol_" + wellKnownName + (fill ? "_filled" : "");
        used.put(name, fill ? shape : shape.replace("FILLED TRUE", "FILLED FALSE"));
        return name;
    }

    static boolean filled(String wellKnownName) {
        return !wellKnownName.equalsIgnoreCase("cross") && !wellKnownName.equalsIgnoreCase("x");
    }

    /** SYMBOL blocks for the marks used so far. */
    String symbolBlocks() {
        StringBuilder b = new StringBuilder();
        used.forEach((name, shape) -> b.append("SYMBOL NAME ").append(SldApplier.quoted(name)).append(' ')
                .append(shape).append(" END\n"));
        return b.toString();
    }
}
