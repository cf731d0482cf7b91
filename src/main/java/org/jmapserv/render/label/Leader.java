package org.jmapserv.render.label;

import java.util.List;

import org.jmapserv.render.style.StyleValues;

/**
 * A CLASS LEADER as the label cache uses it (labelLeaderObj): a label that finds no room is moved up to
 * {@code maxDistance} pixels on a grid of {@code gridStep} pixels and joined to its label point by a line drawn
 * with {@code styles} (msDrawOffsettedLabels, mapdraw.c). A {@code maxDistance} of 0 turns it off.
 */
public record Leader(int gridStep, int maxDistance, List<StyleValues> styles) {

    public Leader {
        styles = List.copyOf(styles);
    }

    /** Whether labels may be moved at all: MAXDISTANCE set and at least one grid step within it. */
    public boolean moves() {
        return maxDistance > 0 && gridStep > 0 && maxDistance / gridStep > 0;
    }
}
