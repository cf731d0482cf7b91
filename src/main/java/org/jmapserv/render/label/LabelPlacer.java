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

    /** A drawn label as the cache remembers it for later collision and MINDISTANCE tests. */
    private record Placed(String text, double x, double y, LabelBounds bounds) {
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
