package org.jmapserv.geo;

/** A PROJECTION that cannot be understood or a reprojection that failed; the message names the offending text. */
public class ProjectionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProjectionException(String message) {
        super(message);
    }

    public ProjectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
