package org.jmapserv.render.raster;

import java.util.List;

import org.jmapserv.image.raster.RasterInfo;
import org.jmapserv.image.raster.RasterReadException;
import org.jmapserv.image.raster.RasterSource;
import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.render.layer.ClassSelector;

/**
 * Draws one window of a raster file as msDrawRasterLayerGDAL (mapdrawgdal.c) does with an RGBA raster buffer:
 * band selection (BANDS, or grey / grey+alpha / RGB / RGBA from the file), the colour map of a single band (the
 * file's palette or a greyscale ramp, OFFSITE and NODATA entries transparent), classification of the 256 entries
 * by CLASS EXPRESSION ([pixel], [red], [green], [blue]) with STYLE COLOR or COLORRANGE/DATARANGE, non-byte bands
 * classified through value buckets (msDrawRasterLayerGDAL_16BitClassification), then the pixel loops with alpha.
 */
final class RasterPainter {

    private final LayerDef layer;
    private final RasterProcessing proc;
    private final ClassSelector classes;
    private final double scale;

    RasterPainter(LayerDef layer, ClassSelector classes, double scale) {
        this.layer = layer;
        this.proc = new RasterProcessing(layer.processing());
        this.classes = classes;
        this.scale = scale;
    }

    /** Paints the window into {@code target} at the window's destination offset; returns the pixels drawn. */
    long paint(RasterSource src, RasterWindow w, PixelTarget target) throws RasterDrawException, RasterReadException {
        RasterInfo info = src.info();
        boolean classified = isClassified(layer);
        int red;
        int green = 0;
        int blue = 0;
        int alpha = 0;
        if (proc.get("BANDS") == null) {
            red = 1;
            if (info.bandCount() >= 4 && info.alphaBand() >= 4) {
                alpha = info.alphaBand();
            }
            if (info.bandCount() >= 3) {
                green = 2;
                blue = 3;
            }
            if (info.bandCount() == 2 && info.alphaBand() == 2) {
                alpha = 2;
            }
            if (classified || info.palette() != null) {
                alpha = 0;
                green = 0;
                blue = 0;
            }
        } else {
            int[] list = bandList(info);
            red = list.length > 0 ? list[0] : 0;
            if (list.length > 2) {
                green = list[1];
                blue = list[2];
            }
            alpha = list.length > 3 ? list[3] : 0;
        }
        if (red < 1 || red > info.bandCount()) {
            throw new RasterDrawException("msDrawRasterLayerGDAL(): band " + red + " does not exist in the raster ("
                    + info.bandCount() + " bands).");
        }
        int[] bands;
        if (blue != 0 && alpha != 0) {
            bands = new int[] {red, green, blue, alpha};
        } else if (blue != 0) {
            bands = new int[] {red, green, blue};
        } else if (alpha != 0) {
            bands = new int[] {red, alpha};
        } else {
            bands = new int[] {red};
        }
        if (classified && !info.sampleType().isByte()) {
            return new BucketClassifier(layer, proc, classes, scale).paint(src, red, w, target);
        }
        Double noDataOpt = noDataOption();
        boolean noDataOff = noDataOff();
        Color offsite = layer.offsite();
        int[][] cmap = null; // r, g, b, a per byte value
        int[] colorMap = null;
        boolean defaultGrey = false;
        if (green == 0) {
            colorMap = red == 1 && info.palette() != null ? info.palette().clone() : null;
            if (colorMap == null) {
                defaultGrey = true;
                colorMap = new int[256];
                for (int i = 0; i < 256; i++) {
                    boolean off = offsite.isSet() && offsite.red() == i && offsite.green() == i && offsite.blue() == i;
                    colorMap[i] = off ? 0 : 0xff000000 | i << 16 | i << 8 | i;
                }
            }
            Double nd = noDataOff ? null : noDataOpt != null ? noDataOpt : info.noData();
            if (nd != null && nd >= 0 && nd < colorMap.length) {
                colorMap[(int) (double) nd] &= 0x00ffffff;
            }
        }
        if (plainRgb(bands, green, alpha, classified, noDataOpt, noDataOff, info, src)
                && src.readOpaqueRgbInto(bands, w.srcX(), w.srcY(), w.srcW(), w.srcH(), w.dstW(), w.dstH(),
                        target.pixels(), w.dstY() * target.width() + w.dstX(), target.width())) {
            return (long) w.dstW() * w.dstH(); // RB_SET_PIXEL of every pixel, read straight into the map
        }
        BandLoader.Loaded loaded = BandLoader.load(src, bands, w, proc, noDataOpt, noDataOff, layer.name());
        if (classified) {
            if (colorMap == null) {
                throw new RasterDrawException("drawGDAL(): Attempt to classify 24bit image, this is unsupported.");
            }
            cmap = classColorMap(colorMap, loaded, defaultGrey, offsite, RangeColorspace.of(proc));
        } else if (colorMap != null) {
            cmap = new int[4][256];
            boolean scaleColors = loaded.scaled() && !defaultGrey;
            int count = Math.min(256, colorMap.length);
            for (int i = 0; i < count; i++) {
                int e = colorMap[i];
                int j = scaleColors ? Math.max(0, Math.min(255, (int) ((i - loaded.scaleMin()) * loaded.scaleRatio())))
                        : i;
                int r = e >>> 16 & 0xff;
                int g = e >>> 8 & 0xff;
                int b = e & 0xff;
                if ((e >>> 24) != 0 && (!offsite.isSet() || offsite.red() != r || offsite.green() != g
                        || offsite.blue() != b)) {
                    cmap[0][j] = r;
                    cmap[1][j] = g;
                    cmap[2][j] = b;
                    cmap[3][j] = e >>> 24;
                }
            }
        }
        int[] alphaBand = alpha != 0 ? loaded.bytes()[bands.length - 1] : null;
        if (alphaBand == null && proc.isTrue("USE_MASK_BAND", true) && src.hasMaskBand()) {
            // no alpha band: the dataset's mask band serves as one (msDrawRasterLayerGDAL, USE_MASK_BAND=YES)
            alphaBand = src.readMask(w.srcX(), w.srcY(), w.srcW(), w.srcH(), w.dstW(), w.dstH());
        }
        return write(loaded, green != 0, alphaBand, cmap, w, target, offsite);
    }

