package org.jmapserv.render.output;

import java.util.Arrays;

import org.jmapserv.mapfile.model.OutputFormatDef.ImageMode;

/**
 * The band buffer of a map drawn in a raw IMAGEMODE (BYTE, INT16, FLOAT32), as MapServer's imageObj keeps
 * raw_byte / raw_16bit / raw_float: {@code bands} planes of width x height values, every value representable in the
 * mode's type, initialised to FORMATOPTION NULLVALUE (0 without it). Values are kept as floats (exact for bytes and
 * 16-bit integers).
 */
public final class RawImage {

    private final int width;
    private final int height;
    private final int bands;
    private final ImageMode mode;
    private final Double nullValue;
    private final float[] values;

    public RawImage(int width, int height, int bands, ImageMode mode, Double nullValue) {
        if (mode != ImageMode.BYTE && mode != ImageMode.INT16 && mode != ImageMode.FLOAT32) {
            throw new IllegalArgumentException("not a raw IMAGEMODE: " + mode);
        }
        this.width = width;
        this.height = height;
        this.bands = bands;
        this.mode = mode;
        this.nullValue = nullValue;
        this.values = new float[Math.multiplyExact(Math.multiplyExact(width, height), bands)];
        Arrays.fill(values, nullValue == null ? 0f : cast(nullValue));
    }

    /** The raw IMAGEMODEs: BYTE, INT16 and FLOAT32. */
    public static boolean isRaw(ImageMode mode) {
        return mode == ImageMode.BYTE || mode == ImageMode.INT16 || mode == ImageMode.FLOAT32;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int bands() {
        return bands;
    }

    public ImageMode mode() {
        return mode;
    }

    /** FORMATOPTION NULLVALUE, or null when the format has none. */
    public Double nullValue() {
        return nullValue;
    }

    /** NULLVALUE as the buffer holds it: cast to the mode's type as C casts (7.5 is 7 in BYTE), or null. */
    public Float nullAsType() {
        return nullValue == null ? null : cast(nullValue);
    }

    private float cast(double v) {
        return switch (mode) {
            case BYTE -> (float) ((int) v & 0xff);
            case INT16 -> (float) (short) (int) v;
            default -> (float) v;
        };
    }

    public float get(int band, int x, int y) {
        return values[(band * height + y) * width + x];
    }

    public void set(int band, int x, int y, float v) {
        values[(band * height + y) * width + x] = v;
    }

    /**
     * {@code v} converted to this mode's type as GDAL's RasterIO converts (GDALCopyWords): rounded to the nearest
     * integer, halves away from zero (-0.5 becomes -1, probed on 8.0), and clamped for BYTE and INT16 (NaN becomes 0), unchanged for FLOAT32.
     */
    public float toType(double v) {
        return switch (mode) {
            case BYTE -> Double.isNaN(v) ? 0 : (float) Math.max(0, Math.min(255, nearest(v)));
            case INT16 -> Double.isNaN(v) ? 0 : (float) Math.max(-32768, Math.min(32767, nearest(v)));
            default -> (float) v;
        };
    }

    private static double nearest(double v) {
        return v >= 0 ? Math.floor(v + 0.5) : Math.ceil(v - 0.5);
    }
}
