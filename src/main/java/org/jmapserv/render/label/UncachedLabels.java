package org.jmapserv.render.label;

import java.awt.Graphics2D;
import java.util.Arrays;
import java.util.List;

import org.jmapserv.mapfile.model.Position;

/**
 * Labels of a layer with LABELCACHE OFF, drawn the moment their feature is drawn, as msDrawLabel (mapdraw.c):
 * at the first POSITION, moved by OFFSET but not away from the point's marker, with no collision, MINDISTANCE or image-edge tests, so later layers cover them and
 * overlapping labels all stay. One per layer draw.
 */
public final class UncachedLabels {

    private final LabelPainter painter;

    public UncachedLabels(LabelPainter painter) {
        this.painter = painter;
    }

    public void draw(Graphics2D g, LabelRequest l) {
        if (l.follow() != null) {
            painter.paint(g, l, TextBlock.along(l.follow(), l.text(), l.font(), g.getFontRenderContext()));
            return;
        }
        Position pos = l.positions().isEmpty() ? Position.CC : l.positions().get(0);
        List<String> lines = Arrays.asList(l.text().split("\n"));
        LabelOffsets.Placement at = LabelOffsets.withoutMarker(l, pos, lines.size());
        TextBlock block = TextBlock.layout(lines, l.lines(), l.font(), g.getFontRenderContext(), l.x(), l.y(), at.align(),
                at.dx(), at.dy(), l.angle());
        painter.paint(g, l, block);
    }
}
