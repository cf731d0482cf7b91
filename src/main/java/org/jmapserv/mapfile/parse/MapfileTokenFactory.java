package org.jmapserv.mapfile.parse;

import java.util.List;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;
import org.jmapserv.mapfile.SourcePosition;

/** Makes {@link MapfileToken}s for one source file, all sharing that file's include chain. Not thread-safe. */
final class MapfileTokenFactory implements TokenFactory<MapfileToken> {
    private final List<SourcePosition> includedFrom;
    private static final int SHARED_SLOTS = 4096;
    private static final int SHARED_MAX_LENGTH = 24;
    private final String[] shared = new String[SHARED_SLOTS];
    private CharStream lastStream;
    private String lastText;

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
        t.setText(text != null ? text : text(source.b, start, stop));
        return t;
    }

    /**
     * The token's text. When the lexed string holds no surrogate pairs, code point indexes are char indexes and
     * a substring of it is the text, without the Interval that CharStream.getText needs for every token.
     */
    private String text(CharStream chars, int start, int stop) {
        if (chars != lastStream) {
            lastStream = chars;
            String all = chars.getText(org.antlr.v4.runtime.misc.Interval.of(0, chars.size() - 1));
            lastText = all.length() == chars.size() ? all : null;
        }
        if (lastText == null) {
            return chars.getText(org.antlr.v4.runtime.misc.Interval.of(start, stop));
        }
        return stop - start < SHARED_MAX_LENGTH ? shared(start, stop + 1) : lastText.substring(start, stop + 1);
    }

    /**
     * One String per distinct short text: keywords, END, small numbers and common values repeat thousands of times
     * in a large mapfile, and every token keeps its text for the whole read. A direct-mapped cache found by
     * hashing the characters in place, so a repeated text allocates nothing.
     */
    private String shared(int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + lastText.charAt(i);
        }
        int slot = (h ^ (h >>> 16)) & (SHARED_SLOTS - 1);
        String cached = shared[slot];
        if (cached != null && cached.length() == end - start && lastText.regionMatches(start, cached, 0, end - start)) {
            return cached;
        }
        String text = lastText.substring(start, end);
        shared[slot] = text;
        return text;
    }

    @Override
    public MapfileToken create(int type, String text) {
        MapfileToken t = new MapfileToken(new Pair<>(null, null), type, MapfileToken.DEFAULT_CHANNEL, -1, -1,
                includedFrom);
        t.setText(text);
        return t;
    }
}
