/**
 * What both sides of OWS share, as MapServer keeps {@code mapows.c} apart from {@code mapwms.cpp} (server) and
 * {@code mapwmslayer.c} (client): metadata lookup with the {@code wms_}/{@code ows_} namespace fallback
 * (msOWSLookupMetadata), and the helpers both the WMS client and the WMS server use.
 * <p>May import: org.jmapserv.mapfile.model only.
 */
package org.jmapserv.ows;
