/**
 * SLD and OGC filter support for the WMS server (mapogcsld.cpp, mapogcfilter.cpp): SLD_BODY documents and the
 * vendor FILTER parameter translated into CLASS, STYLE and FILTER definitions on per-request layer copies.
 */
package org.jmapserv.server.sld;
