/**
 * Draws {@code CONNECTIONTYPE WMS} layers: starts every GetMap of a draw at once through
 * {@link org.jmapserv.wms.client.WmsLayerFetcher}, then puts each image on the map grid in layer order
 * (mirrors msDrawWMSLayerLow + the raster path of msDrawLayer).
 * <p>May import: render, render.layer, render.raster, wms.client, http, geo, model.
 */
package org.jmapserv.render.wms;
