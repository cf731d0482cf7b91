/**
 * Prints a model back as a canonical mapfile ({@link org.jmapserv.mapfile.write.MapfileWriter}): two-space
 * indent, upper-case keywords, quoted strings, only values that differ from MapServer's defaults.
 * May import: {@code org.jmapserv.mapfile.model} (and its expr package).
 */
package org.jmapserv.mapfile.write;
