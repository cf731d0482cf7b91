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
        ringStarted = false;
        sampling = true;
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
        ringStarted = false;
        sampling = false;
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

    /**
     * Adds one sample. Along the ring (msProjectRectAsPolygon runs msProjectShapeLine over it) a step from a
     * sample that projects to one that does not, or back, also adds the horizon point between them, found by
     * msProjectSegment's bisection (to 0.01 source units): an orthographic map's extent reaches past the globe, and
     * its rim is what bounds the area in longitude/latitude.
     */
    private void add(double x, double y) {
        boolean ok = reprojector.project(x, y);
        double px = reprojector.lastX();
        double py = reprojector.lastY();
        if (ringStarted && ok != lastOk) {
            double[] h = ok ? horizon(x, y, lastX, lastY) : horizon(lastX, lastY, x, y);
            if (h != null) {
                include(h[0], h[1]);
            }
        }
        if (ringStarted || inRing()) {
            ringStarted = true;
            lastOk = ok;
            lastX = x;
            lastY = y;
        }
        if (ok) {
            include(px, py);
        }
    }

    private boolean ringStarted;
    private boolean lastOk;
    private double lastX;
    private double lastY;
    private boolean sampling;

    private boolean inRing() {
        return sampling;
    }

    /** msProjectSegment: bisection from a projectable (gx, gy) towards (bx, by); the projected last good point. */
    private double[] horizon(double gx, double gy, double bx, double by) {
        while (Math.abs(gx - bx) + Math.abs(gy - by) > 0.01) {
            double mx = (gx + bx) * 0.5;
            double my = (gy + by) * 0.5;
            if (!reprojector.project(mx, my)) {
                if (mx == bx && my == by) {
                    return null;
                }
                bx = mx;
                by = my;
            } else {
                if (mx == gx && my == gy) {
                    return null;
                }
                gx = mx;
                gy = my;
            }
        }
        return reprojector.project(gx, gy) ? new double[] {reprojector.lastX(), reprojector.lastY()} : null;
    }

    private void include(double px, double py) {
        minX = Math.min(minX, px);
        maxX = Math.max(maxX, px);
        minY = Math.min(minY, py);
        maxY = Math.max(maxY, py);
        projected++;
    }
}
