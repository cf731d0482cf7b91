package org.jmapserv.query.template;

/** A template that could not be read or processed, with MapServer's message (e.g. msReturnPage()'s). */
public final class TemplateException extends Exception {

    public TemplateException(String message) {
        super(message);
    }
}
