package org.jmapserv.server;

/**
 * A WMS server error with its OGC exception code (null for none, as MapServer leaves it off for several
 * errors, e.g. an out-of-range image size). Written by {@link WmsExceptionReport}.
 */
public class WmsException extends Exception {

    private final String code;

    public WmsException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** "msWMSLoadGetMapParams(): WMS server error. " + detail. */
    public static WmsException getMap(String code, String detail) {
        return new WmsException(code, "msWMSLoadGetMapParams(): WMS server error. " + detail);
    }

    public String code() {
        return code;
    }
}
