package org.jmapserv.mapfile.parse.expr;

import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.expr.antlr.MapExpressionLexer;
import org.jmapserv.mapfile.expr.antlr.MapExpressionParser;
import org.jmapserv.mapfile.model.expr.Expr;

/**
 * Parses the text between the parentheses of a mapfile {@code (expression)} value, the job that
 * msTokenizeExpression (mapfile.c) and yyparse (mapparser.y) share in MapServer. Syntax is checked
 * here, once, when the mapfile is loaded; operand types are checked at evaluation, as MapServer does.
 */
public final class ExpressionParser {

    /** Deepest nesting of parentheses accepted; deeper input is refused before ANTLR recurses on it. */
    public static final int MAX_DEPTH = 200;

    private ExpressionParser() {
    }

    /**
     * The tree of {@code textBetweenParens}. Blank text gives {@code true}: MapServer treats an empty
     * expression as always true (msEvalExpression).
     */
    public static Expr parseLogical(String textBetweenParens) throws ExpressionSyntaxException {
        if (textBetweenParens.isBlank()) {
            return new Expr.BooleanLiteral(true);
        }
        MapExpressionLexer lexer = new MapExpressionLexer(CharStreams.fromString(textBetweenParens));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        checkNesting(tokens.getTokens());
        MapExpressionParser parser = new MapExpressionParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(new SyntaxErrorListener());
        try {
            return new AstBuilder().visit(parser.parse().expr());
        } catch (SyntaxErrorListener.Abort abort) {
            throw abort.error;
        } catch (StackOverflowError e) {
            // Safety net only: checkNesting keeps real input far below the stack limit.
            throw new ExpressionSyntaxException(1, "expression is nested too deeply");
        }
    }

    /**
     * Refuses nesting that would make the recursive-descent parser, the tree builder or the evaluator
     * recurse too deeply: parentheses, and runs of prefix or right-associative operators.
     */
    private static void checkNesting(List<Token> tokens) throws ExpressionSyntaxException {
        int depth = 0;
        int prefixRun = 0;
        int powers = 0;
        for (Token t : tokens) {
            switch (t.getType()) {
                case MapExpressionLexer.LPAREN -> depth++;
                case MapExpressionLexer.RPAREN -> depth = Math.max(0, depth - 1);
                case MapExpressionLexer.CARET -> powers++;
                default -> { }
            }
            boolean prefix = t.getType() == MapExpressionLexer.NOT || t.getType() == MapExpressionLexer.MINUS;
            prefixRun = prefix ? prefixRun + 1 : 0;
            if (depth + prefixRun + powers > MAX_DEPTH) {
                throw new ExpressionSyntaxException(t.getStartIndex() + 1,
                        "expression is nested more than " + MAX_DEPTH + " levels deep");
            }
        }
    }
}
