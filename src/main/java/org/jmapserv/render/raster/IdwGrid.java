package org.jmapserv.render.raster;

import org.jmapserv.render.layer.KernelDensitySamples;

/**
 * msIdw (mapidw.c), CONNECTIONTYPE IDW: every map pixel gets the inverse-distance-weighted mean of the sample
 * values within IDW_RADIUS pixels (weight {@code 1 / (d^IDW_POWER + 1e-9)} with d the squared pixel distance, as
 * MapServer computes it), stored in a byte the way C converts it (truncated, wrapped past 255).
 */
final class IdwGrid {

    private static final double EPSILON = 0.000000001;

    /** IDW_* processing keys, as msIdwProcessing reads them (the radius truncated to an integer). */
    record Params(int radius, float power, boolean borders) {

        static Params of(RasterProcessing proc, int mapWidth, int mapHeight) {
            String p = proc.get("IDW_POWER");
            float power = p == null ? 1f : (float) BandLoader.atof(p);
            String r = proc.get("IDW_RADIUS");
            int radius = r == null ? Math.max(mapWidth, mapHeight) : (int) BandLoader.atof(r);
            String b = proc.get("IDW_COMPUTE_BORDERS");
            return new Params(radius, power, b != null && !b.equalsIgnoreCase("OFF"));
        }
    }

    private IdwGrid() {
    }

    /**
     * The map-sized byte grid. As in MapServer the pixel loop runs over the map's own size while the samples keep the
     * (possibly border-grown) grid's coordinates.
     */
    static int[] bytes(KernelDensitySamples.Grid samples, Params p, int mapWidth, int mapHeight) {
        int[] out = new int[mapWidth * mapHeight];
        if (samples.points() == 0) {
            return out;
        }
        float[] xyz = samples.xyz();
        int r2 = p.radius() * p.radius();
        for (int j = 0; j < mapHeight; j++) {
            for (int i = 0; i < mapWidth; i++) {
                double den = EPSILON;
                double num = 0;
                for (int k = 0; k < xyz.length; k += 3) {
                    double d = (xyz[k] - i) * (xyz[k] - i) + (xyz[k + 1] - j) * (xyz[k + 1] - j);
                    if (r2 > d) {
                        double w = 1.0 / (Math.pow(d, p.power()) + EPSILON);
                        num += w * xyz[k + 2];
                        den += w;
                    }
                }
                out[j * mapWidth + i] = (int) (num / den) & 0xff;
            }
        }
        return out;
    }
}
