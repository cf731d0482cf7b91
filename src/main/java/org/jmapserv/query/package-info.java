/**
 * MapServer's query machinery (mapquery.c): queries by point, rectangle, attributes, shape, features of another
 * layer and index, run over the layers' features as {@link org.jmapserv.data.LayerSources} opens them, with
 * per-layer result sets ({@link org.jmapserv.query.QueryResults}, the resultcache). The template engine that
 * presents them lives in {@code org.jmapserv.query.template}.
 */
package org.jmapserv.query;
