package org.jmapserv.render.layer;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.render.RenderException;

/**
 * Draws the layers of one CONNECTIONTYPE. Drawing has two phases, as msDrawMap does with its OWS pre-fetch:
 * {@link #prepare} is called for every visible layer, in order, before any layer draws, so remote layers (WMS)
 * can start their requests in parallel; then each {@link PendingLayer} draws in layer order.
 */
public interface LayerDrawer {

    /** Starts whatever the layer needs before drawing (opening files is deferred to {@code draw}). */
    PendingLayer prepare(LayerDef layer, DrawContext ctx) throws RenderException;
}
