package org.jmapserv.mapfile;

import java.util.List;

/**
 * One problem found while reading a mapfile: where, what, and the chain of INCLUDE positions that led
 * there (outermost first). Printed as {@code file:line:column: message}.
 */
public record Diagnostic(SourcePosition position, String message, List<SourcePosition> includedFrom) {

    public Diagnostic {
        includedFrom = List.copyOf(includedFrom);
    }

    public Diagnostic(SourcePosition position, String message) {
        this(position, message, List.of());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(position).append(": ").append(message);
        for (int i = includedFrom.size() - 1; i >= 0; i--) {
            sb.append(" (included from ").append(includedFrom.get(i)).append(')');
        }
        return sb.toString();
    }
}
