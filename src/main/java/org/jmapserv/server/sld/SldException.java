package org.jmapserv.server.sld;

/** An SLD or filter that cannot be read or is not supported; the message names the element (msSLDApplySLD). */
public final class SldException extends Exception {
    private static final long serialVersionUID = 1L;

    public SldException(String message) {
        super(message);
    }
}
