package org.jmapserv.render.label;

import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jmapserv.mapfile.model.Force;
import org.jmapserv.mapfile.model.Position;

/**
 * Decides where, and whether, a cached label goes, with msDrawLabelCache's rules (mapdraw.c) and
 * msTestLabelCacheCollisions (maplabel.c). A label without label markers, FORCE or OFFSET is dropped at once when
 * its anchor point lies on an already placed label. Each candidate POSITION's bounds (grown by BUFFER, rotated
 * with the label: see {@link LabelBounds}) must lie inside the image unless PARTIALS, must not touch a cached point
 * marker of its priority or higher other than its own, nor a placed label. POSITION AUTO with FORCE takes the last
 * position when none fits; a fixed POSITION with FORCE skips the tests. Then MINDISTANCE: the label is dropped when
 * its bounds grown by MINDISTANCE hold the anchor or touch the bounds of a placed label with the same text
 * (msCheckLabelMinDistance).
 */
public final class LabelPlacer {

    private final int width;
    private final int height;
    private final FontRenderContext frc;
    private final List<Placed> placed = new ArrayList<>();
    private final List<CachedMarker> markers = new ArrayList<>();

    /** A point's marker in the label cache: blocks labels of its priority and lower, except its own. */
    private record CachedMarker(LabelRequest owner, int priority, LabelBounds bounds) {
    }

    /**
     * A drawn label as the cache remembers it for later collision and MINDISTANCE tests; {@code leader} is its
     * leader line (x0, y0, x1, y1) when it was moved along one, else null.
     */
    private record Placed(String text, double x, double y, LabelBounds bounds, double[] leader) {
        Placed(String text, double x, double y, LabelBounds bounds) {
            this(text, x, y, bounds, null);
        }
    }

    /** A label moved along its leader: the text block at its new place and the line from the label point. */
    public record LeaderPlacement(TextBlock block, double x0, double y0, double x1, double y1) {
    }

    public LabelPlacer(Rectangle2D image, FontRenderContext frc) {
        this.width = (int) image.getWidth();
        this.height = (int) image.getHeight();
        this.frc = frc;
    }

    /**
     * Registers the cached marker of {@code l}'s point, if it has one (msAddLabel's marker cache: the box from
     * x - w/2 spanning w - 1 pixels).
     */
    public void addMarker(LabelRequest l) {
        double size = l.cachedMarkerSize();
        if (size > 0) {
            double minX = l.x() - size / 2;
            double minY = l.y() - size / 2;
            markers.add(new CachedMarker(l, priority(l),
                    LabelBounds.of(new Rectangle2D.Double(minX, minY, size - 1, size - 1))));
        }
    }

    /** A forced, already drawn box (an embedded legend or scalebar) that later labels must keep off. */
    public void addObstacle(Rectangle2D box) {
        placed.add(new Placed("", box.getCenterX(), box.getCenterY(), LabelBounds.of(box)));
    }

    private static int priority(LabelRequest l) {
        return Math.max(1, Math.min(10, l.priority()));
    }

    /** The placed text block, or {@code null} when the label cannot be drawn. */
    public TextBlock place(LabelRequest l) {
        TextBlock chosen = l.follow() != null ? placeFollowing(l) : placeAtPosition(l);
        if (chosen == null) {
            return null;
        }
        LabelBounds bounds = chosen.bounds(l.buffer());
        if (l.minDistance() > 0 && l.force() != Force.ON && tooClose(l, bounds)) {
            return null;
        }
        placed.add(new Placed(l.text(), l.x(), l.y(), bounds));
        return chosen;
    }

    /**
     * msDrawOffsettedLabels / offsetAndTest: a label that could not be placed is moved around its label point on
     * rings of {@code leader.gridStep()} pixels out to MAXDISTANCE (per ring: the points between the corners, the
     * four corners, then the four cardinal points) and the first spot where it and its leader line collide with
     * nothing is taken. Labels following a line, or whose label point is off the image, are not moved.
     */
    public LeaderPlacement placeWithLeader(LabelRequest l, Leader leader) {
        double x0 = l.x();
        double y0 = l.y();
        if (l.follow() != null || !leader.moves() || x0 < 0 || y0 < 0 || x0 >= width || y0 >= height) {
            return null;
        }
        List<String> lines = Arrays.asList(l.text().split("\n"));
        List<Position> positions = l.positions();
        LabelOffsets.Placement at = LabelOffsets.of(l, positions.get(positions.size() - 1), lines.size());
        TextBlock base = TextBlock.layout(lines, l.lines(), l.font(), frc, x0, y0, at.align(), at.dx(), at.dy(),
                l.angle());
        int step = leader.gridStep();
        int steps = leader.maxDistance() / step;
        for (int i = 1; i <= steps; i++) {
            int d = i * step;
            List<int[]> ring = new ArrayList<>();
            // mapdraw.c walks j from 1 while j < i - 1: the ring's points next to the corners are never tried
            for (int j = 1; j < i - 1; j++) {
                int e = j * step;
                ring.add(new int[] {d, e});
                ring.add(new int[] {d, -e});
                ring.add(new int[] {-d, e});
                ring.add(new int[] {-d, -e});
                ring.add(new int[] {e, -d});
                ring.add(new int[] {-e, -d});
                ring.add(new int[] {e, d});
                ring.add(new int[] {-e, d});
            }
            ring.add(new int[] {d, d});
            ring.add(new int[] {-d, -d});
            ring.add(new int[] {d, -d});
            ring.add(new int[] {-d, d});
            ring.add(new int[] {d, 0});
            ring.add(new int[] {-d, 0});
            ring.add(new int[] {0, -d});
            ring.add(new int[] {0, d});
            for (int[] o : ring) {
                double x1 = x0 + o[0];
                double y1 = y0 + o[1];
                if (x1 < 0 || y1 < 0 || x1 >= width || y1 >= height) {
                    continue;
                }
                TextBlock moved = base.translated(o[0], o[1]);
                LabelBounds bounds = moved.bounds(l.buffer());
                double[] line = {x0, y0, x1, y1};
                if (fits(l, bounds) && leaderFree(line)
                        && !(l.minDistance() > 0 && l.force() != Force.ON && tooClose(l, bounds))) {
                    placed.add(new Placed(l.text(), x1, y1, bounds, line));
                    return new LeaderPlacement(moved, x0, y0, x1, y1);
                }
            }
        }
        return null;
    }

