package org.jmapserv.render.raster;

import java.util.Locale;

import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.StyleDef;

/**
 * The colour space a COLORRANGE/DATARANGE ramp is interpolated in on a classified raster, PROCESSING
 * "RANGE_COLORSPACE=RGB|HSL" (msDrawRasterLayerGDAL passes it to msValueToRange, mapdraw.c): RGB mixes the three
 * channels; HSL converts both ends with msRGBtoHSL, mixes hue, saturation and lightness, and converts back with
 * msHSLtoRGB (mapserver's hue_to_rgb thresholds and truncation kept, so colours match to the unit).
 */
public enum RangeColorspace {
    RGB, HSL;

    /** The layer's RANGE_COLORSPACE, RGB when absent; an unknown name is MapServer's drawGDAL() error. */
    static RangeColorspace of(RasterProcessing proc) throws RasterDrawException {
        String v = proc.get("RANGE_COLORSPACE");
        if (v == null || v.equalsIgnoreCase("RGB")) {
            return RGB;
        }
        if (v.equalsIgnoreCase("HSL")) {
            return HSL;
        }
        throw new RasterDrawException("drawGDAL(): Unknown RANGE_COLORSPACE \"" + v + "\", expecting RGB or HSL");
    }

    /** msValueToRange: the colour between MINCOLOR and MAXCOLOR of {@code s} for {@code v}, as r, g, b, alpha. */
    public int[] valueToRange(StyleDef s, double v) {
        double range = s.maxValue() - s.minValue();
        double t = range == 0 ? 0 : (v - s.minValue()) / range;
        Color lo = s.minColor();
        Color hi = s.maxColor();
        int alpha = channel(lo.alpha(), hi.alpha(), t); // the ramp's alpha, mixed in both spaces
        if (this == RGB) {
            return new int[] {channel(lo.red(), hi.red(), t), channel(lo.green(), hi.green(), t),
                channel(lo.blue(), hi.blue(), t), alpha};
        }
        double[] a = toHsl(lo.red(), lo.green(), lo.blue());
        double[] b = toHsl(hi.red(), hi.green(), hi.blue());
        int[] rgb = toRgb(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t);
        return new int[] {rgb[0], rgb[1], rgb[2], alpha};
    }

    private static int channel(int lo, int hi, double t) {
        return (int) Math.max(0, Math.min(255, lo + (hi - lo) * t));
    }

    /** msRGBtoHSL: hue, saturation and lightness in 0..1. */
    static double[] toHsl(int red, int green, int blue) {
        double r = red / 255.0;
        double g = green / 255.0;
        double b = blue / 255.0;
        double max = Math.max(Math.max(r, g), b);
        double min = Math.min(Math.min(r, g), b);
        double d = max - min;
        double h = 0;
        double s = 0;
        double l = (max + min) / 2;
        if (max != min) {
            s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
            if (max == r) {
                h = (g - b) / d + (g < b ? 6 : 0);
            } else if (max == g) {
                h = (b - r) / d + 2;
            } else {
                h = (r - g) / d + 4;
            }
            h /= 6;
        }
        return new double[] {h, s, l};
    }

    /** msHSLtoRGB: channels truncated to integers as the C assignment to colorObj does. */
    static int[] toRgb(double h, double s, double l) {
        double r;
        double g;
        double b;
        if (s == 0) {
            r = l;
            g = l;
            b = l;
        } else {
            double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
            double p = 2 * l - q;
            r = hueToRgb(p, q, h + 1.0 / 3);
            g = hueToRgb(p, q, h);
            b = hueToRgb(p, q, h - 1.0 / 3);
        }
        return new int[] {(int) (r * 255), (int) (g * 255), (int) (b * 255)};
    }

    private static double hueToRgb(double p, double q, double t) {
        if (t < 0) {
            t += 1;
        }
        if (t > 1) {
            t -= 1;
        }
        if (t < 0.1666666666666666) {
            return p + (q - p) * 6 * t;
        }
        if (t < 0.5) {
            return q;
        }
        if (t < 0.6666666666666666) {
            return p + (q - p) * (0.666666666666 - t) * 6; // MapServer's truncated 2/3
        }
        return p;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
