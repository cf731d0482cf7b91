package org.jmapserv.mapfile.parse;

import org.antlr.v4.runtime.Token;

/**
 * Abandons the block being read after a problem has been reported (MapServer abandons the whole load; we go on
 * with the next sibling block to report more). Internal control flow only: never escapes the reader, carries no
 * stack trace.
 */
final class ReadError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Token token;

    ReadError(Token token, String message) {
        super(message, null, false, false);
        this.token = token;
    }

    Token token() {
        return token;
    }
}
