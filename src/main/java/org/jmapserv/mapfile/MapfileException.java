package org.jmapserv.mapfile;

import java.util.List;

/** A mapfile (or config file, or symbol set) could not be loaded; carries every diagnostic, in source order. */
public class MapfileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public MapfileException(List<Diagnostic> diagnostics) {
        super(render(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public MapfileException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String render(List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(d);
        }
        return sb.toString();
    }
}
