package org.jmapserv.mapfile.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.antlr.MapfileLexer;

/**
 * {@link MapfileLexer} without its quadratic cases. An {@code (} with no {@code )} later on its line (or a
 * {@code {} with no {@code }}, or a {@code [} with no {@code ]} anywhere after it) makes the generated lexer scan
 * to the end of the line (file) before falling back to a one-character token, once per such character: 40,000
 * unclosed parentheses on one line took 14 s. Here the fallback token is produced at once when the closing
 * character is known to be absent, which yields exactly the tokens the grammar would (flex, in maplexer.l, has the
 * same rules but a DFA that does not backtrack).
 */
final class LinearMapfileLexer extends MapfileLexer {

    private final String text;
    private final int lastBracket;
    private int lineEnd = -1;
    private int lastParen = -1;
    private int lastBrace = -1;

    LinearMapfileLexer(CharStream input, String text) {
        super(input);
        this.text = oneCharPerCodePoint(text);
        this.lastBracket = this.text.lastIndexOf(']');
    }

    @Override
    public Token nextToken() {
        skipBlanks();
        int c = _input.LA(1);
        if ((c == '(' || c == '{' || c == '[') && !closes(c, _input.index())) {
            _token = null;
            _channel = Token.DEFAULT_CHANNEL;
            _tokenStartCharIndex = _input.index();
            _tokenStartCharPositionInLine = getInterpreter().getCharPositionInLine();
            _tokenStartLine = getInterpreter().getLine();
            _text = null;
            _type = OTHER;
            getInterpreter().consume(_input);
            return emit();
        }
        return super.nextToken();
    }

    /** The WS rule's characters, skipped here so that the check above sees the next token's first character. */
    private void skipBlanks() {
        while (true) {
            int c = _input.LA(1);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return;
            }
            getInterpreter().consume(_input);
        }
    }

    private boolean closes(int open, int at) {
        if (open == '[') {
            return lastBracket > at;
        }
        if (at >= lineEnd) {
            int nl = text.indexOf('\n', at);
            lineEnd = nl < 0 ? text.length() : nl;
            lastParen = -1;
            lastBrace = -1;
            for (int i = lineEnd - 1; i > at && (lastParen < 0 || lastBrace < 0); i--) {
                char ch = text.charAt(i);
                if (ch == ')' && lastParen < 0) {
                    lastParen = i;
                } else if (ch == '}' && lastBrace < 0) {
                    lastBrace = i;
                }
            }
        }
        return (open == '(' ? lastParen : lastBrace) > at;
    }

    /** The char stream counts code points; give supplementary characters one placeholder char so indexes agree. */
    private static String oneCharPerCodePoint(String s) {
        if (s.codePointCount(0, s.length()) == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.append(Character.isSupplementaryCodePoint(cp) ? 'x' : (char) cp));
        return sb.toString();
    }
}
