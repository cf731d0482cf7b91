package org.jmapserv.data.contour;

/**
 * The contour levels GDALContourGenerate draws (GDAL 3.6, alg/marching_squares/level_generator.h): either every
 * {@code base + k * interval}, or a fixed list. {@link #range} gives the half-open index range of the levels met
 * between two values, with values within 1e-6 of a level nudged above it ({@link #fudge}) so that no contour runs
 * exactly through a pixel centre.
 */
abstract class ContourLevels {

    /** GDAL's knMAX_NUMBER_LEVELS: a square crossing more levels fails the generation. */
    static final int MAX_LEVELS = 100_000;

    static final String TOO_MANY = "Input values and/or interval settings would lead to too many levels";

    /** marching_squares::fudge: a value too close to a level is moved 1e-6 above it. */
    static double fudge(double level, double value) {
        return Math.abs(level - value) < 1e-6 ? value + 1e-6 : value;
    }

    abstract double level(int index);

    /** {@code [first, end)} indices of the levels between {@code min} and {@code max} (either order). */
    abstract int[] range(double min, double max);

    static ContourLevels interval(double base, double interval) {
        return new Interval(base, interval);
    }

    static ContourLevels fixed(double[] levels) {
        return new Fixed(levels.clone());
    }

    /** IntervalLevelRangeIterator. */
    private static final class Interval extends ContourLevels {
        private final double offset;
        private final double interval;

        Interval(double offset, double interval) {
            this.offset = offset;
            this.interval = interval;
        }

        @Override
        double level(int index) {
            return index * interval + offset;
        }

        @Override
        int[] range(double min, double max) {
            if (min > max) {
                double t = min;
                min = max;
                max = t;
            }
            int i1 = index(Math.ceil((min - offset) / interval));
            double l1 = fudge(level(i1), min);
            if (l1 > min) {
                i1 = index(Math.ceil((l1 - offset) / interval));
            }
            if (min == max) {
                return new int[] {i1, i1};
            }
            int i2 = index(Math.floor((max - offset) / interval) + 1);
            double l2 = fudge(level(i2), max);
            if (l2 > max) {
                i2 = index(Math.floor((l2 - offset) / interval) + 1);
            }
            if (i2 > i1 + (double) MAX_LEVELS) {
                throw new ContourException(TOO_MANY);
            }
            return new int[] {i1, i2};
        }

        private static int index(double d) {
            if (!(d >= Integer.MIN_VALUE && d < Integer.MAX_VALUE)) {
                throw new ContourException(TOO_MANY);
            }
            return (int) d;
        }
    }

    /** FixedLevelRangeIterator. */
    private static final class Fixed extends ContourLevels {
        private final double[] levels;

        Fixed(double[] levels) {
            this.levels = levels;
        }

        @Override
        double level(int index) {
            return index >= levels.length ? Double.MAX_VALUE : levels[index];
        }

        @Override
        int[] range(double min, double max) {
            if (min > max) {
                double t = min;
                min = max;
                max = t;
            }
            int b = 0;
            while (b != levels.length && levels[b] < fudge(levels[b], min)) {
                b++;
            }
            if (min == max) {
                return new int[] {b, b};
            }
            int e = b;
            while (e != levels.length && levels[e] <= fudge(levels[e], max)) {
                e++;
            }
            return new int[] {b, e};
        }
    }
}
