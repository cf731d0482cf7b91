package org.jmapserv.mapfile.parse;

import java.util.List;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.antlr.MapfileLexer;
import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.KeywordTable;
import org.jmapserv.mapfile.model.TokenCodes;
import org.jmapserv.mapfile.model.expr.ExpressionDef;

/**
 * A cursor over one block's items that pulls a keyword's values the way mapfile.c's getString(), getDouble(),
 * getInteger(), getSymbol() and loadColor() do, with their checks, and fails with a message naming the offending
 * token, the keyword and what was expected.
 */
final class Values {
    private final MapfileParser.BlockContext block;
    /** The block's children between its keyword and END: nested BlockContexts and value TerminalNodes. */
    private final List<ParseTree> items;
    private final String blockName;
    private int next;
    private Token keyword;
    private String keywordUpper;
    private MapfileParser.BlockContext keywordBlock;

    Values(MapfileParser.BlockContext block) {
        this.block = block;
        this.items = items(block);
        this.blockName = BlockClassifier.name(block.BLOCK().getSymbol());
    }

    String blockName() {
        return blockName;
    }

    Token opening() {
        return block.BLOCK().getSymbol();
    }

    SourcePosition position() {
        return ((MapfileToken) opening()).position();
    }

    /** Where {@code block} opened, without walking its items. */
    static SourcePosition positionOf(MapfileParser.BlockContext block) {
        return ((MapfileToken) block.BLOCK().getSymbol()).position();
    }

    /** The items of {@code block}: its children without the opening keyword and END. */
    static List<ParseTree> items(MapfileParser.BlockContext block) {
        return block.children.subList(1, block.children.size() - 1);
    }

    /** The value token of an item, or null when the item is a nested block. */
    static Token valueToken(ParseTree item) {
        return item instanceof TerminalNode n ? n.getSymbol() : null;
    }

    /** The token that starts an item: a value, or the keyword that opens a nested block. */
    static Token startToken(ParseTree item) {
        return item instanceof TerminalNode n ? n.getSymbol() : ((MapfileParser.BlockContext) item).BLOCK().getSymbol();
    }

    /** Moves to the next keyword; false at the block's END. */
    boolean advance() {
        if (next >= items.size()) {
            return false;
        }
        ParseTree item = items.get(next++);
        keywordBlock = item instanceof MapfileParser.BlockContext b ? b : null;
        keyword = startToken(item);
        keywordUpper = ((MapfileToken) keyword).upperText();
        return true;
    }

    Token keywordToken() {
        return keyword;
    }

    String keyword() {
        return keywordUpper;
    }

    /** The block the current keyword opened, or null when it is an attribute. */
    MapfileParser.BlockContext nestedBlock() {
        return keywordBlock;
    }

    ReadError fail(Token at, String what) {
        return new ReadError(at, "Parsing error near " + Problems.near(at) + ": " + what);
    }

    /** The next value token; fails at END or at a nested block. */
    Token token(String expected) {
        if (next >= items.size()) {
            throw new ReadError(keyword, "Parsing error near (END): " + keyword() + " expects " + expected
                    + " but the " + blockName + " block ends");
        }
        Token value = valueToken(items.get(next));
        if (value == null) {
            Token b = startToken(items.get(next));
            throw new ReadError(keyword, "Parsing error near (" + b.getText() + "): " + keyword() + " expects "
                    + expected + ", found the block " + b.getText());
        }
        next++;
        return value;
    }

    /** Type of the next value token, or -1 when the block ends or a nested block follows. */
    int peekType() {
        Token value = next < items.size() ? valueToken(items.get(next)) : null;
        return value == null ? -1 : value.getType();
    }

    /** The lexer code of the next token when it is a word, else {@link TokenCodes#NONE}. */
    int peekCode() {
        return peekType() == MapfileLexer.WORD ? TokenCodes.of(valueToken(items.get(next)).getText())
                : TokenCodes.NONE;
    }

    /** getString(): a quoted string, or an unquoted word that maplexer.l does not lex as a keyword. */
    String string() {
        Token t = token("a string");
        String s = stringOf(t);
        if (s == null) {
            throw fail(t, keyword() + " expects a string" + keywordAdvice(t));
        }
        return s;
    }

    static String stringOf(Token t) {
        if (t.getType() == MapfileLexer.STRING) {
            return QuotedString.value(t.getText());
        }
        if (t.getType() == MapfileLexer.WORD && !KeywordTable.isLexerKeyword(t.getText())) {
            return t.getText();
        }
        return null;
    }

    private static String keywordAdvice(Token t) {
        return t.getType() == MapfileLexer.WORD ? " (" + t.getText() + " is a MapServer keyword; quote it)" : "";
    }

    /** getToken(): any token, as text (IMAGETYPE, OUTPUTFORMAT NAME). */
    String anyText() {
        Token t = token("a value");
        return t.getType() == MapfileLexer.STRING ? QuotedString.value(t.getText()) : t.getText();
    }

