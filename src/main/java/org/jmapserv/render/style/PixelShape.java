package org.jmapserv.render.style;

import java.awt.geom.Path2D;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.jmapserv.render.MapView;

/**
 * A shape in image pixel coordinates: parts (lines or rings) in an interleaved array, as a shapeObj after
 * msTransformShape. No rounding, as AGG draws them.
 */
public record PixelShape(ShapeKind kind, int[] partStarts, double[] xy) {

    public boolean isEmpty() {
        return partStarts.length == 0;
    }

    /** The shape as the AGG renderer draws it: converted and simplified as msTransformShapeSimplify does. */
    public static PixelShape of(ShapeGeometry g, MapView view) {
        return PixelSimplifier.simplify(g, view.grid());
    }

    public int partCount() {
        return partStarts.length;
    }

    public int partStart(int p) {
        return partStarts[p];
    }

    public int partEnd(int p) {
        return p + 1 < partStarts.length ? partStarts[p + 1] : xy.length / 2;
    }

    public double x(int i) {
        return xy[2 * i];
    }

    public double y(int i) {
        return xy[2 * i + 1];
    }

    public int pointCount() {
        return xy.length / 2;
    }

    /** All parts as one path; rings closed when {@code closed}; fill with even-odd as AGG does. */
    public Path2D.Double path(boolean closed, double dx, double dy) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD, xy.length / 2 + partStarts.length);
        for (int part = 0; part < partStarts.length; part++) {
            int s = partStart(part);
            int e = partEnd(part);
            if (e - s < (closed ? 3 : 2)) {
                continue;
            }
            p.moveTo(x(s) + dx, y(s) + dy);
            for (int i = s + 1; i < e; i++) {
                p.lineTo(x(i) + dx, y(i) + dy);
            }
            if (closed) {
                p.closePath();
            }
        }
        return p;
    }
}
