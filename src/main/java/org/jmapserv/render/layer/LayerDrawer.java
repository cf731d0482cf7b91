package org.jmapserv.render.layer;

import java.util.List;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.render.RenderException;

/**
 * Draws the layers of one CONNECTIONTYPE. Drawing has two phases, as msDrawMap does with its OWS pre-fetch:
 * {@link #prepare} is called for every visible layer, in order, before any layer draws, so remote layers (WMS)
 * can start their requests in parallel; then each {@link PendingLayer} draws in layer order.
 */
public interface LayerDrawer {

    /**
     * Called once per draw, before any {@link #prepare}, with every visible layer in draw order (all connection
     * types); returns the drawer to use for this draw. Remote drawers start their whole batch here so that adjacent
     * requests can be merged and all fetch in parallel. Local drawers need nothing and return themselves.
     */
    default LayerDrawer forDraw(List<LayerDef> visibleInDrawOrder, DrawContext ctx) throws RenderException {
        return this;
    }

    /** Starts whatever the layer needs before drawing (opening files is deferred to {@code draw}). */
    PendingLayer prepare(LayerDef layer, DrawContext ctx) throws RenderException;
}
