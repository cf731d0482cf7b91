package org.jmapserv.render.label;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The map's label cache (labelCacheObj, maplabel.c): labels are added while layers draw and placed after all
 * layers by {@link LabelPlacer}, in msDrawLabelCache's order: PRIORITY 10 down to 1 and, within a priority,
 * the most recently added first. Not thread-safe: one per draw.
 */
public final class LabelCache {

    private final List<List<LabelRequest>> slots = new ArrayList<>();
    private final List<EmbeddedImage> embedded = new ArrayList<>();
    /** The CLASS LEADER of labels that have one (by identity: requests are records). */
    private final java.util.Map<LabelRequest, Leader> leaders = new java.util.IdentityHashMap<>();

    /**
     * An image msEmbedLegend / msEmbedScalebar adds to the cache (a FORCE label of the highest PRIORITY whose only
     * content is a pixmap label-point marker centred on (x, y)): drawn before every other label, which must then
     * keep off it.
     */
    public record EmbeddedImage(java.awt.image.BufferedImage image, double x, double y) {
        /**
         * The top-left pixel, as AGG blends an unscaled, unrotated pixmap centred on (x, y): MS_NINT, which is
         * lrint in Debian's build, so halves round to even (a 119-pixel legend at UL starts at 0, not 1).
         */
        public int left() {
            return (int) Math.rint(x - image.getWidth() / 2.0);
        }

        public int top() {
            return (int) Math.rint(y - image.getHeight() / 2.0);
        }
    }

    public LabelCache() {
        for (int i = 0; i <= 10; i++) {
            slots.add(new ArrayList<>());
        }
    }

    public void add(LabelRequest label) {
        int p = Math.max(1, Math.min(10, label.priority()));
        slots.get(p).add(label);
    }

    /** Adds a label whose class has a LEADER: when it finds no room it may be moved along a leader line. */
    public void add(LabelRequest label, Leader leader) {
        add(label);
        if (leader != null && leader.moves()) {
            leaders.put(label, leader);
        }
    }

    /** Adds an embedded legend or scalebar; the last added is drawn first, as in msDrawLabelCache. */
    public void addEmbedded(EmbeddedImage image) {
        embedded.add(image);
    }

    public int size() {
        return slots.stream().mapToInt(List::size).sum();
    }

    /** Labels in placement order. */
    public List<LabelRequest> inDrawOrder() {
        List<LabelRequest> out = new ArrayList<>();
        for (int p = 10; p >= 1; p--) {
            List<LabelRequest> slot = slots.get(p);
            for (int i = slot.size() - 1; i >= 0; i--) {
                out.add(slot.get(i));
            }
        }
        return out;
    }

    /** Places and draws every cached label, then empties the cache; returns how many were drawn. */
    public int drawAll(Graphics2D g, int width, int height, LabelPainter painter) {
        LabelPlacer placer = new LabelPlacer(new Rectangle2D.Double(0, 0, width, height), g.getFontRenderContext());
        List<LabelRequest> order = inDrawOrder();
        order.forEach(placer::addMarker);
        int drawn = 0;
        for (int i = embedded.size() - 1; i >= 0; i--) {
            EmbeddedImage e = embedded.get(i);
            g.drawImage(e.image(), e.left(), e.top(), null);
            placer.addObstacle(new Rectangle2D.Double(e.left(), e.top(), e.image().getWidth(),
                    e.image().getHeight()));
            drawn++;
        }
        embedded.clear();
        for (int p = 10; p >= 1; p--) {
            List<LabelRequest> slot = slots.get(p);
            List<LabelRequest> unplaced = new ArrayList<>();
            for (int i = slot.size() - 1; i >= 0; i--) {
                LabelRequest l = slot.get(i);
                TextBlock placed = placer.place(l);
                if (placed != null) {
                    painter.paint(g, l, placed);
                    drawn++;
                } else if (leaders.containsKey(l)) {
                    unplaced.add(l);
                }
            }
            // msDrawOffsettedLabels runs once a priority's labels are placed, in the same order
            for (LabelRequest l : unplaced) {
                Leader leader = leaders.get(l);
                LabelPlacer.LeaderPlacement moved = placer.placeWithLeader(l, leader);
                if (moved != null) {
                    painter.paintLeader(g, moved, leader.styles());
                    painter.paint(g, l, moved.block(), moved.x1(), moved.y1());
                    drawn++;
                }
            }
        }
        slots.forEach(List::clear);
        leaders.clear();
        return drawn;
    }
}
