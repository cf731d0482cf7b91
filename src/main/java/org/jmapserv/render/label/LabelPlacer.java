package org.jmapserv.render.label;

import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jmapserv.mapfile.model.Force;
import org.jmapserv.mapfile.model.Position;

/**
 * Decides where, and whether, a cached label goes, with msDrawLabelCache's rules (maplabel.c /
 * mapdraw.c): for each candidate POSITION in turn the text box must lie inside the image (unless PARTIALS),
 * grown by BUFFER must not cover a cached point marker of its priority or higher other than its own nor an
 * already placed label, and its anchor must be further than MINDISTANCE plus its width from the anchor of a
 * placed label with the same text (msTestLabelCacheCollisions). FORCE ON skips the tests. Collision boxes are the axis-aligned bounds of
 * rotated labels, which is more conservative than MapServer's rotated polygons.
 */
public final class LabelPlacer {

    private final Rectangle2D image;
    private final FontRenderContext frc;
    private final List<Rectangle2D> placed = new ArrayList<>();
    private final List<String> placedTexts = new ArrayList<>();
    private final List<double[]> placedAnchors = new ArrayList<>();
    private final List<CachedMarker> markers = new ArrayList<>();

    /** A point's marker in the label cache: blocks labels of its priority and lower, except its own. */
    private record CachedMarker(LabelRequest owner, int priority, Rectangle2D box) {
    }

    public LabelPlacer(Rectangle2D image, FontRenderContext frc) {
        this.image = image;
        this.frc = frc;
    }

    /** Registers the cached marker of {@code l}'s point, if it has one (msAddLabel's marker cache). */
    public void addMarker(LabelRequest l) {
        double size = l.cachedMarkerSize();
        if (size > 0) {
            markers.add(new CachedMarker(l, priority(l),
                    new Rectangle2D.Double(l.x() - size / 2, l.y() - size / 2, size, size)));
        }
    }

    private static int priority(LabelRequest l) {
        return Math.max(1, Math.min(10, l.priority()));
    }

    /** The placed text block, or {@code null} when the label cannot be drawn. */
    public TextBlock place(LabelRequest l) {
        if (l.follow() != null) {
            TextBlock block = TextBlock.along(l.follow(), l.text(), l.font(), frc);
            if (l.force() == Force.ON || fits(l, block.box())) {
                accept(l, block);
                return block;
            }
            return null;
        }
        List<String> lines = Arrays.asList(l.text().split("\n"));
        for (Position pos : l.positions()) {
            LabelOffsets.Placement at = LabelOffsets.of(l, pos, lines.size());
            TextBlock block = TextBlock.layout(lines, l.font(), frc, l.x(), l.y(), at.align(), at.dx(), at.dy(),
                    l.angle());
            if (l.force() == Force.ON || fits(l, block.box())) {
                accept(l, block);
                return block;
            }
        }
        return null;
    }

    private void accept(LabelRequest l, TextBlock block) {
        placed.add(grow(block.box(), l.buffer()));
        placedTexts.add(l.text());
        placedAnchors.add(new double[] {l.x(), l.y()});
    }

    private boolean fits(LabelRequest l, Rectangle2D box) {
        if (!l.partials() && !image.contains(box)) {
            return false;
        }
        if (l.partials() && !image.intersects(box)) {
            return false;
        }
        int p = priority(l);
        Rectangle2D grown = grow(box, l.buffer());
        for (CachedMarker m : markers) {
            if (m.owner() != l && m.priority() >= p && m.box().intersects(grown)) {
                return false;
            }
        }
        for (Rectangle2D other : placed) {
            if (other.intersects(grown)) {
                return false;
            }
        }
        return l.minDistance() <= 0 || !tooClose(l, box);
    }

    /** Same text anchored within MINDISTANCE plus this label's width of a placed one. */
    private boolean tooClose(LabelRequest l, Rectangle2D box) {
        for (int i = 0; i < placed.size(); i++) {
            if (placedTexts.get(i).equals(l.text())) {
                double[] o = placedAnchors.get(i);
                if (Math.hypot(o[0] - l.x(), o[1] - l.y()) <= l.minDistance() + box.getWidth()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Rectangle2D grow(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }
}
