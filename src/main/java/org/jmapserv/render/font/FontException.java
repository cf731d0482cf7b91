package org.jmapserv.render.font;

/** A font could not be found or loaded; the message names the font alias, the fontset and the file. */
public class FontException extends Exception {

    private static final long serialVersionUID = 1L;

    public FontException(String message) {
        super(message);
    }
}
