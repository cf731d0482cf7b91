package org.jmapserv.geo;

/**
 * Projects a rectangle as MapServer does (msProjectRect, msProjectRectAsPolygon, msProjectRectGrid in
 * mapproject.c): sample every edge at 100 intervals plus the diagonal, project the samples, drop those that fail
 * and take the envelope. If nothing projects, fall back to a 101x101 grid over the whole rectangle; if that fails
 * too, throw. Two special cases are kept: a projected-to-geographic result wider than 360 degrees is clamped to
 * -180..180, and a polar projection whose pole (0,0) lies inside the rectangle gives a cap reaching the pole
 * across all longitudes.
 *
 * <p>Known difference: MapServer adds PROJ's {@code +over} so that longitudes are not wrapped at the
 * antimeridian; proj4j clamps longitudes to [-180, 180] and cannot be told otherwise, so rectangles that cross
 * the antimeridian come out clamped. For the south pole MapServer sets {@code maxy = -90} (an upside-down
 * rectangle, apparently a slip); this port sets {@code miny = -90} instead.
 */
final class RectProjector {

    static final int SAMPLES = 100;

    private final Reprojector reprojector;
    private double minX;
    private double minY;
    private double maxX;
    private double maxY;
    private int projected;

    RectProjector(Reprojector reprojector) {
        this.reprojector = reprojector;
    }

    Rect project(Rect rect) {
        Rect polar = polarCap(rect);
        if (polar != null) {
            return polar;
        }
        reset();
        double dx = rect.width() / SAMPLES;
        double dy = rect.height() / SAMPLES;
        if (dx == 0 && dy == 0) {
            add(rect.minX(), rect.minY());
        } else {
            sampleRing(rect, dx, dy);
        }
        if (projected == 0) {
            sampleGrid(rect, dx, dy);
        }
        if (projected == 0) {
            throw new ProjectionException("All points failed to reproject.");
        }
        if (reprojector.targetIsGeographic() && !reprojector.sourceIsGeographic() && maxX - minX > 360.0) {
            return new Rect(-180, minY, 180, maxY);
        }
        return new Rect(minX, minY, maxX, maxY);
    }

    private void sampleRing(Rect r, double dx, double dy) {
        if (dx != 0) {
            for (int i = 0; i <= SAMPLES; i++) {
                add(r.minX() + i * dx, r.minY());
            }
        }
        if (dy != 0) {
            for (int i = 1; i <= SAMPLES; i++) {
                add(r.maxX(), r.minY() + i * dy);
            }
        }
        if (dx != 0) {
            for (int i = SAMPLES - 1; i >= 0; i--) {
                add(r.minX() + i * dx, r.maxY());
            }
        }
        if (dy != 0) {
            for (int i = SAMPLES - 1; i >= 0; i--) {
                add(r.minX(), r.minY() + i * dy);
            }
        }
        if (dx != 0 && dy != 0) {
            for (int i = SAMPLES - 2; i >= 1; i--) {
                add(r.minX() + i * dx, r.minY() + i * dy);
            }
        }
    }

    private void sampleGrid(Rect r, double dx, double dy) {
        for (int ix = 0; ix <= SAMPLES; ix++) {
            for (int iy = 0; iy <= SAMPLES; iy++) {
                add(r.minX() + ix * dx, r.minY() + iy * dy);
            }
        }
    }

    /** A projected (polar) source whose origin is a pole, with the pole inside the rectangle. */
    private Rect polarCap(Rect rect) {
        if (reprojector.sourceIsGeographic() || !reprojector.targetIsGeographic()) {
            return null;
        }
        if (!(rect.minX() <= 0 && rect.minY() <= 0 && rect.maxX() >= 0 && rect.maxY() >= 0)) {
            return null;
        }
        if (!reprojector.project(0, 0) || Math.abs(Math.abs(reprojector.lastY()) - 90) >= 1e-8) {
            return null;
        }
        boolean north = reprojector.lastY() > 0;
        reset();
        sampleRing(rect, rect.width() / SAMPLES, rect.height() / SAMPLES);
        if (projected == 0) {
            return null;
        }
        return north ? new Rect(-180, minY, 180, 90) : new Rect(-180, -90, 180, maxY);
    }

    private void reset() {
        minX = Double.POSITIVE_INFINITY;
        minY = Double.POSITIVE_INFINITY;
        maxX = Double.NEGATIVE_INFINITY;
        maxY = Double.NEGATIVE_INFINITY;
        projected = 0;
    }

    private void add(double x, double y) {
        if (!reprojector.project(x, y)) {
            return;
        }
        double px = reprojector.lastX();
        double py = reprojector.lastY();
        minX = Math.min(minX, px);
        maxX = Math.max(maxX, px);
        minY = Math.min(minY, py);
        maxY = Math.max(maxY, py);
        projected++;
    }
}
