/**
 * Inline FEATURE data of a layer as a feature source. May import org.jmapserv.data, org.jmapserv.mapfile.model
 * and JTS.
 */
package org.jmapserv.data.inline;
