package org.jmapserv.image.raster;

import java.nio.file.Path;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;

/**
 * The TIFF and GeoTIFF tags of one image file directory as GDAL's GTiff driver interprets them for MapServer:
 * sample type, block layout and its size guard, geotransform (ModelTransformation, or ModelPixelScale with
 * ModelTiepoint, PixelIsPoint moved to the pixel corner), GDAL_NODATA, the palette, and which decoder can read the
 * level. Typed look-ups take whatever array or number type TwelveMonkeys' directory reader gives a tag.
 */
final class GeoTiffTags {

    static final int NEW_SUBFILE_TYPE = 254;
    static final int WIDTH = 256;
    static final int HEIGHT = 257;
    static final int BITS_PER_SAMPLE = 258;
    static final int COMPRESSION = 259;
    static final int PHOTOMETRIC = 262;
    static final int SAMPLES_PER_PIXEL = 277;
    static final int ROWS_PER_STRIP = 278;
    static final int COLOR_MAP = 320;
    static final int TILE_WIDTH = 322;
    static final int TILE_LENGTH = 323;
    static final int EXTRA_SAMPLES = 338;
    static final int SAMPLE_FORMAT = 339;
    static final int MODEL_PIXEL_SCALE = 33550;
    static final int MODEL_TIEPOINT = 33922;
    static final int MODEL_TRANSFORMATION = 34264;
    static final int GEO_KEY_DIRECTORY = 34735;
    static final int GDAL_NODATA = 42113;

    private GeoTiffTags() {
    }

    /** No predictor, or horizontal differencing on bytes; YCbCr only when JPEG-compressed. */
    static boolean jdkReadable(Directory d) {
        int predictor = intOf(d, 317, 1);
        int bits = intsOf(d, BITS_PER_SAMPLE, new int[] {1})[0];
        int format = intsOf(d, SAMPLE_FORMAT, new int[] {1})[0];
        int photometric = intOf(d, PHOTOMETRIC, 1);
        int compression = intOf(d, COMPRESSION, 1);
        return (predictor == 1 || (predictor == 2 && bits == 8)) && format != 3 && bits <= 16
                && (photometric != 6 || compression == 7);
    }

    /** Whether {@link TiffBlockReader} decodes an uncompressed or deflate image (else ImageIO does). */
    static boolean blockReadable(Directory d, int bits, SampleType type) {
        int predictor = intOf(d, 317, 1);
        boolean floats = type == SampleType.FLOAT32 || type == SampleType.FLOAT64;
        return (bits == 8 || bits == 16 || bits == 32 || bits == 64) && intOf(d, PHOTOMETRIC, 1) != 6
                && (predictor == 1 || predictor == 2 && !floats || predictor == 3 && floats)
                && (d.getEntryById(TILE_WIDTH) == null) == (d.getEntryById(TILE_LENGTH) == null);
    }

    static void checkBlock(Path file, Directory d, int width, int height, int spp, int bps)
            throws RasterReadException {
        long bw = d.getEntryById(TILE_WIDTH) != null ? intOf(d, TILE_WIDTH, width) : width;
        long bh = d.getEntryById(TILE_LENGTH) != null ? intOf(d, TILE_LENGTH, height)
                : Math.min(height, Math.max(1, longOf(d, ROWS_PER_STRIP, height)));
        long bytes = bw * bh * spp * Math.max(1, bps) / 8;
        if (bw <= 0 || bh <= 0 || bytes > TiffRasterSource.MAX_BLOCK_BYTES) {
            throw new RasterReadException("'" + file + "' declares " + width + "x" + height + " pixels in blocks of "
                    + bw + "x" + bh + " (" + bytes + " bytes each), more than the " + (TiffRasterSource.MAX_BLOCK_BYTES >> 20)
                    + " MB a block may take.");
        }
    }

    static int blockWidth(Directory d, int width) {
        if (d.getEntryById(TILE_LENGTH) != null && d.getEntryById(TILE_WIDTH) != null) {
            return Math.max(1, intOf(d, TILE_WIDTH, width));
        }
        return width;
    }

    static int blockHeight(Directory d, int height) {
        if (d.getEntryById(TILE_LENGTH) != null) {
            return Math.max(1, intOf(d, TILE_LENGTH, height));
        }
        return (int) Math.max(1, Math.min(height, longOf(d, ROWS_PER_STRIP, height)));
    }

