package org.jmapserv.render.style;

import java.awt.BasicStroke;
import java.util.List;

import org.jmapserv.mapfile.model.LineCap;
import org.jmapserv.mapfile.model.LineJoin;

/**
 * Builds Java2D strokes that behave like MapServer's AGG line styling (agg2RenderLine, mapagg.cpp): caps and
 * joins from LINECAP/LINEJOIN (ROUND by default, TRIANGLE approximated by ROUND, NONE by BEVEL), miter limit
 * from LINEJOINMAXSIZE, PATTERN as the dash array.
 */
public final class Strokes {

    private Strokes() {
    }

    public static BasicStroke of(double width, LineCap cap, LineJoin join, List<Double> pattern) {
        int c = switch (cap == null ? LineCap.ROUND : cap) {
            case BUTT -> BasicStroke.CAP_BUTT;
            case SQUARE -> BasicStroke.CAP_SQUARE;
            default -> BasicStroke.CAP_ROUND;
        };
        int j = switch (join == null ? LineJoin.ROUND : join) {
            case MITER -> BasicStroke.JOIN_MITER;
            case BEVEL, NONE -> BasicStroke.JOIN_BEVEL;
            default -> BasicStroke.JOIN_ROUND;
        };
        float w = (float) Math.max(width, 0.0001);
        float[] dash = dashes(pattern);
        return dash == null ? new BasicStroke(w, c, j, 3f) : new BasicStroke(w, c, j, 3f, dash, 0f);
    }

    public static BasicStroke simple(double width) {
        return of(width, LineCap.ROUND, LineJoin.ROUND, List.of());
    }

    private static float[] dashes(List<Double> pattern) {
        if (pattern == null || pattern.size() < 2) {
            return null;
        }
        float[] d = new float[pattern.size()];
        boolean any = false;
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) Math.max(pattern.get(i), 0);
            any |= d[i] > 0;
        }
        return any ? d : null;
    }
}
