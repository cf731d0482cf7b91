package org.jmapserv.mapfile.parse;

import java.util.List;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;
import org.jmapserv.mapfile.SourcePosition;

/**
 * A token that remembers the chain of INCLUDE statements that led to its file, so that a diagnostic can name
 * both the included file and how it was reached. The chain list is shared by all tokens of one file.
 */
final class MapfileToken extends CommonToken {
    private static final long serialVersionUID = 1L;
    private final transient List<SourcePosition> includedFrom;
    private transient String upper;

    MapfileToken(Pair<TokenSource, CharStream> source, int type, int channel, int start, int stop,
            List<SourcePosition> includedFrom) {
        super(source, type, channel, start, stop);
        this.includedFrom = includedFrom;
    }

    /** A copy of {@code t} moved {@code columns} to the right, to point inside it (into an expression). */
    MapfileToken(MapfileToken t, int columns) {
        super(t);
        this.includedFrom = t.includedFrom;
        setCharPositionInLine(t.getCharPositionInLine() + columns);
    }

    /** The text in upper case, computed once: block readers look keywords up by it. */
    String upperText() {
        if (upper == null) {
            upper = getText().toUpperCase(java.util.Locale.ROOT);
        }
        return upper;
    }

    List<SourcePosition> includedFrom() {
        return includedFrom;
    }

    SourcePosition position() {
        return new SourcePosition(getInputStream().getSourceName(), getLine(), getCharPositionInLine() + 1);
    }
}
