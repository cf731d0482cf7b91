package org.jmapserv.render.style;

import java.awt.BasicStroke;
import java.util.List;

import org.jmapserv.mapfile.model.LineCap;
import org.jmapserv.mapfile.model.LineJoin;
import org.jmapserv.render.scanline.Dasher;
import org.jmapserv.render.scanline.StrokeStyle;

/**
 * Builds Java2D strokes that behave like MapServer's AGG line styling (agg2RenderLine, mapagg.cpp): caps and
 * joins from LINECAP/LINEJOIN (ROUND by default, TRIANGLE approximated by ROUND, NONE by BEVEL), miter limit
 * from LINEJOINMAXSIZE, PATTERN as the dash array; and the same settings for our own rasteriser
 * ({@link #aggStyle}, {@link #aggDashes}) exactly as agg2RenderLine passes them to AGG.
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

    /** The stroke agg2RenderLine sets up (applyCJC above 1 pixel, butt/bevel at or below it). */
    public static StrokeStyle aggStyle(double width, LineCap cap, LineJoin join) {
        StrokeStyle.Cap c = switch (cap == null ? LineCap.ROUND : cap) {
            case ROUND -> StrokeStyle.Cap.ROUND;
            case SQUARE -> StrokeStyle.Cap.SQUARE;
            default -> StrokeStyle.Cap.BUTT; // TRIANGLE is unknown to applyCJC: AGG's default butt stays
        };
        StrokeStyle.Join j = switch (join == null ? LineJoin.ROUND : join) {
            case ROUND -> StrokeStyle.Join.ROUND;
            case MITER -> StrokeStyle.Join.MITER;
            default -> StrokeStyle.Join.BEVEL;
        };
        return StrokeStyle.mapServerLine(width, c, j);
    }

    /** PATTERN as agg2RenderLine's dash array (whole pixels, at least 1), or null for a solid line. */
    public static double[] aggDashes(List<Double> pattern) {
        if (pattern == null || pattern.size() < 2) {
            return null;
        }
        double[] p = new double[pattern.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = pattern.get(i);
        }
        return Dasher.mapServerPattern(p);
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
