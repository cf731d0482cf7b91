package org.jmapserv.render.raster;

import org.jmapserv.render.layer.KernelDensitySamples;

/**
 * msKernelDensity (mapkerneldensity.c): the sample grid blurred by a separable Gaussian of {@code radius} cells
 * (sigma = radius / 3, the outer {@code radius} rows and columns left as they are), then normalised to bytes —
 * AUTO: {@code (v - min) / max} over the positive values away from the edges, else {@code v * N} for
 * KERNELDENSITY_NORMALIZATION=N — in single precision as MapServer computes it, so the bytes match.
 */
final class KernelDensityGrid {

    /** KERNELDENSITY_* processing keys, as msKernelDensityProcessing reads them. */
    record Params(int radius, boolean borders, float normalization) {

        static Params of(RasterProcessing proc) {
            String r = proc.get("KERNELDENSITY_RADIUS");
            int radius = r == null ? 10 : (int) BandLoader.atof(r);
            String b = proc.get("KERNELDENSITY_COMPUTE_BORDERS");
            boolean borders = b != null && !b.equalsIgnoreCase("OFF");
            String n = proc.get("KERNELDENSITY_NORMALIZATION");
            float norm;
            if (n == null || n.equalsIgnoreCase("AUTO")) {
                norm = 0f;
            } else {
                float v = (float) BandLoader.atof(n);
                norm = v != 0 ? (float) (1.0 / v) : 1f;
            }
            return new Params(radius, borders, norm);
        }
    }

    private KernelDensityGrid() {
    }

    /** The map-sized byte grid (0..255 per pixel) the layer draws as a one-band raster. */
    static int[] bytes(KernelDensitySamples.Grid samples, Params p, int mapWidth, int mapHeight) {
        int[] out = new int[mapWidth * mapHeight];
        if (samples.points() == 0) {
            return out;
        }
        int w = samples.width();
        int h = samples.height();
        float[] v = samples.values();
        int radius = p.radius();
        blur(v, w, h, radius);
        float valMax = Float.MIN_NORMAL;
        float valMin = Float.MAX_VALUE;
        if (p.normalization() == 0f) {
            for (int j = radius; j < h - radius; j++) {
                for (int i = radius; i < w - radius; i++) {
                    float val = v[j * w + i];
                    if (val > 0 && val > valMax) {
                        valMax = val;
                    }
                    if (val > 0 && val < valMin) {
                        valMin = val;
                    }
                }
            }
        } else {
            valMin = 0;
            valMax = p.normalization();
        }
        if (p.borders()) {
            for (int j = 0; j < mapHeight; j++) {
                for (int i = 0; i < mapWidth; i++) {
                    out[j * mapWidth + i] = toByte((v[(j + radius) * w + i + radius] - valMin) / valMax);
                }
            }
        } else {
            for (int j = radius; j < mapHeight - radius; j++) {
                for (int i = radius; i < mapWidth - radius; i++) {
                    out[j * mapWidth + i] = toByte((v[j * w + i] - valMin) / valMax);
                }
            }
        }
        return out;
    }

    private static int toByte(float norm) {
        int b = (int) (255 * norm);
        return Math.max(0, Math.min(255, b));
    }

    /** gaussian_blur: rows then columns, each pass leaving the outer {@code radius} cells of the other pass. */
    static void blur(float[] values, int width, int height, int radius) {
        int length = radius * 2 + 1;
        float[] kernel = new float[length];
        float sigma = (float) (radius / 3.0);
        float a = (float) (1.0 / Math.sqrt(2.0 * Math.PI * sigma * sigma));
        float den = (float) (2.0 * sigma * sigma);
        for (int i = 0; i < length; i++) {
            float x = i - radius;
            float q = -(x * x) / den;
            kernel[i] = (float) (a * Math.exp(q));
        }
        float[] tmp = new float[values.length];
        for (int y = 0; y < height; y++) {
            int row = width * y;
            for (int x = radius; x < width - radius; x++) {
                float accum = 0;
                for (int i = 0; i < length; i++) {
                    accum += values[row + x + i - radius] * kernel[i];
                }
                tmp[row + x] = accum;
            }
        }
        for (int x = 0; x < width; x++) {
            for (int y = radius; y < height - radius; y++) {
                float accum = 0;
                for (int i = 0; i < length; i++) {
                    accum += tmp[width * (y + i - radius) + x] * kernel[i];
                }
                values[y * width + x] = accum;
            }
        }
    }
}
