package org.jmapserv.data;

import java.util.List;

/**
 * The attribute values of one feature, all strings as MapServer items are. Implementations may decode
 * lazily, so a feature whose attributes are never looked at costs no string decoding.
 */
public interface AttributeRow {

    /** An empty row, for sources without attributes. */
    AttributeRow EMPTY = new AttributeRow() {
        @Override
        public List<String> names() {
            return List.of();
        }

        @Override
        public String value(int index) {
            throw new IndexOutOfBoundsException(index);
        }
    };

    /** The feature's own TEXT (shapeObj.text, set by inline FEATURE TEXT), or {@code null}. */
    default String shapeText() {
        return null;
    }

    /** Attribute names in source order. */
    List<String> names();

    /** The value of the attribute at {@code index} (0-based, source order). */
    String value(int index);

    /** The value of the named attribute (case-insensitive), or {@code null} when there is none. */
    default String value(String name) {
        List<String> names = names();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return value(i);
            }
        }
        return null;
    }

    /** All values in source order (decodes every field). */
    default List<String> values() {
        String[] out = new String[names().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = value(i);
        }
        return List.of(out);
    }
}
