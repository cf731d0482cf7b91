/**
 * Legend and scalebar images (mapserv's {@code mode=legend} and {@code mode=scalebar}), mirroring msDrawLegend
 * (maplegend.c) and msDrawScalebar (mapscale.c). Keys reuse the style, symbol and font painters of the renderer.
 * May import the mapfile model, {@code render} value types and {@code render.style}, {@code render.symbol},
 * {@code render.font}; nothing imports this package but {@link org.jmapserv.render.MapRenderer}.
 */
package org.jmapserv.render.legend;
