package org.jmapserv.render.style;

import java.awt.Graphics2D;

import org.jmapserv.render.font.FontException;
import org.jmapserv.render.symbol.MarkerPainter;

/**
 * Places marker symbols along a line every |GAP| pixels (msImagePolylineMarkers, maprendering.c): the first
 * marker sits INITIALGAP in, or half a gap in when INITIALGAP is unset. As msDrawLineSymbol calls it, a negative
 * GAP turns markers to the segment direction (plus ANGLE) and a positive one keeps ANGLE alone. A line too short
 * for any marker, with INITIALGAP unset, gets one at half its length when it is longer than the symbol
 * (approximated by SIZE).
 */
final class MarkersAlongLine {

    private final MarkerPainter markers;

    MarkersAlongLine(MarkerPainter markers) {
        this.markers = markers;
    }

    void paint(Graphics2D g, PixelShape s, StyleValues v, double dx, double dy) throws FontException {
        double spacing = Math.abs(v.gap());
        if (spacing < 1) {
            return;
        }
        boolean rotate = v.gap() < 0;
        for (int part = 0; part < s.partCount(); part++) {
            double next = v.initialGap() >= 0 ? v.initialGap() : spacing / 2;
            double walked = 0;
            boolean placed = false;
            for (int i = s.partStart(part); i + 1 < s.partEnd(part); i++) {
                double x0 = s.x(i);
                double y0 = s.y(i);
                double sx = s.x(i + 1) - x0;
                double sy = s.y(i + 1) - y0;
                double len = Math.hypot(sx, sy);
                if (len == 0) {
                    continue;
                }
                double angle = rotate ? Math.toDegrees(Math.atan2(-sy, sx)) + v.angle() : v.angle();
                while (next <= walked + len) {
                    double t = (next - walked) / len;
                    markers.paint(g, x0 + t * sx + dx, y0 + t * sy + dy, v, angle);
                    placed = true;
                    next += spacing;
                }
                walked += len;
            }
            if (!placed && v.initialGap() < 0 && walked > Math.max(1, v.size())) {
                middle(g, s, part, walked / 2, v, rotate, dx, dy);
            }
        }
    }

    private void middle(Graphics2D g, PixelShape s, int part, double at, StyleValues v, boolean rotate, double dx,
            double dy) throws FontException {
        double before = 0;
        for (int i = s.partStart(part); i + 1 < s.partEnd(part); i++) {
            double sx = s.x(i + 1) - s.x(i);
            double sy = s.y(i + 1) - s.y(i);
            double len = Math.hypot(sx, sy);
            if (before + len > at) {
                double t = (at - before) / len;
                double angle = rotate ? Math.toDegrees(Math.atan2(-sy, sx)) + v.angle() : v.angle();
                markers.paint(g, s.x(i) + t * sx + dx, s.y(i) + t * sy + dy, v, angle);
                return;
            }
            before += len;
        }
    }
}