    double number(Range range) {
        Token t = token("a number");
        if (t.getType() != MapfileLexer.NUMBER) {
            throw fail(t, keyword() + " expects a number");
        }
        double v = atof(t.getText());
        if (!range.accepts(v)) {
            throw fail(t, keyword() + " must be " + range.describe());
        }
        return v;
    }

    double number() {
        return number(Range.ANY);
    }

    /** getInteger(): the number truncated towards zero, then checked. */
    int integer(Range range) {
        Token t = token("an integer");
        if (t.getType() != MapfileLexer.NUMBER) {
            throw fail(t, keyword() + " expects an integer");
        }
        int v = (int) atof(t.getText());
        if (!range.accepts(v)) {
            throw fail(t, keyword() + " must be " + range.describe());
        }
        return v;
    }

    int integer() {
        return integer(Range.ANY);
    }

    /** getSymbol(): one of the listed keywords (or a word sharing its token code), returned in upper case. */
    String symbol(String... allowed) {
        return symbol(Choices.of(allowed));
    }

    /** getSymbol(): the name of the choice whose code the next word lexes to. */
    String symbol(Choices choices) {
        Token t = token("one of " + choices.describe());
        if (t.getType() == MapfileLexer.WORD) {
            String name = choices.match(t.getText());
            if (name != null) {
                return name;
            }
        }
        throw fail(t, keyword() + " expects one of " + choices.describe());
    }

    /** Consumes the next token when it is the keyword {@code word}; true when it did. */
    boolean symbolIfNext(String word) {
        Token value = next < items.size() ? valueToken(items.get(next)) : null;
        if (value != null && value.getType() == MapfileLexer.WORD && value.getText().equalsIgnoreCase(word)) {
            next++;
            return true;
        }
        return false;
    }

    private static final Choices ON_OFF = Choices.of("ON", "OFF");
    private static final Choices TRUE_FALSE = Choices.of("TRUE", "FALSE");

    boolean onOff() {
        return symbol(ON_OFF).equals("ON");
    }

    boolean trueFalse() {
        return symbol(TRUE_FALSE).equals("TRUE");
    }

    /** The attribute name when the next token is an [attribute] binding (consumed), else null. */
    String bindingOrNull() {
        if (peekType() != MapfileLexer.BINDING) {
            return null;
        }
        String text = token("a binding").getText();
        return text.substring(1, text.length() - 1);
    }

    /** The next token as an expression (loadExpression). */
    ExpressionDef expression() {
        Token t = token("an expression: a string, (expression), /regex/ or {list}");
        ExpressionDef e = ExpressionReader.read(t);
        if (e == null) {
            throw fail(t, keyword() + " expects a string, (expression), /regex/ or {list}");
        }
        return e;
    }

    /** loadColor(): R G B (each -255..255; negative = unset) or "#rrggbb" / "#rrggbbaa". */
    Color color() {
        if (peekType() == MapfileLexer.STRING) {
            Token t = token("a colour");
            return hexColor(t, QuotedString.value(t.getText()));
        }
        if (peekType() == MapfileLexer.WORD) {
            Token t = token("a colour");
            throw fail(t, keyword() + " expects a colour: R G B or \"#rrggbb\"");
        }
        int r = integer(Range.between(-255, 255));
        int g = integer(Range.between(-255, 255));
        int b = integer(Range.between(-255, 255));
        return Color.rgb(r, g, b);
    }

    private Color hexColor(Token t, String s) {
        if (s.length() != 7 && s.length() != 9 || s.charAt(0) != '#') {
            throw new ReadError(t, "Invalid hex color (" + s + "): " + keyword()
                    + " expects \"#rrggbb\" or \"#rrggbbaa\"");
        }
        try {
            int r = Integer.parseInt(s.substring(1, 3), 16);
            int g = Integer.parseInt(s.substring(3, 5), 16);
            int b = Integer.parseInt(s.substring(5, 7), 16);
            int a = s.length() == 9 ? Integer.parseInt(s.substring(7, 9), 16) : 255;
            return new Color(r, g, b, a);
        } catch (NumberFormatException e) {
            throw new ReadError(t, "Invalid hex color (" + s + "): not hexadecimal digits");
        }
    }

    /** C's atof over a token the lexer already checked: "." and "-." are 0. */
    static double atof(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Every remaining value token up to END (for value blocks such as PROJECTION or POINTS). */
    List<Token> remainingTokens() {
        List<Token> out = new java.util.ArrayList<>();
        while (next < items.size()) {
            ParseTree item = items.get(next++);
            Token value = valueToken(item);
            if (value == null) {
                throw fail(startToken(item), blockName + " expects values up to END");
            }
            out.add(value);
        }
        return out;
    }

    static Token tokenOf(ParseTree tree) {
        return tree instanceof TerminalNode n ? n.getSymbol() : null;
    }
}
