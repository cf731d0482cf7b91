package org.jmapserv.render.output;

/** An output format that cannot be selected, validated or written; the message names the format. */
public class OutputFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutputFormatException(String message) {
        super(message);
    }

    public OutputFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
