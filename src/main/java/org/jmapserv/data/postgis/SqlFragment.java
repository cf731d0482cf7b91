package org.jmapserv.data.postgis;

import java.util.List;

/** A piece of SQL with {@code ?} placeholders and the values bound to them, in order: values are never pasted. */
public record SqlFragment(String sql, List<Object> params) {

    public SqlFragment {
        params = List.copyOf(params);
    }
}
