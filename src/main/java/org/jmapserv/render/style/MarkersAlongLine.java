package org.jmapserv.render.style;

import java.awt.Graphics2D;

import org.jmapserv.render.font.FontException;
import org.jmapserv.render.symbol.MarkerPainter;

/**
 * Places marker symbols along a line every |GAP| pixels (msImagePolylineMarkers / AGG's marker line, mapagg.cpp):
 * the first marker sits INITIALGAP in, or half a gap in when INITIALGAP is unset; markers follow the segment
 * direction (plus ANGLE) unless GAP is negative.
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
        boolean rotate = v.gap() > 0;
        for (int part = 0; part < s.partCount(); part++) {
            double next = v.initialGap() >= 0 ? v.initialGap() : spacing / 2;
            double walked = 0;
            for (int i = s.partStart(part); i + 1 < s.partEnd(part); i++) {
                double x0 = s.x(i);
                double y0 = s.y(i);
                double sx = s.x(i + 1) - x0;
                double sy = s.y(i + 1) - y0;
                double len = Math.hypot(sx, sy);
                if (len == 0) {
                    continue;
                }
                double segAngle = Math.toDegrees(Math.atan2(-sy, sx));
                while (next <= walked + len) {
                    double t = (next - walked) / len;
                    double angle = rotate ? segAngle + v.angle() : v.angle();
                    markers.paint(g, x0 + t * sx + dx, y0 + t * sy + dy, v, angle);
                    next += spacing;
                }
                walked += len;
            }
        }
    }
}
