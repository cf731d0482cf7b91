package org.jmapserv.mapfile.parse;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.MessageExcerpt;
import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.Diagnostic;
import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.SourcePosition;

/**
 * The diagnostics of one read, in the order found, capped at {@value #CAP} so that garbage input cannot produce
 * an unbounded report.
 */
final class Problems {
    static final int CAP = 20;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private boolean truncated;

    void at(Token token, String message) {
        if (token instanceof MapfileToken t) {
            add(new Diagnostic(t.position(), message, t.includedFrom()));
        } else {
            add(new Diagnostic(SourcePosition.NONE, message));
        }
    }

    void add(Diagnostic d) {
        if (diagnostics.size() < CAP) {
            String shortened = MessageExcerpt.shortenRuns(d.message());
            diagnostics.add(shortened.equals(d.message()) ? d
                    : new Diagnostic(d.position(), shortened, d.includedFrom()));
        } else {
            truncated = true;
        }
    }

    boolean any() {
        return !diagnostics.isEmpty();
    }

    boolean full() {
        return diagnostics.size() >= CAP;
    }

    /** Throws when anything was reported. */
    void throwIfAny() throws MapfileException {
        if (!diagnostics.isEmpty()) {
            List<Diagnostic> all = new ArrayList<>(diagnostics);
            if (truncated) {
                Diagnostic last = all.get(all.size() - 1);
                all.set(all.size() - 1, new Diagnostic(last.position(),
                        last.message() + " (further errors not shown: limit of " + CAP + " reached)",
                        last.includedFrom()));
            }
            throw new MapfileException(all);
        }
    }

    static String near(Token t) {
        return t.getType() == Token.EOF ? "end of file" : "(" + MessageExcerpt.of(t.getText()) + ")";
    }
}
