package org.jmapserv.query;

import org.jmapserv.data.Feature;

/**
 * One result (resultObj plus the shape msLayerGetShape would read back): the feature in the layer's own
 * coordinates, as templates see it, and the class it falls in (-1 when none, possible with a layer TEMPLATE).
 */
public record QueryHit(Feature feature, int classIndex) {
}
