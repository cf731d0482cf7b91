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
        Values v = new Values(block);
        List<Token> tokens = v.remainingTokens();
        List<Metadata.Entry> entries = new ArrayList<>(into.entries());
        for (int i = 0; i < tokens.size(); i += 2) {
            String key = Values.stringOf(tokens.get(i));
            if (key == null) {
                throw v.fail(tokens.get(i), v.blockName() + " expects \"key\" \"value\" pairs");
            }
            if (i + 1 >= tokens.size()) {
                throw new ReadError(tokens.get(i), "Parsing error near (" + key + "): " + v.blockName() + " key \""
                        + key + "\" has no value before END");
            }
            String value = Values.stringOf(tokens.get(i + 1));
            if (value == null) {
                throw v.fail(tokens.get(i + 1), v.blockName() + " value for \"" + key + "\" must be a string");
            }
            entries.add(new Metadata.Entry(key, value));
        }
        return Metadata.of(entries);
    }
}
