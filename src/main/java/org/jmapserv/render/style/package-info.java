/**
 * STYLE resolution and painting of polygons, lines and markers with Java2D, like MapServer's AGG renderer. May import render (MapView), render.symbol, render.font, data, mapfile.model, JTS.
 */
package org.jmapserv.render.style;
