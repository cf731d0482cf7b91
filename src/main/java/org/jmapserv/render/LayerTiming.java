package org.jmapserv.render;

/** How long one layer took to draw and how many features it drew (msDrawMap's per-layer debug line). */
public record LayerTiming(String layerName, long nanos, long featuresDrawn) {

    public double millis() {
        return nanos / 1e6;
    }
}
