package org.jmapserv.mapfile.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.antlr.MapfileLexer;
import org.jmapserv.mapfile.model.KeywordTable;
import org.jmapserv.mapfile.model.TokenCodes;

/**
 * Decides, with the enclosing block in mind, which words open a block and which close one, by retyping WORD
 * tokens to BLOCK or END. This is the knowledge MapServer keeps in its nested load&lt;Block&gt;() calls (STYLE opens
 * a block in CLASS but is a value in SCALEBAR). Tokens after the root block's END are dropped: MapServer never
 * reads them. Nesting depth is bounded by the block hierarchy itself (a block's own keyword does not nest).
 */
final class BlockClassifier {
    private final Problems problems;

    BlockClassifier(Problems problems) {
        this.problems = problems;
    }

    /**
     * Retypes {@code tokens} in place and returns the tokens that belong to the root block, or null (after
     * reporting) when the first token is not {@code rootKeyword} or a block is never closed.
     */
    List<Token> classify(List<Token> tokens, String rootKeyword, String notThisKind) {
        int first = 0;
        if (!tokens.isEmpty() && tokens.get(0).getType() == MapfileLexer.BOM) {
            first = 1;
        }
        if (tokens.size() <= first || !tokens.get(first).getText().equalsIgnoreCase(rootKeyword)
                || tokens.get(first).getType() != MapfileLexer.WORD) {
            Token at = tokens.size() > first ? tokens.get(first) : null;
            String msg = "First token must be " + rootKeyword + ", this doesn't look like a " + notThisKind + ".";
            if (at == null) {
                problems.add(new org.jmapserv.mapfile.Diagnostic(org.jmapserv.mapfile.SourcePosition.NONE,
                        msg + " (the input is empty)"));
            } else {
                problems.at(at, msg + " Found " + Problems.near(at));
            }
            return null;
        }
        Deque<Token> open = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        int valueAt = -1;
        for (int i = first; i < tokens.size(); i++) {
            CommonToken t = (CommonToken) tokens.get(i);
            if (t.getType() == MapfileLexer.UNTERMINATED_STRING) {
                reportUnterminated(tokens, i);
                return null;
            }
            if (t.getType() == MapfileLexer.UNTERMINATED_COMMENT) {
                problems.at(t, "unterminated comment: the /* opened here is never closed by */");
                return null;
            }
            if (t.getType() != MapfileLexer.WORD) {
                continue;
            }
            String word = t.getText();
            if (i > first && i - 1 != valueAt && isValue(names.peek(), tokens.get(i - 1), word)) {
                valueAt = i;
                continue;
            }
            if (word.equalsIgnoreCase("end")) {
                t.setType(MapfileLexer.END);
                open.pop();
                names.pop();
                if (open.isEmpty()) {
                    return tokens.subList(0, i + 1);
                }
            } else if (open.isEmpty() || !KeywordTable.isValueBlock(names.peek())
                    && (KeywordTable.opensBlock(names.peek(), word)
                    || KeywordTable.opensLaterVersionBlock(names.peek(), word))) {
                t.setType(MapfileLexer.BLOCK);
                open.push(t);
                names.push(name(t));
            }
        }
        Token innermost = open.peek();
        Token last = tokens.get(tokens.size() - 1);
        problems.at(last, "Premature End-of-File: missing END for " + name(innermost) + " opened at "
                + ((MapfileToken) innermost).position() + (open.size() > 1 ? " (" + open.size()
                + " blocks are still open)" : ""));
        return null;
    }

    /**
     * A quote left open usually pairs with the next quote of the file, so the string that spans lines just before
     * the unclosed one is where the quote is really missing; point there when there is one.
     */
    private void reportUnterminated(List<Token> tokens, int at) {
        for (int j = at - 1; j >= 0; j--) {
            Token s = tokens.get(j);
            if (s.getType() == MapfileLexer.REGEX && s.getText().indexOf('\n') >= 0) {
                problems.at(s, "Parsing error near (" + s.getText().lines().findFirst().orElse("") + "...): this "
                        + "//... runs across lines as a /regex/ up to the next '/', as in MapServer's lexer, and "
                        + "swallows a quote; use # for comments");
                return;
            }
            if (s.getType() == MapfileLexer.STRING && s.getText().indexOf('\n') >= 0) {
                problems.at(s, "unterminated string: the string opened here runs on to line "
                        + (s.getLine() + (int) s.getText().chars().filter(c -> c == '\n').count())
                        + " and the last quote of the file is never closed; a closing quote is probably missing here");
                return;
            }
        }
        problems.at(tokens.get(at), "unterminated string: the quote opened here is never closed");
    }

    /**
     * Whether {@code word} is read as the value of the keyword before it rather than as a keyword: loadSymbol
     * swallows any token after ANTIALIAS (END and POINTS included), and in a LAYER, FILTER and UTFDATA take
     * BINDVALS and CONNECTIONOPTIONS as an expression and a regex (their codes are MS_EXPRESSION and MS_REGEX).
     */
    private static boolean isValue(String block, Token previous, String word) {
        if (previous.getType() != MapfileLexer.WORD) {
            return false;
        }
        String keyword = previous.getText();
        if ("SYMBOL".equals(block)) {
            return keyword.equalsIgnoreCase("antialias");
        }
        if ("LAYER".equals(block) && (keyword.equalsIgnoreCase("filter") || keyword.equalsIgnoreCase("utfdata"))) {
            int code = TokenCodes.of(word);
            return code == TokenCodes.MS_EXPRESSION || code == TokenCodes.MS_REGEX;
        }
        return false;
    }

    static String name(Token blockToken) {
        return blockToken.getText().toUpperCase(Locale.ROOT);
    }
}
