package org.jmapserv.data.ogr;

import java.util.List;

import org.jmapserv.data.AttributeRow;

/** One feature's field values, already formatted as strings (null = unset, read as ""), with the field names. */
final class ValueRow implements AttributeRow {

    private final List<String> names;
    private final String[] fields;

    ValueRow(List<String> names, String[] fields) {
        this.names = names;
        this.fields = fields;
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public String value(int index) {
        String v = index < fields.length ? fields[index] : null;
        return v == null ? "" : v;
    }
}
