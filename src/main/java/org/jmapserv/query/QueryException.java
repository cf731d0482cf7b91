package org.jmapserv.query;

/**
 * A query that could not run, with MapServer's message ("msQueryByIndex(): Query error. ..."), never a path
 * with credentials or a stack trace.
 */
public final class QueryException extends Exception {

    public QueryException(String message) {
        super(message);
    }
}
