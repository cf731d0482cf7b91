package org.jmapserv.server.sld;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

/**
 * A RasterSymbolizer as msSLDParseRasterSymbolizer (mapogcsld.cpp) turns it into CLASSes of a RASTER layer, checked
 * against 8.0's own translation (mapscript {@code layerObj.applySLD}): Opacity becomes the layer's COMPOSITE OPACITY
 * (percent); an SLD 1.0 ColorMap's ColorMapEntry list becomes one class per entry, named by its label or quantity,
 * {@code ([pixel] >= q(i) AND [pixel] < q(i+1))} and, for the last entry, {@code ([pixel] = q)}, coloured by the
 * entry (its opacity attribute is ignored, as 8.0 ignores it); an SE 1.1 Categorize becomes one class per Value,
 * named {@code <layer>#<n>}, split at the Thresholds. The ColorMap's type attribute (ramp, intervals,
 * values) is ignored, and so are ChannelSelection, ContrastEnhancement, ShadedRelief, ImageOutline and
 * OverlapBehavior, as 8.0 ignores them. SE Interpolate, which 8.0 rejects as an invalid SLD document (and then
 * draws the layer without the SLD), is refused.
 */
final class SldRasterSymbolizer {

    /** The classes (mapfile text) and the opacity in percent (-1: none). */
    record Translation(String classes, int opacity) {
    }

    private SldRasterSymbolizer() {
    }

    static Translation of(Element symbolizer, String layerName) throws SldException {
        int opacity = -1;
        String classes = "";
        for (Element e : SafeXml.children(symbolizer)) {
            switch (SafeXml.local(e)) {
                case "Opacity" -> opacity = percent(SafeXml.text(e));
                case "ColorMap" -> classes = colorMap(e, layerName);
                // 8.0's msSLDParseRasterSymbolizer does not read these (probed with applySLD: no class, no
                // processing option, the ColorMap translated as without them): ignored the same way
                case "Geometry", "ChannelSelection", "ContrastEnhancement", "ShadedRelief", "OverlapBehavior",
                        "ImageOutline" -> { }
                default -> throw new SldException(SafeXml.local(e) + " in RasterSymbolizer is not supported by "
                        + "jmapserv.");
            }
        }
        return new Translation(classes, opacity);
    }

    private static int percent(String v) throws SldException {
        if (v == null || !OgcFilterExpression.isNumber(v)) {
            throw new SldException("RasterSymbolizer Opacity '" + v + "' is not a number.");
        }
        return (int) (Double.parseDouble(v) * 100);
    }

    private static String colorMap(Element map, String layerName) throws SldException {
        List<Element> entries = SafeXml.children(map, "ColorMapEntry");
        Element categorize = SafeXml.child(map, "Categorize");
        if (SafeXml.child(map, "Interpolate") != null) {
            throw new SldException("Interpolate in ColorMap is not supported by jmapserv (MapServer 8.0 rejects "
                    + "it too, as an invalid SLD document, and then draws the layer without the SLD).");
        }
        StringBuilder out = new StringBuilder();
        if (categorize != null) {
            List<String> values = new ArrayList<>();
            List<String> thresholds = new ArrayList<>();
            for (Element e : SafeXml.children(categorize)) {
                switch (SafeXml.local(e)) {
                    case "Value" -> values.add(color(SafeXml.text(e)));
                    case "Threshold" -> thresholds.add(number(SafeXml.text(e)));
                    case "LookupValue" -> { }
                    default -> throw new SldException(SafeXml.local(e) + " in Categorize is not supported by "
                            + "jmapserv.");
                }
            }
            if (values.size() != thresholds.size() + 1 || thresholds.isEmpty()) {
                throw new SldException("Categorize needs one Value more than Thresholds.");
            }
            for (int i = 0; i < values.size(); i++) {
                String expr = i == 0 ? "([pixel] < " + thresholds.get(0) + ")"
                        : i == values.size() - 1 ? "([pixel] >= " + thresholds.get(i - 1) + ")"
                        : "([pixel] >= " + thresholds.get(i - 1) + " AND [pixel] < " + thresholds.get(i) + ")";
                out.append(cls(layerName + "#" + i, expr, values.get(i)));
            }
            return out.toString();
        }
        for (int i = 0; i < entries.size(); i++) {
            Element e = entries.get(i);
            String q = number(e.getAttribute("quantity"));
            String label = e.getAttribute("label");
            String expr = i + 1 < entries.size()
                    ? "([pixel] >= " + q + " AND [pixel] < " + number(entries.get(i + 1).getAttribute("quantity"))
                    + ")" : "([pixel] = " + q + ")";
            out.append(cls(label.isEmpty() ? q : label, expr, color(e.getAttribute("color"))));
        }
        return out.toString();
    }

    private static String cls(String name, String expr, String color) {
        return "CLASS\nNAME " + SldApplier.quoted(name) + "\nEXPRESSION " + expr + "\nSTYLE COLOR " + color
                + " END\nEND\n";
    }

    private static String number(String v) throws SldException {
        if (v == null || !OgcFilterExpression.isNumber(v.trim())) {
            throw new SldException("ColorMap quantity '" + v + "' is not a number.");
        }
        return v.trim();
    }

    private static String color(String v) throws SldException {
        String s = v == null ? "" : v.trim();
        if (!s.matches("#[0-9a-fA-F]{6}")) {
            throw new SldException("ColorMap color '" + v + "' is not a #rrggbb colour.");
        }
        int rgb = Integer.parseInt(s.substring(1), 16);
        return (rgb >> 16 & 0xff) + " " + (rgb >> 8 & 0xff) + " " + (rgb & 0xff);
    }
}
