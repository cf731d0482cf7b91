/**
 * Per-CONNECTIONTYPE layer drawing (prepare phase, then draw), feature loop, class selection, reprojection. May import render, render.style, render.label, render.symbol, render.font, data, geo, mapfile.model.
 */
package org.jmapserv.render.layer;
