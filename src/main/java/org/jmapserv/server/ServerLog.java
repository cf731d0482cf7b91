package org.jmapserv.server;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server's own log (java.util.logging, logger {@code org.jmapserv.server}; stderr unless configured): each
 * internal error with its stack trace, which the client never sees (it gets mapserv's short message), and each
 * remote layer skipped during a draw. Plays the part of MapServer's msDebug/MS_ERRORFILE for the endpoint.
 */
public final class ServerLog {

    private static final Logger LOG = Logger.getLogger("org.jmapserv.server");

    /**
     * An unexpected failure while {@code doing}: logged with its stack trace under a fresh incident id, which is
     * returned so that the client's answer can quote it (the trace itself never leaves the log).
     */
    public String internalError(String doing, Throwable e) {
        String incident = String.format(java.util.Locale.ROOT, "%08x",
                java.util.concurrent.ThreadLocalRandom.current().nextInt());
        LOG.log(Level.SEVERE, "internal error (incident " + incident + ") while " + doing, e);
        return incident;
    }

    /** A warning about one request (a skipped remote layer: layer, host and cause, secrets already masked). */
    public void warning(String message) {
        LOG.warning(message);
    }
}
