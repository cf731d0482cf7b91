package org.jmapserv.server.sld;

/** An SLD or filter that cannot be read or is not supported; the message names the element (msSLDApplySLD). */
public final class SldException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean complete;
    private final String code;

    public SldException(String message) {
        this(message, false);
    }

    /** {@code complete}: the message already names its MapServer function and must not be prefixed. */
    public SldException(String message, boolean complete) {
        this(message, complete, null);
    }

    /** A complete message with the OGC exception code MapServer reports it with. */
    public SldException(String message, boolean complete, String code) {
        super(message);
        this.complete = complete;
        this.code = code;
    }

    /** The code {@link #malformedFilter} marks its exceptions with. */
    static final String MALFORMED_FILTER = "MalformedFilter";

    /**
     * A filter FLTParseFilterEncoding cannot parse (a spatial operator without PropertyName, geometry or
     * Distance, an unknown GML geometry): the vendor FILTER answers it with msWMSApplyFilter's "Invalid or
     * Unsupported FILTER" (see {@link FilterParameter}).
     */
    static SldException malformedFilter(String message) {
        return new SldException(message, false, MALFORMED_FILTER);
    }

    /** The OGC exception code (InvalidParameterValue, ...), or null. */
    public String code() {
        return code;
    }

    /** Whether the message already names its MapServer function. */
    public boolean complete() {
        return complete;
    }

    /** The message as the exception report shows it. */
    public String report() {
        return complete ? getMessage() : "msSLDApplySLD(): SLD error. " + getMessage();
    }
}
