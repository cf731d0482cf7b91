package org.jmapserv.server;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.render.RenderedMap;

/** One bounded draw of a per-request map copy (the handler's DrawGate around MapRenderer). */
@FunctionalInterface
public interface MapDrawer {
    RenderedMap draw(MapDef map, RenderRequest request) throws MapservException;
}
