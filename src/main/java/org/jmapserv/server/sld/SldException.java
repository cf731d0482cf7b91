package org.jmapserv.server.sld;

/** An SLD or filter that cannot be read or is not supported; the message names the element (msSLDApplySLD). */
public final class SldException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean complete;

    public SldException(String message) {
        this(message, false);
    }

    /** {@code complete}: the message already names its MapServer function and must not be prefixed. */
    public SldException(String message, boolean complete) {
        super(message);
        this.complete = complete;
    }

    /** The message as the exception report shows it. */
    public String report() {
        return complete ? getMessage() : "msSLDApplySLD(): SLD error. " + getMessage();
    }
}