    /** Our leader line against placed labels (edge crossings) and placed leaders (bounding boxes). */
    private boolean leaderFree(double[] line) {
        Rectangle2D box = segmentBox(line);
        for (Placed other : placed) {
            if (LabelBounds.boxesOverlap(box, other.bounds().box())
                    && other.bounds().crossesSegment(line[0], line[1], line[2], line[3])) {
                return false;
            }
            if (other.leader() != null && LabelBounds.boxesOverlap(box, segmentBox(other.leader()))) {
                return false;
            }
        }
        return true;
    }

    private static Rectangle2D segmentBox(double[] line) {
        double minX = Math.min(line[0], line[2]);
        double minY = Math.min(line[1], line[3]);
        return new Rectangle2D.Double(minX, minY, Math.abs(line[2] - line[0]), Math.abs(line[3] - line[1]));
    }

    private TextBlock placeFollowing(LabelRequest l) {
        TextBlock block = TextBlock.along(l.follow(), l.text(), l.font(), frc);
        return l.force() == Force.ON || fits(l, block.bounds(l.buffer())) ? block : null;
    }

    private TextBlock placeAtPosition(LabelRequest l) {
        boolean forced = l.force() == Force.ON;
        if (!forced && l.markers().isEmpty() && l.offsetX() == 0 && l.offsetY() == 0 && anchorCovered(l)) {
            return null;
        }
        List<String> lines = Arrays.asList(l.text().split("\n"));
        List<Position> positions = l.positions();
        for (int i = 0; i < positions.size(); i++) {
            LabelOffsets.Placement at = LabelOffsets.of(l, positions.get(i), lines.size());
            TextBlock block = TextBlock.layout(lines, l.lines(), l.font(), frc, l.x(), l.y(), at.align(), at.dx(), at.dy(),
                    l.angle());
            boolean last = i == positions.size() - 1;
            if ((forced && last) || fits(l, block.bounds(l.buffer()))) {
                return block;
            }
        }
        return null;
    }

    /** The labelpoint test: a tiny box round the anchor against the image and placed labels, not markers. */
    private boolean anchorCovered(LabelRequest l) {
        LabelBounds point = LabelBounds.of(new Rectangle2D.Double(l.x() - 0.1, l.y() - 0.1, 0.2, 0.2));
        if (!l.partials() && !point.insideImage(width, height)) {
            return true;
        }
        return placed.stream().anyMatch(p -> p.bounds().intersects(point));
    }

    private boolean fits(LabelRequest l, LabelBounds bounds) {
        if (!l.partials() && !bounds.insideImage(width, height)) {
            return false;
        }
        int p = priority(l);
        for (CachedMarker m : markers) {
            if (m.owner() != l && m.priority() >= p && m.bounds().intersects(bounds)) {
                return false;
            }
        }
        for (Placed other : placed) {
            if (other.bounds().intersects(bounds)) {
                return false;
            }
            // a placed label's leader line must not cross this label (msTestLabelCacheCollisions)
            double[] line = other.leader();
            if (line != null && LabelBounds.boxesOverlap(segmentBox(line), bounds.box())
                    && bounds.crossesSegment(line[0], line[1], line[2], line[3])) {
                return false;
            }
        }
        return true;
    }

    /** msCheckLabelMinDistance: the bounds grown by MINDISTANCE against placed labels with the same text. */
    private boolean tooClose(LabelRequest l, LabelBounds bounds) {
        Rectangle2D b = bounds.box();
        double d = l.minDistance();
        Rectangle2D buffered = new Rectangle2D.Double(b.getX() - d, b.getY() - d, b.getWidth() + 2 * d,
                b.getHeight() + 2 * d);
        for (Placed other : placed) {
            if (!other.text().equals(l.text())) {
                continue;
            }
            boolean anchorInside = other.x() >= buffered.getMinX() && other.x() <= buffered.getMaxX()
                    && other.y() >= buffered.getMinY() && other.y() <= buffered.getMaxY();
            if (anchorInside || LabelBounds.boxesOverlap(other.bounds().box(), buffered)) {
                return true;
            }
        }
        return false;
    }
}
