package org.jmapserv.mapfile.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.Metadata;

/**
 * Reads METADATA, VALIDATION, CONNECTIONOPTIONS, BINDVALS, SCALETOKEN VALUES and the config file's sections:
 * {@code "key" "value"} pairs up to END (mirrors loadHashTable, mapfile.c). A later duplicate key replaces the
 * earlier value.
 */
final class HashReader {
    private HashReader() {
    }

    static Metadata read(MapfileParser.BlockContext block, Metadata into) {
        return read(block, into, false);
    }

    /**
     * {@code bareWordsAreStrings}: the config file's lexer state (CONFIG_FILE in maplexer.l) knows no keywords, so
     * an unquoted {@code WMS} or {@code SIMPLE} is a string there, as MapServer 8.0's mapserv accepts it as a MAPS
     * alias.
     */
    static Metadata read(MapfileParser.BlockContext block, Metadata into, boolean bareWordsAreStrings) {
        Values v = new Values(block);
        List<Token> tokens = v.remainingTokens();
        List<Metadata.Entry> entries = new ArrayList<>(into.entries());
        for (int i = 0; i < tokens.size(); i += 2) {
            String key = text(tokens.get(i), bareWordsAreStrings);
            if (key == null) {
                throw v.fail(tokens.get(i), v.blockName() + " expects \"key\" \"value\" pairs");
            }
            if (i + 1 >= tokens.size()) {
                throw new ReadError(tokens.get(i), "Parsing error near (" + key + "): " + v.blockName() + " key \""
                        + key + "\" has no value before END");
            }
            String value = text(tokens.get(i + 1), bareWordsAreStrings);
            if (value == null) {
                throw v.fail(tokens.get(i + 1), v.blockName() + " value for \"" + key + "\" must be a string");
            }
            entries.add(new Metadata.Entry(key, value));
        }
        return Metadata.of(entries);
    }

    private static String text(Token t, boolean bareWordsAreStrings) {
        if (bareWordsAreStrings && t.getType() == org.jmapserv.mapfile.antlr.MapfileLexer.WORD) {
            return t.getText();
        }
        return Values.stringOf(t);
    }
}
