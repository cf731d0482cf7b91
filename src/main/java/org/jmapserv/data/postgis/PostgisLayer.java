package org.jmapserv.data.postgis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.Metadata;

/**
 * What one PostGIS layer needs to query, resolved once per draw (the layerinfo of msPostGISLayerOpen): its
 * connection settings, parsed DATA (with the unique column filled in), the FILTER as SQL when it translates, the
 * {@code NATIVE_FILTER}, {@code FORCE2D} and {@code CLOSE_CONNECTION} processing options. {@link #failure} builds
 * the layer's error messages: they name the database ({@link PgConnectionSettings#describe()}) and never the
 * password, even when the driver's message would quote it.
 */
record PostgisLayer(String name, LayerType type, PgConnectionSettings settings, PostgisData data,
                    SqlFragment filterSql, String nativeFilter, boolean force2d, boolean deferClose, int maxFeatures,
                    int queryTimeoutSeconds, UsedItems used, Metadata bindVals) {

    /** Seconds a layer's query may run when the CONNECTION sets no statement_timeout of its own. */
    static final int DEFAULT_QUERY_TIMEOUT = Integer.getInteger("jmapserv.postgis.queryTimeout", 60);

    static String processing(LayerDef layer, String key) {
        for (String p : layer.processing()) {
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase(key)) {
                return p.substring(eq + 1);
            }
        }
        return null;
    }

    static boolean defers(LayerDef layer) {
        String v = processing(layer, "CLOSE_CONNECTION");
        return v != null && v.strip().toUpperCase(Locale.ROOT).equals("DEFER");
    }

    PostgisLayer withData(PostgisData d) {
        return new PostgisLayer(name, type, settings, d, filterSql, nativeFilter, force2d, deferClose, maxFeatures,
                queryTimeoutSeconds, used, bindVals);
    }

    /** The source without !BOX! (its table name instead), for count and extent, as MapServer does. */
    SqlFragment plainSource(String before, String after) {
        List<Object> params = new ArrayList<>();
        String from = data.hasBoxToken() ? data.tableName() : UserSql.bind(data.fromSource(), bindVals, params);
        return new SqlFragment(before + from + after, params);
    }

    DataSourceException failure(String function, String message) {
        return new DataSourceException(function + ": " + mask(message) + " (layer '" + name + "', "
                + settings.describe() + ")");
    }

    DataSourceException failure(String function, String message, Throwable cause) {
        return new DataSourceException(function + ": " + mask(message + ": " + causeText(cause)) + " (layer '"
                + name + "', " + settings.describe() + ")");
    }

    private static String causeText(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c && (c.getMessage() == null
                || c.getMessage().contains("Connection is not available"))) {
            c = c.getCause();
        }
        String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
        return m.replace('\n', ' ').strip();
    }

    private String mask(String message) {
        String m = ConnInfo.mask(message);
        String pw = settings.password();
        return pw == null || pw.isEmpty() ? m : m.replace(pw, "***");
    }
}
