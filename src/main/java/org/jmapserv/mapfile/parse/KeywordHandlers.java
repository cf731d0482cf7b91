package org.jmapserv.mapfile.parse;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.KeywordTable;
import org.jmapserv.mapfile.model.TokenCodes;

/**
 * The keywords one block accepts and how each reads its values into the block's builder: the switch of a
 * MapServer load&lt;Block&gt;() function as data, so that "unknown keyword; expected one of" comes from the same table.
 * Immutable once built; shared by all reads.
 */
final class KeywordHandlers<B> {

    /** Reads one keyword's values into the builder. */
    interface Handler<B> {
        void read(Values v, B builder, ReadSession session);
    }

    private final String block;
    private final Map<String, Handler<B>> handlers = new LinkedHashMap<>();

    KeywordHandlers(String block) {
        this.block = block;
    }

    KeywordHandlers<B> on(String keyword, Handler<B> h) {
        handlers.put(keyword, h);
        return this;
    }

    /** An old spelling MapServer still accepts (MINSCALE for MINSCALEDENOM). */
    KeywordHandlers<B> alias(String alias, String keyword) {
        handlers.put(alias, handlers.get(keyword));
        return this;
    }

    Set<String> keywords() {
        return handlers.keySet();
    }

    /**
     * Reads every keyword of {@code ctx} into {@code builder}. A problem is reported and the rest of the block is
     * skipped, as MapServer stops at the first error; reading then goes on with the enclosing block.
     * @return false when the block had an error
     */
    boolean read(MapfileParser.BlockContext ctx, B builder, ReadSession session) {
        Values v = new Values(ctx);
        try {
            while (v.advance()) {
                Handler<B> h = handlers.get(v.keyword());
                if (h == null && v.nestedBlock() == null) {
                    h = sameCode(v.keyword());
                }
                if (h == null) {
                    if (v.keyword().equals(block) && v.nestedBlock() == null) {
                        continue; // every loader accepts and ignores its own keyword (msUpdate*FromString)
                    }
                    throw unknown(v);
                }
                h.read(v, builder, session);
            }
            return true;
        } catch (ReadError e) {
            session.problems().at(e.token(), e.getMessage());
            return false;
        }
    }

    /**
     * The handler of the keyword that lexes to the same code as {@code word}: load&lt;Block&gt;() switches on the
     * code, so FORCE reaches POSTLABELCACHE's case (both 1098) and SVG reaches COLOR's (MS_SYMBOL_SVG = COLOR =
     * 1006). Null when there is none.
     */
    private Handler<B> sameCode(String word) {
        int code = TokenCodes.of(word);
        if (code == TokenCodes.NONE) {
            return null;
        }
        for (Map.Entry<String, Handler<B>> e : handlers.entrySet()) {
            if (TokenCodes.of(e.getKey()) == code) {
                return e.getValue();
            }
        }
        return null;
    }

    private ReadError unknown(Values v) {
        Token t = v.keywordToken();
        String word = v.keyword();
        String hint = KeywordTable.removedHint(block, word);
        String why = hint != null ? "unknown keyword in " + block + ": " + hint
                : "unknown keyword in " + block + "; expected one of " + String.join(", ", closest(word));
        return new ReadError(t, "Parsing error near " + Problems.near(t) + ": " + why);
    }

    /** Longest prefix of an unknown word compared with keywords; no keyword is nearly this long. */
    static final int MAX_COMPARED = 40;

    /**
     * A short list: the five known keywords closest in spelling. Each distance is computed once per keyword (not
     * once per comparison of the sort), on at most {@link #MAX_COMPARED} characters of the word, so a 400k
     * character word costs no more than a long keyword.
     */
    private List<String> closest(String word) {
        String w = word.length() > MAX_COMPARED ? word.substring(0, MAX_COMPARED) : word;
        Map<String, Integer> d = new java.util.HashMap<>();
        for (String k : handlers.keySet()) {
            d.put(k, distance(w, k));
        }
        return handlers.keySet().stream()
                .sorted(Comparator.comparingInt((String k) -> d.get(k)).thenComparing(k -> k))
                .limit(5).toList();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
