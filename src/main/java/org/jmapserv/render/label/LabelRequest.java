package org.jmapserv.render.label;

import java.awt.Font;
import java.util.List;

import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.Force;
import org.jmapserv.mapfile.model.Position;
import org.jmapserv.render.style.StyleValues;

/**
 * One label waiting in the label cache (labelCacheMemberObj, maplabel.c msAddLabel): its text, sized font,
 * colours, anchor in pixels, the positions to try (several for POSITION AUTO), angle, offsets and the rules
 * that decide whether it may be drawn. {@code markerSize} is the largest label STYLE marker's size, around which
 * labels with a position other than CC are placed (together with the cached marker, see {@code cachedMarkerSize}). {@code backgrounds} are label STYLEs with GEOMTRANSFORM labelpoly,
 * {@code markers} those with labelpnt. {@code cachedMarkerSize} is the size of the first style's marker of a
 * POINT layer's feature, which msAddLabel caches so that labels of this priority and lower keep off it (0: none).
 * {@code follow} is the glyph path of an ANGLE FOLLOW label (then position, offset and angle are unused), or null.
 * {@code lines} spaces and aligns the lines of a wrapped label.
 */
public record LabelRequest(
        String text,
        Font font,
        Color color,
        Color outlineColor,
        double outlineWidth,
        Color shadowColor,
        double shadowX,
        double shadowY,
        double x,
        double y,
        double angle,
        List<Position> positions,
        double offsetX,
        double offsetY,
        double markerSize,
        int priority,
        int minDistance,
        int buffer,
        Force force,
        boolean partials,
        List<StyleValues> backgrounds,
        List<StyleValues> markers,
        double cachedMarkerSize,
        FollowPath follow,
        LineLayout lines) {

    public LabelRequest {
        positions = List.copyOf(positions);
        backgrounds = List.copyOf(backgrounds);
        markers = List.copyOf(markers);
        if (lines == null) {
            lines = LineLayout.of(font);
        }
    }

    /** A label whose line layout follows from its font: left aligned, spaced by its point size. */
    public LabelRequest(String text, Font font, Color color, Color outlineColor, double outlineWidth,
                        Color shadowColor, double shadowX, double shadowY, double x, double y, double angle,
                        List<Position> positions, double offsetX, double offsetY, double markerSize, int priority,
                        int minDistance, int buffer, Force force, boolean partials, List<StyleValues> backgrounds,
                        List<StyleValues> markers, double cachedMarkerSize, FollowPath follow) {
        this(text, font, color, outlineColor, outlineWidth, shadowColor, shadowX, shadowY, x, y, angle, positions,
                offsetX, offsetY, markerSize, priority, minDistance, buffer, force, partials, backgrounds, markers,
                cachedMarkerSize, follow, null);
    }
}
