package org.jmapserv.mapfile.parse.expr;

import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
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
        Machinery m = MACHINERY.get();
        m.lexer.setInputStream(CharStreams.fromString(textBetweenParens));
        CommonTokenStream tokens = m.tokens;
        tokens.setTokenSource(m.lexer);
        tokens.fill();
        checkNesting(tokens.getTokens());
        try {
            return new AstBuilder().visit(parse(m.parser, tokens).expr());
        } catch (SyntaxErrorListener.Abort abort) {
            throw abort.error;
        } catch (StackOverflowError e) {
            // Safety net only: checkNesting keeps real input far below the stack limit.
            throw new ExpressionSyntaxException(1, "expression is nested too deeply");
        }
    }

    /**
     * Two-stage prediction: SLL without error reporting first, which is enough for every valid expression
     * of this grammar and far cheaper than full LL; only input SLL rejects is parsed again with full LL and the
     * error listener, so that errors are reported exactly as a plain LL parse reports them.
     */
    private static MapExpressionParser.ParseContext parse(MapExpressionParser parser, CommonTokenStream tokens) {
        parser.setTokenStream(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(BAIL);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return parser.parse();
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.addErrorListener(new SyntaxErrorListener());
            return parser.parse();
        }
    }

    private static final BailErrorStrategy BAIL = new BailErrorStrategy();

    /**
     * One lexer and parser per thread, re-pointed at each expression: building them (and their ATN simulators)
     * cost more than parsing a typical expression. Their DFA caches are static and shared anyway.
     */
    private static final ThreadLocal<Machinery> MACHINERY = ThreadLocal.withInitial(Machinery::new);

    private static final class Machinery {
        final MapExpressionLexer lexer = new MapExpressionLexer(null);
        final CommonTokenStream tokens = new CommonTokenStream(lexer);
        final MapExpressionParser parser = new MapExpressionParser(null);

        Machinery() {
            lexer.removeErrorListeners();
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
