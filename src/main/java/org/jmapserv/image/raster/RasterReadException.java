package org.jmapserv.image.raster;

/** A raster file that cannot be opened or read; the message names the file and the cause, never a stack trace. */
public final class RasterReadException extends Exception {

    public RasterReadException(String message) {
        super(message);
    }

    public RasterReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