    /**
     * An 8-bit RGB window with nothing to classify, scale, look up or leave out (no OFFSITE, NODATA, alpha or mask
     * band): every pixel is its three bytes, opaque.
     */
    private boolean plainRgb(int[] bands, int green, int alpha, boolean classified, Double noDataOpt,
            boolean noDataOff, RasterInfo info, RasterSource src) {
        if (green == 0 || alpha != 0 || bands.length != 3 || classified || !info.sampleType().isByte()
                || layer.offsite().isSet()) {
            return false;
        }
        Double noData = noDataOff ? null : noDataOpt != null ? noDataOpt : info.noData();
        if (noData != null || proc.isTrue("USE_MASK_BAND", true) && src.hasMaskBand()) {
            return false;
        }
        for (String key : new String[] {"SCALE", "SCALE_1", "SCALE_2", "SCALE_3", "SCALE_4", "LUT", "LUT_1",
            "LUT_2", "LUT_3", "LUT_4"}) {
            if (proc.has(key)) {
                return false;
            }
        }
        return true;
    }

    private long write(BandLoader.Loaded loaded, boolean rgb, int[] aBand, int[][] cmap, RasterWindow w,
            PixelTarget t, Color offsite) {
        int[][] px = loaded.bytes();
        boolean[] nd = loaded.noData();
        if (rgb && nd == null && aBand == null && !offsite.isSet() && !loaded.haveRgbNoData()) {
            // opaque RGB, nothing left out: RB_SET_PIXEL on every pixel, row by row
            int[] r = px[0];
            int[] g = px[1];
            int[] b = px[2];
            int[] dst = t.pixels();
            int k = 0;
            for (int y = w.dstY(); y < w.dstY() + w.dstH(); y++) {
                int row = y * t.width() + w.dstX();
                for (int x = 0; x < w.dstW(); x++, k++) {
                    dst[row + x] = 0xff000000 | r[k] << 16 | g[k] << 8 | b[k];
                }
            }
            return (long) w.dstW() * w.dstH();
        }
        long drawn = 0;
        int k = 0;
        for (int y = w.dstY(); y < w.dstY() + w.dstH(); y++) {
            for (int x = w.dstX(); x < w.dstX() + w.dstW(); x++, k++) {
                if (nd != null && nd[k]) {
                    continue;
                }
                if (!rgb) {
                    int p = px[0][k];
                    int ca = cmap[3][p];
                    if (aBand != null) {
                        int merged = aBand[k] * ca / 255;
                        if (merged < 2) {
                            continue;
                        } else if (merged > 253) {
                            t.set(x, y, cmap[0][p], cmap[1][p], cmap[2][p], ca);
                        } else {
                            t.mix(x, y, cmap[0][p], cmap[1][p], cmap[2][p], merged);
                        }
                        drawn++;
                    } else if (ca > 253) {
                        t.set(x, y, cmap[0][p], cmap[1][p], cmap[2][p], ca);
                        drawn++;
                    } else if (ca > 1) {
                        t.mix(x, y, cmap[0][p], cmap[1][p], cmap[2][p], ca);
                        drawn++;
                    }
                } else {
                    int r = px[0][k];
                    int g = px[1][k];
                    int b = px[2][k];
                    if (offsite.isSet() && r == offsite.red() && g == offsite.green() && b == offsite.blue()) {
                        continue;
                    }
                    if (loaded.haveRgbNoData() && r == loaded.rgbNoData()[0] && g == loaded.rgbNoData()[1]
                            && b == loaded.rgbNoData()[2]) {
                        continue;
                    }
                    if (aBand == null || aBand[k] == 255) {
                        t.set(x, y, r, g, b, 255);
                        drawn++;
                    } else if (aBand[k] != 0) {
                        t.mix(x, y, r, g, b, aBand[k]);
                        drawn++;
                    }
                }
            }
        }
        return drawn;
    }

