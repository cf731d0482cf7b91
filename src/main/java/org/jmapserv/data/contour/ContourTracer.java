package org.jmapserv.data.contour;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * GDALContourGenerate's line mode (GDAL 3.6, alg/marching_squares): marching squares over the pixel centres of a
 * grid fed row by row, with a virtual NaN row and column all around it. A square with NaN corners (NODATA, or
 * outside the grid) is split into quarters around its valid corners, with centre values averaged from the valid
 * ones, so lines run on to half a pixel past the last valid centre. Saddles always take the same configuration.
 * Segments are joined into lines as SegmentMerger joins them, and a line that got no segment during a row is
 * emitted then; coordinates are pixel/line positions (a pixel's centre is at {@code col + 0.5}).
 */
final class ContourTracer {

    /** A finished line: the index of its level, and its points as x0, y0, x1, y1, ... in pixel/line space. */
    record Line(int levelIndex, double[] xy) {
    }

    private record Point(double x, double y) {
    }

    private static final class OpenLine {
        final ArrayDeque<Point> points = new ArrayDeque<>();
        boolean merged = true;
    }

    private final int width;
    private final int height;
    private final boolean hasNoData;
    private final double noData;
    private final ContourLevels levels;
    private final Map<Integer, LinkedList<OpenLine>> open = new TreeMap<>();
    private final List<Line> out = new ArrayList<>();

    private ContourTracer(int width, int height, boolean hasNoData, double noData, ContourLevels levels) {
        this.width = width;
        this.height = height;
        this.hasNoData = hasNoData;
        this.noData = noData;
        this.levels = levels;
    }

    /** The contour lines of a {@code width x height} grid (row by row), in the order GDAL writes them. */
    static List<Line> trace(double[] grid, int width, int height, boolean hasNoData, double noData,
            ContourLevels levels) {
        ContourTracer t = new ContourTracer(width, height, hasNoData, noData, levels);
        for (int row = 0; row <= height; row++) {
            t.feed(grid, row);
        }
        t.finish();
        return t.out;
    }

    private double value(double[] grid, int row, int col) {
        if (row < 0 || row >= height || col < 0 || col >= width) {
            return Double.NaN;
        }
        double v = grid[row * width + col];
        return hasNoData && v == noData ? Double.NaN : v;
    }

    private void feed(double[] grid, int row) {
        for (LinkedList<OpenLine> lines : open.values()) {
            for (OpenLine l : lines) {
                l.merged = false;
            }
        }
        for (int col = -1; col < width; col++) {
            double ul = value(grid, row - 1, col);
            double ur = value(grid, row - 1, col + 1);
            double ll = value(grid, row, col);
            double lr = value(grid, row, col + 1);
            new Square(col + 0.5, row - 0.5, col + 1.5, row + 0.5, ul, ur, ll, lr, false).process(this);
        }
        for (Map.Entry<Integer, LinkedList<OpenLine>> e : open.entrySet()) {
            Iterator<OpenLine> it = e.getValue().iterator();
            while (it.hasNext()) {
                OpenLine l = it.next();
                if (!l.merged) {
                    emit(e.getKey(), l);
                    it.remove();
                }
            }
        }
    }

    private void finish() {
        for (Map.Entry<Integer, LinkedList<OpenLine>> e : open.entrySet()) {
            for (OpenLine l : e.getValue()) {
                emit(e.getKey(), l);
            }
        }
        open.clear();
    }

    private void emit(int level, OpenLine l) {
        double[] xy = new double[l.points.size() * 2];
        int i = 0;
        for (Point p : l.points) {
            xy[i++] = p.x;
            xy[i++] = p.y;
        }
        out.add(new Line(level, xy));
    }

    /** SegmentMerger::addSegment_ (lines mode): extend the first open line that ends at either end, then join. */
    private void addSegment(int level, Point start, Point end) {
        if (start.equals(end)) {
            return;
        }
        LinkedList<OpenLine> lines = open.computeIfAbsent(level, k -> new LinkedList<>());
        int at = -1;
        OpenLine it = null;
        int i = 0;
        for (OpenLine l : lines) {
            if (l.points.peekLast().equals(end)) {
                l.points.addLast(start);
            } else if (l.points.peekFirst().equals(end)) {
                l.points.addFirst(start);
            } else if (l.points.peekLast().equals(start)) {
                l.points.addLast(end);
            } else if (l.points.peekFirst().equals(start)) {
                l.points.addFirst(end);
            } else {
                i++;
                continue;
            }
            l.merged = true;
            it = l;
            at = i;
            break;
        }
        if (it == null) {
            OpenLine l = new OpenLine();
            l.points.add(start);
            l.points.add(end);
            lines.add(l);
            return;
        }
        // a segment joins at most two lines; only lines after the matched one can match its new end
        java.util.ListIterator<OpenLine> others = lines.listIterator(at + 1);
        while (others.hasNext()) {
            OpenLine other = others.next();
            if (it.points.peekLast().equals(other.points.peekFirst())) {
                it.points.pollLast();
                it.points.addAll(other.points);
            } else if (other.points.peekLast().equals(it.points.peekFirst())) {
                it.points.pollFirst();
                other.points.addAll(it.points);
                other.merged = true;
                lines.remove(at); // `it` goes; `other` keeps its place
                return;
            } else if (it.points.peekLast().equals(other.points.peekLast())) {
                it.points.pollLast();
                Iterator<Point> r = other.points.descendingIterator();
                while (r.hasNext()) {
                    it.points.addLast(r.next());
                }
            } else if (it.points.peekFirst().equals(other.points.peekFirst())) {
                it.points.pollFirst();
                for (Point p : other.points) {
                    it.points.addFirst(p);
                }
            } else {
                continue;
            }
            it.merged = true;
            others.remove();
            return;
        }
    }

    /** marching_squares::Square: corners with values (NaN = no data) and the borders a split square has. */
    private record Square(double left, double top, double right, double bottom, double ul, double ur, double ll,
            double lr, boolean split) {

        private int nanCount() {
            return (Double.isNaN(ul) ? 1 : 0) + (Double.isNaN(ur) ? 1 : 0) + (Double.isNaN(ll) ? 1 : 0)
                    + (Double.isNaN(lr) ? 1 : 0);
        }

        void process(ContourTracer t) {
            int nan = nanCount();
            if (nan == 4) {
                return;
            }
            if (nan > 0) {
                double cx = .5 * (left + right);
                double cy = .5 * (top + bottom);
                double c = ((Double.isNaN(ll) ? 0 : ll) + (Double.isNaN(ul) ? 0 : ul) + (Double.isNaN(lr) ? 0 : lr)
                        + (Double.isNaN(ur) ? 0 : ur)) / (4 - nan);
                double leftC = Double.isNaN(ul) ? ll : Double.isNaN(ll) ? ul : .5 * (ul + ll);
                double lowerC = Double.isNaN(lr) ? ll : Double.isNaN(ll) ? lr : .5 * (lr + ll);
                double rightC = Double.isNaN(lr) ? ur : Double.isNaN(ur) ? lr : .5 * (lr + ur);
                double upperC = Double.isNaN(ul) ? ur : Double.isNaN(ur) ? ul : .5 * (ul + ur);
                if (!Double.isNaN(ul)) {
                    new Square(left, top, cx, cy, ul, upperC, leftC, c, true).process(t);
                }
                if (!Double.isNaN(ur)) {
                    new Square(cx, top, right, cy, upperC, ur, c, rightC, true).process(t);
                }
                if (!Double.isNaN(ll)) {
                    new Square(left, cy, cx, bottom, leftC, c, ll, lowerC, true).process(t);
                }
                if (!Double.isNaN(lr)) {
                    new Square(cx, cy, right, bottom, c, rightC, lowerC, lr, true).process(t);
                }
                return;
            }
            double min = Math.min(Math.min(ul, ur), Math.min(ll, lr));
            double max = Math.max(Math.max(ul, ur), Math.max(ll, lr));
            int[] range = t.levels.range(min, max);
            for (int i = range[0]; i < range[1]; i++) {
                segments(t, i, t.levels.level(i));
            }
        }

        private static final int UPPER_LEFT = 1;
        private static final int LOWER_LEFT = 2;
        private static final int LOWER_RIGHT = 4;
        private static final int UPPER_RIGHT = 8;
        private static final int LEFT = 1;
        private static final int LOWER = 2;
        private static final int RIGHT = 3;
        private static final int UPPER = 4;

        /** Square::segments: oriented so that values above the level lie on the right. */
        private void segments(ContourTracer t, int index, double level) {
            int c = (level < fudge(level, ul) ? UPPER_LEFT : 0) | (level < fudge(level, ll) ? LOWER_LEFT : 0)
                    | (level < fudge(level, lr) ? LOWER_RIGHT : 0) | (level < fudge(level, ur) ? UPPER_RIGHT : 0);
            switch (c) {
                case UPPER_LEFT -> seg(t, index, level, UPPER, LEFT);
                case LOWER_LEFT -> seg(t, index, level, LEFT, LOWER);
                case LOWER_RIGHT -> seg(t, index, level, LOWER, RIGHT);
                case UPPER_RIGHT -> seg(t, index, level, RIGHT, UPPER);
                case UPPER_LEFT | LOWER_LEFT -> seg(t, index, level, UPPER, LOWER);
                case LOWER_LEFT | LOWER_RIGHT -> seg(t, index, level, LEFT, RIGHT);
                case LOWER_RIGHT | UPPER_RIGHT -> seg(t, index, level, LOWER, UPPER);
                case UPPER_RIGHT | UPPER_LEFT -> seg(t, index, level, RIGHT, LEFT);
                case 15 & ~UPPER_LEFT -> seg(t, index, level, LEFT, UPPER);
                case 15 & ~LOWER_LEFT -> seg(t, index, level, LOWER, LEFT);
                case 15 & ~LOWER_RIGHT -> seg(t, index, level, RIGHT, LOWER);
                case 15 & ~UPPER_RIGHT -> seg(t, index, level, UPPER, RIGHT);
                case UPPER_LEFT | LOWER_RIGHT, UPPER_RIGHT | LOWER_LEFT -> {
                    seg(t, index, level, LEFT, LOWER);
                    seg(t, index, level, RIGHT, UPPER);
                }
                default -> { } // all low or all high
            }
        }

        private void seg(ContourTracer t, int index, double level, int from, int to) {
            t.addSegment(index, interpolate(from, level), interpolate(to, level));
        }

        private Point interpolate(int border, double level) {
            return switch (border) {
                case LEFT -> new Point(left, interpolate(level, bottom, top, ll, ul, !split));
                case LOWER -> new Point(interpolate(level, left, right, ll, lr, !split), bottom);
                case RIGHT -> new Point(right, interpolate(level, bottom, top, lr, ur, !split));
                default -> new Point(interpolate(level, left, right, ul, ur, !split), top);
            };
        }

        /** Square::interpolate_: a whole square interpolates within the half of the side that holds the level. */
        private static double interpolate(double level, double x1, double x2, double y1, double y2,
                boolean needSplit) {
            if (needSplit) {
                double xm = .5 * (x1 + x2);
                double ym = .5 * (y1 + y2);
                double fy1 = fudge(level, y1);
                double fym = fudge(level, ym);
                if ((fy1 < level && level < fym) || (fy1 > level && level > fym)) {
                    x2 = xm;
                    y2 = ym;
                } else {
                    x1 = xm;
                    y1 = ym;
                }
            }
            double fy1 = fudge(level, y1);
            double ratio = (level - fy1) / (fudge(level, y2) - fy1);
            return x1 * (1. - ratio) + x2 * ratio;
        }

        private static double fudge(double level, double value) {
            return ContourLevels.fudge(level, value);
        }
    }
}
