package org.jmapserv.render.legend;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.render.MapView;
import org.jmapserv.render.font.FontRegistry;
import org.jmapserv.render.font.FontSet;
import org.jmapserv.render.symbol.MarkerPainter;
import org.jmapserv.render.symbol.PixmapCache;
import org.jmapserv.render.symbol.SymbolCatalog;

/** What legend and scalebar drawing borrows from one renderer draw: the map, its view and the shared caches. */
public record LegendTools(MapDef map, MapView view, FontRegistry fonts, FontSet fontSet, SymbolCatalog symbols,
                          PixmapCache pixmaps, MarkerPainter markers) {
}
