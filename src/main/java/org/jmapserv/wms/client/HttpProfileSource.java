package org.jmapserv.wms.client;

import java.net.URI;

import org.jmapserv.http.HttpFetchException;
import org.jmapserv.http.HttpProfile;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;

/** Gives the HTTP settings of one layer's request; resolved per layer and per request, never process-wide. */
@FunctionalInterface
public interface HttpProfileSource {

    HttpProfile profileFor(LayerDef layer, MapDef map, URI target) throws HttpFetchException;
}
