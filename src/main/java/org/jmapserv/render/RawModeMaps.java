package org.jmapserv.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jmapserv.data.LayerSources;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.render.layer.DrawContext;
import org.jmapserv.render.output.OutputFormat;
import org.jmapserv.render.output.OutputFormatException;
import org.jmapserv.render.output.RawImage;
import org.jmapserv.render.raster.RawRasterDrawer;

/**
 * msDrawMap for a raw IMAGEMODE (BYTE, INT16, FLOAT32): an imageObj of FORMATOPTION BAND_COUNT bands filled with
 * NULLVALUE (0 without it), the visible raster layers written into it in map order (msDrawRasterLayerGDAL_RawMode).
 * Vector layers draw nothing in a raw image, exactly as in MapServer 8.0 (probed: same values with and without a
 * polygon layer over the raster); remote raster layers are refused.
 */
final class RawModeMaps {

    private RawModeMaps() {
    }

    static RawImage draw(MapDef map, OutputFormat format, DrawContext ctx, LayerVisibility visibility,
            List<LayerTiming> timings) throws RenderException {
        int bands;
        Double nullValue;
        try {
            bands = format.intOption("BAND_COUNT", 1);
            nullValue = nullValue(format);
        } catch (OutputFormatException e) {
            throw new RenderException("msSelectOutputFormat(): " + e.getMessage());
        }
        if (bands < 1 || bands > 256) {
            throw new RenderException("msDrawRasterLayerGDAL_RawMode(): Too many bands (more than 256) or none: "
                    + "FORMATOPTION BAND_COUNT=" + bands + " of OUTPUTFORMAT " + format.name() + ".");
        }
        RawImage raw = new RawImage(ctx.view().width(), ctx.view().height(), bands, format.imageMode(), nullValue);
        Set<String> masks = LayerMasks.maskNames(map);
        for (LayerDef l : map.layers()) {
            boolean hidden = l.composites().size() == 1 && l.composites().get(0).opacity() == 0;
            if (!visibility.isVisible(l, ctx.view(), map) || hidden || LayerMasks.isMask(l, masks)
                    || l.type() != LayerType.RASTER) {
                continue;
            }
            if (LayerSources.typeOf(l) != ConnectionType.LOCAL) {
                throw new RenderException("msDrawMap(): Failed to draw layer named '" + l.name() + "'. CONNECTIONTYPE "
                        + LayerSources.typeOf(l) + " is not drawn in IMAGEMODE " + format.imageMode()
                        + " by jmapserv.");
            }
            long t0 = System.nanoTime();
            long n = RawRasterDrawer.draw(ScaleTokens.apply(l, ctx.view().scaleDenom()), ctx, raw);
            timings.add(new LayerTiming(l.name(), System.nanoTime() - t0, n));
        }
        return raw;
    }

    /** FORMATOPTION NULLVALUE (atof, as msCreateImage reads it), or null. */
    private static Double nullValue(OutputFormat format) {
        String v = format.option("NULLVALUE").orElse(null);
        if (v == null) {
            return null;
        }
        String t = v.trim().toLowerCase(Locale.ROOT);
        if (t.equals("nan")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new OutputFormatException("OUTPUTFORMAT '" + format.name() + "': FORMATOPTION NULLVALUE=" + v
                    + " is not a number");
        }
    }
}
