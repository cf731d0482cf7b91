package org.jmapserv.mapfile.model.expr;

/**
 * An expression could not be evaluated for a feature: operands of the wrong type (MapServer's bison
 * parser fails on those at evaluation time), division by zero, an invalid regex, a function that is
 * not supported. The lenient methods of {@link ExpressionEvaluator} turn this into MapServer's fallback
 * result (false, no text, 0); the strict ones let it through so callers can report it.
 */
public class ExpressionEvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExpressionEvaluationException(String message) {
        super(message);
    }

    public ExpressionEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
