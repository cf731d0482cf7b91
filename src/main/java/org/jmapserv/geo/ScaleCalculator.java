package org.jmapserv.geo;

import java.util.Locale;

import org.jmapserv.mapfile.model.Units;

/**
 * Map scale denominator and cell size. Mirrors msCalculateScale and msInchesPerUnit (mapscale.c).
 *
 * <p>MapServer builds without ENABLE_VARIABLE_INCHES_PER_DEGREE, so for DD the inches per unit is the constant
 * 4374754 whatever the latitude: the scale of a geographic map does not depend on where it is. The extent is
 * pixel-centre based, hence {@code width - 1}; call {@link ExtentAdjuster} first, as MapServer does.
 */
public final class ScaleCalculator {

    /** What msCalculateScale reports for PIXELS/PERCENTAGES maps: "not an error", just no scale. */
    public static final double NO_SCALE = -1;

    private ScaleCalculator() {
    }

    /**
     * The scale denominator of a {@code width} pixel wide image of {@code extent} at {@code resolution} dpi.
     *
     * @throws IllegalArgumentException with MapServer's message for an invalid extent or image size
     */
    public static double scaleDenominator(Rect extent, Units units, int width, int height, double resolution) {
        if (!extent.isValid()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "Invalid image extent, minx=%f, miny=%f, maxx=%f, maxy=%f.",
                    extent.minX(), extent.minY(), extent.maxX(), extent.maxY()));
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Invalid image width or height.");
        }
        if (units == Units.PIXELS || units == Units.PERCENTAGES) {
            return NO_SCALE;
        }
        double mapDistanceInches = (width - 1) / (resolution * units.inchesPerUnit());
        return extent.width() / mapDistanceInches;
    }

    /** MS_CELLSIZE for both axes, the larger one: the ground size of one pixel after squaring. */
    public static double cellsize(Rect extent, int width, int height) {
        return Math.max(extent.width() / (width - 1), extent.height() / (height - 1));
    }
}
