package org.jmapserv.render.layer;

import java.util.Locale;

import org.jmapserv.mapfile.model.LayerDef;

/**
 * PROCESSING "KEY=value" lookups as msLayerGetProcessingKey (maplayer.c) does them: the key is compared without
 * regard to case, the first directive naming it wins.
 */
final class LayerProcessing {

    private LayerProcessing() {
    }

    /** The value of {@code key}, or {@code null} when no directive names it. */
    static String value(LayerDef layer, String key) {
        String prefix = key.toUpperCase(Locale.ROOT) + "=";
        for (String p : layer.processing()) {
            if (p.length() >= prefix.length() && p.substring(0, prefix.length()).toUpperCase(Locale.ROOT)
                    .equals(prefix)) {
                return p.substring(prefix.length());
            }
        }
        return null;
    }
}
