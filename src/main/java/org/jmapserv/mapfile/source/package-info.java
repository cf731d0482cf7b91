/**
 * How the mapfile reader gets at file contents: {@link org.jmapserv.mapfile.source.SourceLoader} is the only way
 * the parser reads INCLUDEd files, symbol sets and config files, so tests and the servlet can serve files from
 * memory. {@link org.jmapserv.mapfile.source.FileSourceLoader} is the only class here that opens files.
 * May import: {@code org.jmapserv.mapfile} and java.base.
 */
package org.jmapserv.mapfile.source;
