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

    /** Longest run without white space kept whole by {@link #shortenRuns} (long enough for real file paths). */
    public static final int MAX_RUN = 240;

    /**
     * {@code message} with every run of non-blank characters longer than {@link #MAX_RUN} cut to an excerpt: the
     * last line of defence for messages that quote a token, whichever code built them.
     */
    public static String shortenRuns(String message) {
        if (message == null || message.length() <= MAX_RUN) {
            return message;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = message.length();
        while (i < n) {
            int j = i;
            while (j < n && !Character.isWhitespace(message.charAt(j))) {
                j++;
            }
            if (j - i > MAX_RUN) {
                int keep = MAX;
                if (Character.isHighSurrogate(message.charAt(i + keep - 1))) {
                    keep--;
                }
                sb.append(message, i, i + keep).append("... (").append(j - i).append(" characters)");
            } else {
                sb.append(message, i, j);
            }
            int k = j;
            while (k < n && Character.isWhitespace(message.charAt(k))) {
                k++;
            }
            sb.append(message, j, k);
            i = k;
        }
        return sb.toString();
    }
}
