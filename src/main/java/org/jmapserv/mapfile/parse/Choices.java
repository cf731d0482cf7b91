package org.jmapserv.mapfile.parse;

import java.util.Arrays;

import org.jmapserv.mapfile.model.TokenCodes;

/**
 * The MapServer constants one getSymbol() call accepts (mapfile.c), each with the name our model uses and its
 * integer code. A word is accepted when the code the lexer gives it equals one of these codes, which is how 8.0
 * compares: {@code UNITS ON} is FEET because MS_ON = MS_FEET = 1. Constants that no word spells themselves
 * (MS_GRATICULE, MS_DB_XBASE, MS_DB_ORACLE) are added with {@link #plus}, so the words sharing their code reach
 * them. Immutable.
 */
record Choices(String[] names, int[] codes) {

    /** Lexer words accepted as themselves (and, through their codes, every word that shares a code). */
    static Choices of(String... words) {
        int[] codes = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            codes[i] = TokenCodes.of(words[i]);
            if (codes[i] == TokenCodes.NONE) {
                throw new IllegalArgumentException(words[i] + " is not a MapServer lexer word");
            }
        }
        return new Choices(words, codes);
    }

    /** These choices and the constant {@code name} = {@code code}, which no word spells itself. */
    Choices plus(String name, int code) {
        String[] n = Arrays.copyOf(names, names.length + 1);
        int[] c = Arrays.copyOf(codes, codes.length + 1);
        n[names.length] = name;
        c[codes.length] = code;
        return new Choices(n, c);
    }

    /** The name of the choice {@code word} lexes to, or null when MapServer 8.0 rejects it here. */
    String match(String word) {
        int code = TokenCodes.of(word);
        if (code == TokenCodes.NONE) {
            return null;
        }
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == code) {
                return names[i];
            }
        }
        return null;
    }

    /** The words for a message, without the constants that have no word. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (TokenCodes.of(n) != TokenCodes.NONE) {
                sb.append(sb.length() == 0 ? "" : ", ").append(n);
            }
        }
        return sb.toString();
    }
}
