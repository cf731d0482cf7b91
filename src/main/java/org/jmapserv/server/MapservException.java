package org.jmapserv.server;

/**
 * A classic-mode failure, written as mapserv's HTML error page (msCGIWriteError). The message already carries
 * MapServer's "function(): Web application error." prefix and never contains a path or a secret. The status is
 * 403 for map-selection refusals, 400 for requests refused before any work, else 200 as mapserv keeps it.
 */
public final class MapservException extends Exception {

    private final int status;

    public MapservException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static MapservException refused(String message) {
        return new MapservException(403, message);
    }

    public static MapservException application(String function, String message) {
        return new MapservException(200, function + "(): Web application error. " + message);
    }

    /**
     * An internal failure (a bug, not bad input) as the client sees it: mapserv's wording, HTTP 500 and the
     * incident id under which the server log holds the stack trace.
     */
    public static MapservException internal(String incident) {
        return new MapservException(500, "msDrawMap(): Web application error. Internal error (incident " + incident
                + "); the server log has the details.");
    }

    public int status() {
        return status;
    }
}
