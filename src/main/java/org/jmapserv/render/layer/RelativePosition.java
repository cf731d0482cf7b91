package org.jmapserv.render.layer;

import java.util.Locale;

import org.jmapserv.geo.PixelGrid;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.Units;

/**
 * LAYER TRANSFORM other than TRUE (RFC 14): feature coordinates are pixels measured from a position of the image
 * (FALSE and UL: the upper left corner, UC ... LR), or fractions of the image with UNITS PERCENTAGES, as
 * msOffsetPointRelativeTo (mapprimitive.c) moves them; MapServer then draws them without projecting. The anchor
 * uses its integer arithmetic: (width - 1) / 2 for the centre column of UC, width / 2 for CC and LC.
 */
record RelativePosition(double anchorX, double anchorY, double scaleX, double scaleY, PixelGrid grid) {

    /** The position of a TRANSFORM-ed layer, or null when its coordinates are map units (TRANSFORM TRUE). */
    static RelativePosition of(LayerDef layer, PixelGrid grid) {
        String t = layer.transform() == null ? "TRUE" : layer.transform().toUpperCase(Locale.ROOT);
        if (t.equals("TRUE")) {
            return null;
        }
        int w = grid.width();
        int h = grid.height();
        int x = switch (t) {
            case "UC" -> (w - 1) / 2;
            case "UR", "CR", "LR" -> w - 1;
            case "CC", "LC" -> w / 2;
            default -> 0;
        };
        int y = switch (t) {
            case "CL", "CC", "CR" -> h / 2;
            case "LL", "LC", "LR" -> h - 1;
            default -> 0;
        };
        boolean pct = layer.units() == Units.PERCENTAGES;
        return new RelativePosition(x, y, pct ? w - 1 : 1, pct ? h - 1 : 1, grid);
    }

    /** Moves x,y pairs from the layer's relative pixels to map coordinates, in place. */
    void toMap(double[] xy) {
        for (int i = 0; i + 1 < xy.length; i += 2) {
            xy[i] = grid.toWorldX(xy[i] * scaleX + anchorX);
            xy[i + 1] = grid.toWorldY(xy[i + 1] * scaleY + anchorY);
        }
    }
}
