package org.jmapserv.render.style;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.Units;

/**
 * The layer's symbol scale factor as msDrawLayer computes it (mapdraw.c): SIZEUNITS other than PIXELS convert
 * ground units to pixels through the cell size; otherwise SYMBOLSCALEDENOM/scaledenom when both are set; always
 * times RESOLUTION/DEFRESOLUTION.
 */
public final class ScaleFactor {

    private ScaleFactor() {
    }

    public static double of(LayerDef layer, Units mapUnits, double cellSize, double scaleDenom, double resolutionFactor) {
        if (layer.sizeUnits() != null && layer.sizeUnits() != Units.PIXELS) {
            double ratio = layer.sizeUnits().inchesPerUnit() / mapUnits.inchesPerUnit();
            return ratio / cellSize;
        }
        if (layer.symbolScaleDenom() > 0 && scaleDenom > 0) {
            return layer.symbolScaleDenom() / scaleDenom * resolutionFactor;
        }
        return resolutionFactor;
    }
}
