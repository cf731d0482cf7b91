package org.jmapserv.render.legend;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.render.MapView;
import org.jmapserv.render.font.FontRegistry;
import org.jmapserv.render.font.FontSet;
import org.jmapserv.render.style.BoundStyles;
import org.jmapserv.render.symbol.MarkerPainter;
import org.jmapserv.render.symbol.PixmapCache;
import org.jmapserv.render.symbol.SymbolCatalog;

/**
 * What legend and scalebar drawing borrows from one renderer draw: the map, its view, the shared caches and, for
 * a legend embedded in a drawn map, what its attribute-bound styles were last bound to (null for mode=legend).
 */
public record LegendTools(MapDef map, MapView view, FontRegistry fonts, FontSet fontSet, SymbolCatalog symbols,
                          PixmapCache pixmaps, MarkerPainter markers, BoundStyles bound) {
}
