package org.jmapserv.data;

/**
 * A data source could not be opened or read: the message always names the file and the cause (missing
 * file, truncated at byte N, bad magic, record N runs past the end of the file, unsupported shape type).
 * Unchecked so that it can escape {@link FeatureCursor#next()}; callers that draw a layer catch it and
 * report the message against the layer, never a stack trace.
 */
public class DataSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataSourceException(String message) {
        super(message);
    }

    public DataSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
