package org.jmapserv.mapfile;

/**
 * Cuts user-supplied text (a token, an expression, a path) to a short excerpt before it goes into a message, so
 * a 50 MB number is not echoed 50 MB long. MapServer's own messages are bounded by its fixed message buffer
 * (msSetError formats into MESSAGELENGTH bytes); this keeps ours short in the same spirit.
 */
public final class MessageExcerpt {

    /** Characters kept from a longer text; the rest is replaced by a count. */
    public static final int MAX = 80;

    private MessageExcerpt() {
    }

    /** {@code text} when short, else its first {@link #MAX} characters and "... (N characters)". */
    public static String of(String text) {
        if (text == null || text.length() <= MAX) {
            return text;
        }
        int end = MAX;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "... (" + text.length() + " characters)";
    }
}