    static SampleType sampleType(int bits, int format, Path file) throws RasterReadException {
        if (format == 3) {
            if (bits == 32) {
                return SampleType.FLOAT32;
            }
            if (bits == 64) {
                return SampleType.FLOAT64;
            }
        } else if (bits <= 8) {
            return SampleType.BYTE;
        } else if (bits == 16) {
            return format == 2 ? SampleType.INT16 : SampleType.UINT16;
        } else if (bits == 32) {
            return format == 2 ? SampleType.INT32 : SampleType.UINT32;
        }
        throw new RasterReadException("'" + file + "' has " + bits + "-bit samples of format " + format
                + ", which is not supported.");
    }

    /** GDAL's geotransform from the GeoTIFF tags, PixelIsPoint moved to the pixel corner; null when untagged. */
    static GeoTransform geoTransform(Directory d, GeoKeys keys) {
        double[] m = doublesOf(d, MODEL_TRANSFORMATION);
        GeoTransform gt = null;
        if (m != null && m.length >= 16) {
            gt = new GeoTransform(m[3], m[0], m[1], m[7], m[4], m[5]);
        } else {
            double[] scale = doublesOf(d, MODEL_PIXEL_SCALE);
            double[] tie = doublesOf(d, MODEL_TIEPOINT);
            if (scale != null && tie != null && scale.length >= 2 && tie.length >= 6) {
                double sx = scale[0];
                double sy = scale[1];
                gt = new GeoTransform(tie[3] - tie[0] * sx, sx, 0, tie[4] + tie[1] * sy, 0, -sy);
            }
        }
        if (gt != null && keys.pixelIsPoint()) {
            gt = new GeoTransform(gt.c0() - 0.5 * gt.c1() - 0.5 * gt.c2(), gt.c1(), gt.c2(),
                    gt.c3() - 0.5 * gt.c4() - 0.5 * gt.c5(), gt.c4(), gt.c5());
        }
        return gt;
    }

    static Double noData(Directory d) {
        Entry e = d.getEntryById(GDAL_NODATA);
        if (e == null) {
            return null;
        }
        String s = String.valueOf(e.getValue()).trim();
        try {
            return s.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(s);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /** The TIFF ColorMap (all reds, all greens, all blues, 16-bit) as opaque 0xAARRGGBB entries. */
    static int[] palette(int[] map) {
        if (map == null || map.length < 3 || map.length % 3 != 0) {
            return null;
        }
        int n = map.length / 3;
        int max = 0;
        for (int v : map) {
            max = Math.max(max, v);
        }
        int div = max < 256 ? 1 : 257;
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = 0xff000000 | (map[i] / div & 0xff) << 16 | (map[n + i] / div & 0xff) << 8 | (map[2 * n + i] / div & 0xff);
        }
        return p;
    }

    static int intOf(Directory d, int tag, int dflt) {
        long v = longOf(d, tag, dflt);
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
    }

    static long longOf(Directory d, int tag, long dflt) {
        Entry e = d.getEntryById(tag);
        if (e == null) {
            return dflt;
        }
        Object v = e.getValue();
        if (v instanceof Number n) {
            return n.longValue();
        }
        double[] a = toDoubles(v);
        return a != null && a.length > 0 ? (long) a[0] : dflt;
    }

    static int[] intsOf(Directory d, int tag, int[] dflt) {
        Entry e = d.getEntryById(tag);
        if (e == null) {
            return dflt;
        }
        double[] a = toDoubles(e.getValue());
        if (a == null) {
            return dflt;
        }
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (int) a[i];
        }
        return out;
    }

    static double[] doublesOf(Directory d, int tag) {
        Entry e = d.getEntryById(tag);
        return e == null ? null : toDoubles(e.getValue());
    }

    static double[] toDoubles(Object v) {
        if (v instanceof Number n) {
            return new double[] {n.doubleValue()};
        } else if (v instanceof double[] a) {
            return a.clone();
        } else if (v instanceof float[] a) {
            double[] o = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                o[i] = a[i];
            }
            return o;
        } else if (v instanceof int[] a) {
            double[] o = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                o[i] = a[i];
            }
            return o;
        } else if (v instanceof long[] a) {
            double[] o = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                o[i] = a[i];
            }
            return o;
        } else if (v instanceof short[] a) {
            double[] o = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                o[i] = a[i] & 0xffff;
            }
            return o;
        } else if (v instanceof byte[] a) {
            double[] o = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                o[i] = a[i] & 0xff;
            }
            return o;
        }
        return null;
    }
}
