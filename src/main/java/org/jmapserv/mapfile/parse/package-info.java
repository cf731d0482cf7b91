/**
 * Reads mapfiles, symbol sets and config files into the model: {@link org.jmapserv.mapfile.parse.MapfileReader}
 * is the entry point. Tokens come from the ANTLR lexer (grammar/org/jmapserv/mapfile/antlr), INCLUDE is expanded
 * at token level so that every token keeps its own file, a classifier decides which words open blocks, the ANTLR
 * parser builds the block tree, and one small reader per block fills the model builders, applying MapServer's
 * value checks. Every instance is used for one read only; nothing here holds static mutable state.
 * May import: {@code org.jmapserv.mapfile.*}, the ANTLR runtime and the generated parser.
 */
package org.jmapserv.mapfile.parse;
