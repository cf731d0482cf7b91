package org.jmapserv.mapfile.model;

/**
 * An RGBA colour as MapServer's colorObj: components 0..255, or {@link #UNSET} (red = -1) when the mapfile
 * did not give one or gave a negative triplet, which MapServer uses to suppress drawing (loadColor, mapfile.c).
 */
public record Color(int red, int green, int blue, int alpha) {

    public static final Color UNSET = new Color(-1, -1, -1, 255);
    public static final Color BLACK = new Color(0, 0, 0, 255);
    public static final Color WHITE = new Color(255, 255, 255, 255);

    public static Color rgb(int r, int g, int b) {
        return r < 0 || g < 0 || b < 0 ? UNSET : new Color(r, g, b, 255);
    }

    public boolean isSet() {
        return red >= 0;
    }

    public Color withAlpha(int newAlpha) {
        return isSet() ? new Color(red, green, blue, newAlpha) : this;
    }

    /** {@code "#rrggbb"} or {@code "#rrggbbaa"} when alpha is not opaque. */
    public String toHex() {
        String hex = String.format("#%02x%02x%02x", red, green, blue);
        return alpha == 255 ? hex : hex + String.format("%02x", alpha);
    }
}
