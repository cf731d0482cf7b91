package org.jmapserv.render;

/**
 * A map could not be drawn; the message reads like MapServer's error chain
 * ({@code msDrawMap(): Failed to draw layer named 'roads'. ... cannot open /x/roads.shp}) and names the layer
 * and file at fault. Checked, so callers (CLI, servlet) must turn it into an exit code or error response.
 */
public class RenderException extends Exception {

    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
