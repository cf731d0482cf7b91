package org.jmapserv.render.symbol;

import org.jmapserv.mapfile.model.SymbolDef;
import org.jmapserv.mapfile.model.Vertex;

/**
 * Natural extents of a symbol, as msSymbolGetDefaultSize / msComputeBounds (mapsymbol.c) report them: vector
 * and ellipse symbols measure their POINTS (pen-up pairs ignored), pixmaps their image, the default symbol 1.
 */
public final class SymbolSize {

    private SymbolSize() {
    }

    /** Height used when a STYLE gives no SIZE (msSymbolGetDefaultSize). */
    public static double defaultSize(SymbolDef s, PixmapCache pixmaps) {
        if (s == null) {
            return 1;
        }
        switch (s.type()) {
            case PIXMAP:
                return pixmaps.image(s).getHeight();
            case SVG:
                return pixmaps.svg(s).size().height;
            case VECTOR:
                // msSymbolGetDefaultSize: a symbol without height (a horizontal dash) is measured by its width
                double v = sizeY(s) <= 0 ? sizeX(s) : sizeY(s);
                return v <= 0 ? 1 : v;
            case ELLIPSE:
                return Math.max(sizeY(s), 1);
            default:
                return 1;
        }
    }

    public static double sizeX(SymbolDef s) {
        double m = 0;
        for (Vertex v : s.points()) {
            if (v.x() != -99 || v.y() != -99) {
                m = Math.max(m, v.x());
            }
        }
        return m;
    }

    public static double sizeY(SymbolDef s) {
        double m = 0;
        for (Vertex v : s.points()) {
            if (v.x() != -99 || v.y() != -99) {
                m = Math.max(m, v.y());
            }
        }
        return m;
    }
}
