package org.jmapserv.render.style;

import org.jmapserv.mapfile.model.Color;

/**
 * Parses a colour held in an attribute, as msUpdateStyleFromBindings accepts it: {@code "r g b"} or
 * {@code "#rrggbb"} / {@code "#rrggbbaa"}. Anything else yields {@code null} (the style keeps its colour).
 */
public final class ColorText {

    private ColorText() {
    }

    public static Color parse(String v) {
        if (v == null) {
            return null;
        }
        String t = v.trim();
        try {
            if (t.startsWith("#") && (t.length() == 7 || t.length() == 9)) {
                int r = Integer.parseInt(t.substring(1, 3), 16);
                int g = Integer.parseInt(t.substring(3, 5), 16);
                int bl = Integer.parseInt(t.substring(5, 7), 16);
                int a = t.length() == 9 ? Integer.parseInt(t.substring(7, 9), 16) : 255;
                return new Color(r, g, bl, a);
            }
            String[] parts = t.split("[\\s,]+");
            if (parts.length == 3) {
                return Color.rgb(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** The Java2D colour for a set model colour. */
    public static java.awt.Color awt(Color c) {
        return new java.awt.Color(c.red(), c.green(), c.blue(), c.alpha());
    }
}
