package org.jmapserv.render.raster;

import org.jmapserv.image.raster.RasterReadException;
import org.jmapserv.image.raster.RasterSource;

/**
 * Loads 1-4 bands of a window into 8-bit buffers as LoadGDALImages (mapdrawgdal.c) does: without any SCALE the
 * samples are converted to bytes as GDAL's RasterIO does (rounded and clamped), through LUT / LUT_n tables (read
 * as 16-bit when a table's inputs pass 255); with SCALE / SCALE_n (min,max or AUTO: the window's own min/max,
 * NODATA and NaN left out) every value becomes {@code (int)((v - min) * 256 / (max - min))}, clamped, and NODATA
 * pixels of the first band are flagged.
 */
final class BandLoader {

    /** The loaded bytes, band by band, with the NODATA flags of a scaled load and its first band's scaling. */
    record Loaded(int[][] bytes, boolean[] noData, boolean scaled, double scaleMin, double scaleRatio,
            boolean haveRgbNoData, int[] rgbNoData) {
    }

    private BandLoader() {
    }

    static Loaded load(RasterSource src, int[] bands, RasterWindow w, RasterProcessing proc, Double noDataOpt,
            boolean noDataOff, String layerName) throws RasterDrawException, RasterReadException {
        int n = w.dstW() * w.dstH();
        Double fileNoData = src.info().noData();
        Double noData = noDataOff ? null : noDataOpt != null ? noDataOpt : fileNoData;
        boolean haveRgbNoData = bands.length == 3 && noData != null;
        int[] rgbNoData = haveRgbNoData ? new int[] {(int) (double) noData, (int) (double) noData,
            (int) (double) noData} : null;
        int[][] out = new int[bands.length][];
        boolean anyScale = proc.has("SCALE") || proc.has("SCALE_1") || proc.has("SCALE_2") || proc.has("SCALE_3")
                || proc.has("SCALE_4");
        if (!anyScale && src.info().sampleType().isByte() && !sixteenBitLut(proc, bands.length)) {
            // 8-bit bands need no conversion: the samples are the bytes (through a LUT when there is one)
            int[][] bytes = src.readBytes(bands, w.srcX(), w.srcY(), w.srcW(), w.srcH(), w.dstW(), w.dstH());
            for (int b = 0; b < bands.length; b++) {
                String lutDef = lut(proc, b + 1);
                if (lutDef != null) {
                    int[] lut = table(lutDef, 255, b + 1);
                    int[] v = bytes[b];
                    for (int i = 0; i < n; i++) {
                        v[i] = lut[v[i]];
                    }
                }
            }
            return new Loaded(bytes, null, false, 0, 0, haveRgbNoData, rgbNoData);
        }
        float[][] raw = src.read(bands, w.srcX(), w.srcY(), w.srcW(), w.srcH(), w.dstW(), w.dstH());
        if (!anyScale) {
            for (int b = 0; b < bands.length; b++) {
                String lutDef = lut(proc, b + 1);
                int[] bytes = new int[n];
                float[] r = raw[b];
                if (lutDef != null && LookupTable.needsSixteenBits(lutDef)) {
                    int[] lut = table(lutDef, 65535, b + 1);
                    for (int i = 0; i < n; i++) {
                        bytes[i] = lut[toUInt16(r[i])];
                    }
                } else {
                    int[] lut = lutDef == null ? null : table(lutDef, 255, b + 1);
                    for (int i = 0; i < n; i++) {
                        int v = toByte(r[i]);
                        bytes[i] = lut == null ? v : lut[v];
                    }
                }
                out[b] = bytes;
            }
            return new Loaded(out, null, false, 0, 0, haveRgbNoData, rgbNoData);
        }
        boolean[] noDataFlags = null;
        double firstMin = 0;
        double firstRatio = 0;
        for (int b = 0; b < bands.length; b++) {
            double min = 0;
            double max = 255;
            double ratio = 0;
            String info = proc.get("SCALE");
            if (info == null) {
                info = proc.get("SCALE_" + (b + 1));
            }
            if (info != null) {
                String[] tok = info.trim().split("[ ,]+");
                if (tok.length == 1 && tok[0].equalsIgnoreCase("AUTO")) {
                    // 8.0 stretches an alpha band too: an all-255 alpha becomes 0 and the layer vanishes (probed;
                    // msautotest's processing_scale_auto_alpha_255 pins the later fix, not 8.0)
                    max = 0;
                    min = 0;
                } else if (tok.length != 2) {
                    throw new RasterDrawException("msDrawGDAL(): SCALE PROCESSING option unparsable for layer "
                            + layerName + ".");
                } else {
                    min = atof(tok[0]);
                    max = atof(tok[1]);
                }
            }
            float[] r = raw[b];
            float nd = noData == null ? Float.NaN : (float) (double) noData;
            if (min == max) {
                boolean set = false;
                for (int i = 0; i < n; i++) {
                    float v = r[i];
                    if (Float.isNaN(v) || (noData != null && v == nd)) {
                        continue;
                    }
                    if (!set) {
                        min = v;
                        max = v;
                        set = true;
                    }
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                if (min == max) {
                    max = min + 1.0;
                }
            }
            if (ratio == 0.0) {
                ratio = 256.0 / (max - min);
            }
            if (b == 0 && noData != null) {
                noDataFlags = new boolean[n];
            }
            int[] bytes = new int[n];
            for (int i = 0; i < n; i++) {
                float v = r[i];
                if (noData != null && (Float.isNaN(v) || v == nd)) {
                    if (b == 0) {
                        noDataFlags[i] = true;
                    }
                    continue;
                }
                float s = (float) ((v - min) * ratio);
                bytes[i] = s < 0 ? 0 : s > 255 ? 255 : (int) s;
            }
            String lutDef = lut(proc, b + 1);
            if (lutDef != null) {
                int[] lut = table(lutDef, 255, b + 1);
                for (int i = 0; i < n; i++) {
                    bytes[i] = lut[bytes[i]];
                }
            }
            out[b] = bytes;
            if (b == 0) {
                firstMin = min;
                firstRatio = ratio;
            }
        }
        return new Loaded(out, noDataFlags, true, firstMin, firstRatio, false, null);
    }

    private static boolean sixteenBitLut(RasterProcessing proc, int bands) {
        for (int b = 1; b <= bands; b++) {
            String lutDef = lut(proc, b);
            if (lutDef != null && LookupTable.needsSixteenBits(lutDef)) {
                return true;
            }
        }
        return false;
    }

    private static String lut(RasterProcessing proc, int band) {
        String v = proc.get("LUT_" + band);
        return v != null ? v : proc.get("LUT");
    }

    private static int[] table(String def, int maxIn, int colorIndex) throws RasterDrawException {
        if (LookupTable.isGimpCurves(def)) {
            if (maxIn != 255) {
                throw new RasterDrawException("ApplyLUT(): Cannot apply a GIMP LUT on a 16-bit buffer");
            }
            return LookupTable.gimpCurves(def, colorIndex);
        }
        try {
            return LookupTable.parse(def, maxIn);
        } catch (IllegalArgumentException e) {
            throw new RasterDrawException("drawGDAL(): " + e.getMessage() + ".");
        }
    }

    /** GDALCopyWords to Byte: rounded to nearest, clamped to 0..255, NaN to 0. */
    static int toByte(float v) {
        if (!(v > 0)) {
            return 0;
        }
        return v >= 254.5f ? 255 : (int) (v + 0.5f);
    }

    private static int toUInt16(float v) {
        if (!(v > 0)) {
            return 0;
        }
        return v >= 65534.5f ? 65535 : (int) (v + 0.5f);
    }

    static double atof(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")
                    .matcher(s.trim());
            return m.find() ? Double.parseDouble(m.group()) : 0.0;
        }
    }
}
