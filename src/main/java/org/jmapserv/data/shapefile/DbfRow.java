package org.jmapserv.data.shapefile;

import java.util.List;
import org.jmapserv.data.AttributeRow;

/** One .dbf record as an {@link AttributeRow}: fields are decoded on first access and cached. */
final class DbfRow implements AttributeRow {

    private final DbfReader dbf;
    private final int record;
    private String[] cache;

    DbfRow(DbfReader dbf, int record) {
        this.dbf = dbf;
        this.record = record;
    }

    @Override
    public List<String> names() {
        return dbf.fieldNames();
    }

    @Override
    public String value(int index) {
        if (cache == null) {
            cache = new String[dbf.fields().size()];
        }
        String v = cache[index];
        if (v == null) {
            v = dbf.value(record, index);
            cache[index] = v;
        }
        return v;
    }

    @Override
    public String toString() {
        return "DbfRow[" + record + "]";
    }
}
