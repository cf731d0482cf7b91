/**
 * Command-line tools (picocli), thin shells over the library: they turn results into output and exit codes and
 * never show a stack trace. May import everything.
 */
package org.jmapserv.cli;
