package org.jmapserv.mapfile.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.jmapserv.mapfile.antlr.MapfileParser;

/**
 * Runs the ANTLR block parser over classified tokens: SLL prediction, no error recovery (a recovering parser would
 * invent or drop tokens and then report nonsense), problems reported with file:line:column.
 */
final class BlockTreeParser {
    private final Problems problems;

    BlockTreeParser(Problems problems) {
        this.problems = problems;
    }

    /** The root block, or null after reporting. */
    MapfileParser.BlockContext parse(List<Token> tokens) {
        List<Token> withEof = new ArrayList<>(tokens.size() + 1);
        withEof.addAll(tokens);
        Token last = tokens.get(tokens.size() - 1);
        MapfileToken eof = new MapfileTokenFactory(((MapfileToken) last).includedFrom()).create(Token.EOF, "<EOF>");
        eof.setLine(last.getLine());
        eof.setCharPositionInLine(last.getCharPositionInLine() + last.getText().length());
        withEof.add(eof);
        MapfileParser parser = new MapfileParser(new CommonTokenStream(new ListTokenSource(withEof)));
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> r, Object offending, int line, int col, String msg,
                    RecognitionException e) {
                problems.at((Token) offending, "Parsing error near " + Problems.near((Token) offending) + ": " + msg);
            }
        });
        try {
            return parser.mapfile().block();
        } catch (ParseCancellationException e) {
            Token at = e.getCause() instanceof RecognitionException re && re.getOffendingToken() != null
                    ? re.getOffendingToken() : parser.getCurrentToken();
            problems.at(at, "Parsing error near " + Problems.near(at) + ": unexpected here");
            return null;
        }
    }
}
