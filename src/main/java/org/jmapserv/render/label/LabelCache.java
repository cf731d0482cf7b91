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

    public LabelCache() {
        for (int i = 0; i <= 10; i++) {
            slots.add(new ArrayList<>());
        }
    }

    public void add(LabelRequest label) {
        int p = Math.max(1, Math.min(10, label.priority()));
        slots.get(p).add(label);
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
        for (LabelRequest l : order) {
            TextBlock placed = placer.place(l);
            if (placed != null) {
                painter.paint(g, l, placed);
                drawn++;
            }
        }
        slots.forEach(List::clear);
        return drawn;
    }
}
