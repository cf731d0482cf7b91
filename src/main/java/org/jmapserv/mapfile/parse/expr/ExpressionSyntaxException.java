package org.jmapserv.mapfile.parse.expr;

/**
 * The text of a logical expression is not valid. {@link #column()} is 1-based within the text that was
 * given to {@link ExpressionParser#parseLogical}; the mapfile parser adds the expression token's own
 * position. The message reads like MapServer's ("Parsing error near ...") plus what was expected.
 */
public class ExpressionSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int column;
    private final String reason;

    public ExpressionSyntaxException(int column, String reason) {
        super("column " + column + ": " + reason);
        this.column = column;
        this.reason = reason;
    }

    /** 1-based column within the expression text. */
    public int column() {
        return column;
    }

    /** The message without the column, e.g. {@code expected an operand, found ')'}. */
    public String reason() {
        return reason;
    }
}
