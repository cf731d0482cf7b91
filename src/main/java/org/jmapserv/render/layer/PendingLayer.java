package org.jmapserv.render.layer;

import java.awt.Graphics2D;

import org.jmapserv.render.RenderException;

/** A layer ready to draw after the prepare phase; {@link #draw} returns the number of features drawn. */
public interface PendingLayer {

    long draw(Graphics2D g) throws RenderException;
}
