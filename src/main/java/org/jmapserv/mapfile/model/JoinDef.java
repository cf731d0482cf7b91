package org.jmapserv.mapfile.model;

import org.jmapserv.mapfile.SourcePosition;

/**
 * A LAYER JOIN block (joinObj). TABLE, FROM and TO are required by MapServer.
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record JoinDef(
        String name,
        String table,
        String from,
        String to,
        String type,
        String template,
        String header,
        String footer,
        String connection,
        String connectionType,
        SourcePosition source) {

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.table = table;
        b.from = from;
        b.to = to;
        b.type = type;
        b.template = template;
        b.header = header;
        b.footer = footer;
        b.connection = connection;
        b.connectionType = connectionType;
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public String name = null;
        public String table = null;
        public String from = null;
        public String to = null;
        public String type = "ONE-TO-ONE";
        public String template = null;
        public String header = null;
        public String footer = null;
        public String connection = null;
        public String connectionType = null;
        public SourcePosition source = SourcePosition.NONE;

        public JoinDef build() {
            return new JoinDef(
                    name, table, from, to, type, template, header, footer, connection,
                    connectionType, source);
        }
    }
}
