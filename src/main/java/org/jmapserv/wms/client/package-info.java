/**
 * The WMS client: reads a layer's {@code wms_*}/{@code ows_*} METADATA, builds GetMap requests as MapServer does
 * (mapwmslayer.c: msBuildWMSLayerURL, msPrepareWMSLayerRequest), merges compatible requests, fetches them all
 * in parallel through {@link org.jmapserv.http} and checks the responses (msDrawWMSLayerLow).
 * <p>May import: org.jmapserv.mapfile.model, org.jmapserv.geo, org.jmapserv.http. Never the renderer: drawing the
 * returned images into the map is the renderer's job.
 */
package org.jmapserv.wms.client;
