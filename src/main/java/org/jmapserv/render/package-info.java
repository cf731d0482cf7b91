/**
 * The renderer: MapRenderer turns a MapDef and a RenderRequest into an image as MapServer's msDrawMap does. May import org.jmapserv.mapfile.model, org.jmapserv.geo, org.jmapserv.data (+ sub-packages), JTS and java.desktop.
 */
package org.jmapserv.render;
