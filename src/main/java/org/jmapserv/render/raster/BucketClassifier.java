package org.jmapserv.render.raster;

import java.util.List;

import org.jmapserv.image.raster.RasterReadException;
import org.jmapserv.image.raster.RasterSource;
import org.jmapserv.image.raster.SampleType;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.render.layer.ClassSelector;

/**
 * Classifies a non-byte band as msDrawRasterLayerGDAL_16BitClassification does: the window's min/max (or SCALE)
 * split into SCALE_BUCKETS buckets (one per integer for 16-bit data), each bucket's centre value classified once
 * (or the bucket number with CLASSIFY_SCALED), COLORRANGE/DATARANGE ramps evaluated at that value, and every pixel
 * set to its bucket's colour; NODATA and NaN pixels stay untouched.
 */
final class BucketClassifier {

    private final LayerDef layer;
    private final RasterProcessing proc;
    private final ClassSelector classes;
    private final double scale;

    BucketClassifier(LayerDef layer, RasterProcessing proc, ClassSelector classes, double scale) {
        this.layer = layer;
        this.proc = proc;
        this.classes = classes;
        this.scale = scale;
    }

    long paint(RasterSource src, int band, RasterWindow w, PixelTarget t) throws RasterDrawException,
            RasterReadException {
        float[] raw = src.read(new int[] {band}, w.srcX(), w.srcY(), w.srcW(), w.srcH(), w.dstW(), w.dstH())[0];
        int n = raw.length;
        RasterPainter painter = new RasterPainter(layer, classes, scale);
        Double nd = painter.noDataOff() ? null : painter.noDataOption() != null ? painter.noDataOption()
                : src.info().noData();
        float fnd = nd == null ? Float.NaN : (float) (double) nd;
        float dataMin = 0;
        float dataMax = 255;
        boolean first = false;
        for (int i = 1; i < n; i++) { // MapServer starts this scan at the second pixel
            float v = raw[i];
            if (Float.isNaN(v) || (nd != null && v == fnd)) {
                continue;
            }
            if (!first) {
                dataMin = v;
                dataMax = v;
                first = true;
            } else {
                dataMin = Math.min(dataMin, v);
                dataMax = Math.max(dataMax, v);
            }
        }
        boolean classifyScaled = proc.isTrue("CLASSIFY_SCALED", false);
        String buckets = proc.get("SCALE_BUCKETS");
        String scaleInfo = proc.get("SCALE");
        double min = 0;
        double max = 0;
        if (scaleInfo != null) {
            String[] tok = scaleInfo.trim().split("[ ,]+");
            if (!(tok.length == 1 && tok[0].equalsIgnoreCase("AUTO"))) {
                if (tok.length != 2) {
                    throw new RasterDrawException("msDrawGDAL(): SCALE PROCESSING option unparsable for layer "
                            + layer.name() + ".");
                }
                min = BandLoader.atof(tok[0]);
                max = BandLoader.atof(tok[1]);
            }
        }
        int count = 0;
        SampleType type = src.info().sampleType();
        if (type == SampleType.BYTE || type == SampleType.INT16 || type == SampleType.UINT16) {
            if (scaleInfo == null) {
                min = dataMin - 0.5;
                max = dataMax + 0.5;
            }
            if (buckets == null) {
                count = (int) Math.floor(dataMax - dataMin + 1.1);
            }
        } else if (min == 0.0 && max == 0.0) {
            double eps = (dataMax - dataMin) / (65536.0 * 2);
            min = dataMin - eps;
            max = dataMax + eps;
        }
        if (buckets == null) {
            if (count == 0) {
                count = 65536;
            }
        } else {
            count = (int) BandLoader.atof(buckets);
            if (count < 2) {
                throw new RasterDrawException("msDrawRasterLayerGDAL_16BitClassification(): SCALE_BUCKETS PROCESSING "
                        + "option is not a value of 2 or more: " + buckets + ".");
            }
        }
        if (max == min) {
            max = min + 1.0;
        }
        double ratio = count / (max - min);
        int[] colors = new int[count]; // straight 0xAARRGGBB, alpha 0 = not drawn
        PixelClassContext ctx = new PixelClassContext();
        // msDrawRasterLayerGDAL_16BitClassification ramps in RGB whatever RANGE_COLORSPACE says (probed on 8.0)
        RangeColorspace space = RangeColorspace.RGB;
        for (int i = 0; i < count; i++) {
            double value = (i + 0.5) / ratio + min;
            ctx.set(classifyScaled ? i : (float) value, -1, -1, -1);
            int c = classes.select(layer, ctx, scale);
            if (c < 0) {
                continue;
            }
            List<StyleDef> styles = layer.classes().get(c).styles();
            if (styles.isEmpty()) {
                continue;
            }
            StyleDef chosen = styles.get(0);
            int[] rgb = null;
            if (chosen.minColor().isSet()) {
                chosen = null;
                for (StyleDef s : styles) {
                    if (s.minColor().isSet() && s.maxColor().isSet() && value + 0.5 / ratio >= s.minValue()
                            && value - 0.5 / ratio <= s.maxValue()) {
                        rgb = space.valueToRange(s, value);
                        chosen = s;
                        break;
                    }
                }
            }
            if (chosen == null) {
                continue;
            }
            if (rgb == null) {
                if (!chosen.color().isSet() || chosen.color().alpha() == 0) {
                    continue;
                }
                rgb = new int[] {chosen.color().red(), chosen.color().green(), chosen.color().blue()};
            }
            int a = 255 * chosen.opacity() / 100;
            colors[i] = a << 24 | rgb[0] << 16 | rgb[1] << 8 | rgb[2];
        }
        long drawn = 0;
        int k = 0;
        for (int y = w.dstY(); y < w.dstY() + w.dstH(); y++) {
            for (int x = w.dstX(); x < w.dstX() + w.dstW(); x++) {
                float v = raw[k++];
                if (Float.isNaN(v) || (nd != null && v == fnd)) {
                    continue;
                }
                int idx = (int) ((v - min) * ratio + 1) - 1;
                if (idx < 0 || idx >= count) {
                    continue;
                }
                int c = colors[idx];
                if ((c >>> 24) > 0) {
                    t.set(x, y, c >>> 16 & 0xff, c >>> 8 & 0xff, c & 0xff, c >>> 24);
                    drawn++;
                }
            }
        }
        return drawn;
    }
}
