package org.jmapserv.render.raster;

import org.jmapserv.mapfile.model.expr.FeatureContext;
import org.locationtech.jts.geom.Geometry;

/**
 * The attributes a raster class EXPRESSION sees (msGetClass_FloatRGB): {@code [pixel]}, and {@code [red]},
 * {@code [green]}, {@code [blue]} of the palette entry (-1 when unknown). One mutable instance per classification.
 */
final class PixelClassContext implements FeatureContext {

    private String pixel;
    private String red;
    private String green;
    private String blue;

    void set(double value, int r, int g, int b) {
        pixel = format(value);
        red = Integer.toString(r);
        green = Integer.toString(g);
        blue = Integer.toString(b);
    }

    @Override
    public String attribute(String name) {
        if (name.equalsIgnoreCase("pixel")) {
            return pixel;
        } else if (name.equalsIgnoreCase("red")) {
            return red;
        } else if (name.equalsIgnoreCase("green")) {
            return green;
        } else if (name.equalsIgnoreCase("blue")) {
            return blue;
        }
        return null;
    }

    @Override
    public Geometry geometry() {
        return null;
    }

    /** The value as "%g" would print it for whole numbers, full precision otherwise. */
    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