    /** The colour of every byte value under the layer's classes (msGetClass over the colour table). */
    private int[][] classColorMap(int[] colorMap, BandLoader.Loaded loaded, boolean defaultGrey, Color offsite,
            RangeColorspace space) {
        int[][] cmap = new int[4][256];
        boolean scaleColors = loaded.scaled() && !defaultGrey;
        int count = scaleColors ? colorMap.length : Math.min(256, colorMap.length);
        PixelClassContext ctx = new PixelClassContext();
        for (int i = 0; i < count; i++) {
            int e = colorMap[i];
            int r = e >>> 16 & 0xff;
            int g = e >>> 8 & 0xff;
            int b = e & 0xff;
            int j = scaleColors ? Math.max(0, Math.min(255, (int) ((i - loaded.scaleMin()) * loaded.scaleRatio()))) : i;
            if (offsite.isSet() && offsite.red() == r && offsite.green() == g && offsite.blue() == b) {
                continue;
            }
            ctx.set(i, r, g, b);
            int c = classes.select(layer, ctx, scale);
            if (c < 0) {
                continue;
            }
            List<StyleDef> styles = layer.classes().get(c).styles();
            if (styles.isEmpty()) { // MapServer 8.0 crashes here; we use the raster colour
                setEntry(cmap, j, r, g, b, 255);
                continue;
            }
            StyleDef s0 = styles.get(0);
            if (s0.minColor().isSet()) {
                for (StyleDef s : styles) {
                    if (s.minColor().isSet() && s.maxColor().isSet() && r >= s.minValue() && r <= s.maxValue()) {
                        int[] rgb = space.valueToRange(s, r);
                        // msValueToRange set the style colour's alpha from the ramp's ends (#rrggbbaa)
                        int a = rgb[3] != 255 ? rgb[3] : 255 * s0.opacity() / 100;
                        setEntry(cmap, j, rgb[0], rgb[1], rgb[2], a);
                        break;
                    }
                }
            } else if (s0.color().isSet() && s0.color().alpha() == 0) {
                // transparent colour: leave it out
            } else if (s0.color().isSet()) {
                setEntry(cmap, j, s0.color().red(), s0.color().green(), s0.color().blue(), 255 * s0.opacity() / 100);
            } else {
                setEntry(cmap, j, r, g, b, 255);
            }
        }
        return cmap;
    }

    private static void setEntry(int[][] cmap, int j, int r, int g, int b, int a) {
        cmap[0][j] = r;
        cmap[1][j] = g;
        cmap[2][j] = b;
        cmap[3][j] = a;
    }

    /** A raster is classified when a class has an EXPRESSION or a style with both MINCOLOR and MAXCOLOR. */
    static boolean isClassified(LayerDef layer) {
        for (ClassDef c : layer.classes()) {
            for (StyleDef s : c.styles()) {
                if (s.minColor().isSet() && s.maxColor().isSet()) {
                    return true;
                }
            }
            if (c.expression() != null) {
                return true;
            }
        }
        return false;
    }

    private int[] bandList(RasterInfo info) throws RasterDrawException {
        String[] tok = proc.get("BANDS").trim().split("[ ,]+");
        if (tok.length == 0 || tok[0].isEmpty()) {
            throw new RasterDrawException("msGetGDALBandList(): BANDS PROCESSING directive has no items.");
        }
        int[] list = new int[Math.min(4, tok.length)];
        for (int i = 0; i < list.length; i++) {
            int b = (int) BandLoader.atof(tok[i]);
            if (b < 1 || b > info.bandCount()) {
                throw new RasterDrawException("msGetGDALBandList(): BANDS PROCESSING directive includes illegal "
                        + "band '" + tok[i] + "', should be from 1 to " + info.bandCount() + ".");
            }
            list[i] = b;
        }
        return list;
    }

    /** PROCESSING NODATA=value (msGetGDALNoDataValue); null when absent, OFF or AUTO. */
    Double noDataOption() {
        String v = proc.get("NODATA");
        if (v == null || v.isEmpty() || v.equalsIgnoreCase("OFF") || v.equalsIgnoreCase("AUTO")) {
            return null;
        }
        return BandLoader.atof(v);
    }

    boolean noDataOff() {
        String v = proc.get("NODATA");
        return v != null && (v.isEmpty() || v.equalsIgnoreCase("OFF"));
    }
}
