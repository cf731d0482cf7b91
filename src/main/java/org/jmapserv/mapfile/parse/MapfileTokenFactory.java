package org.jmapserv.mapfile.parse;

import java.util.List;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;
import org.jmapserv.mapfile.SourcePosition;

/** Makes {@link MapfileToken}s for one source file, all sharing that file's include chain. */
final class MapfileTokenFactory implements TokenFactory<MapfileToken> {
    private final List<SourcePosition> includedFrom;

    MapfileTokenFactory(List<SourcePosition> includedFrom) {
        this.includedFrom = List.copyOf(includedFrom);
    }

    @Override
    public MapfileToken create(Pair<TokenSource, CharStream> source, int type, String text, int channel,
            int start, int stop, int line, int charPositionInLine) {
        MapfileToken t = new MapfileToken(source, type, channel, start, stop, includedFrom);
        t.setLine(line);
        t.setCharPositionInLine(charPositionInLine);
        // cache the text once: readers look at it several times and CommonToken would copy it out each time
        t.setText(text != null ? text : source.b.getText(org.antlr.v4.runtime.misc.Interval.of(start, stop)));
        return t;
    }

    @Override
    public MapfileToken create(int type, String text) {
        MapfileToken t = new MapfileToken(new Pair<>(null, null), type, MapfileToken.DEFAULT_CHANNEL, -1, -1,
                includedFrom);
        t.setText(text);
        return t;
    }
}
