package org.jmapserv.data.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.nio.file.Path;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.LayerSourceFactory;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;

/**
 * Opens {@code CONNECTIONTYPE POSTGIS} layers, as msPostGISLayerOpen + msPostGISParseData: resolve CONNECTION like
 * libpq ({@link PgConnectionSettings}), connect (pooled with {@code CLOSE_CONNECTION=DEFER}, see
 * {@link PostgisConnections}), parse DATA, find the primary key when DATA names no {@code using unique} column,
 * translate the FILTER ({@link PostgisFilterTranslator}). One instance is shared by every renderer of the process
 * ({@link #shared()}) so that its pools are shared across requests. Thread-safe.
 */
public final class PostgisLayerSource implements LayerSourceFactory {

    private static final PostgisLayerSource SHARED = new PostgisLayerSource(new PostgisConnections(), System.getenv(),
            Path.of(System.getProperty("user.home")));

    private final PostgisConnections connections;
    private final Map<String, String> environment;
    private final Path home;

    /**
     * @param environment the {@code PG*} variables (and PGSERVICEFILE, PGPASSFILE, PGSYSCONFDIR) to resolve with
     * @param home where {@code .pgpass} and {@code .pg_service.conf} are looked for
     */
    public PostgisLayerSource(PostgisConnections connections, Map<String, String> environment, Path home) {
        this.connections = connections;
        this.environment = Map.copyOf(environment);
        this.home = home;
    }

    /** The process-wide instance (process environment, shared pools). */
    public static PostgisLayerSource shared() {
        return SHARED;
    }

    public PostgisConnections connections() {
        return connections;
    }

    @Override
    public FeatureSource open(MapDef map, LayerDef def) {
        PostgisLayer layer = configure(def);
        Connection c;
        try {
            c = connections.open(layer.settings(), layer.deferClose());
        } catch (SQLException e) {
            throw layer.failure("msPostGISLayerOpen()", "Database connection failed", e);
        }
        try {
            if (layer.data().uniqueColumn() == null) {
                layer = layer.withData(withPrimaryKey(layer, c));
            }
            return new PostgisFeatureSource(layer, c);
        } catch (RuntimeException e) {
            close(c);
            throw e;
        }
    }

    private PostgisLayer configure(LayerDef def) {
        if (def.connection() == null || def.connection().isBlank()) {
            throw new DataSourceException("msPostGISLayerOpen(): Missing CONNECTION keyword (layer '" + def.name()
                    + "').");
        }
        PgConnectionSettings settings;
        try {
            settings = PgConnectionSettings.resolve(def.connection(), environment, home);
        } catch (IllegalArgumentException e) {
            throw new DataSourceException("msPostGISLayerOpen(): Invalid CONNECTION '"
                    + ConnInfo.mask(def.connection()) + "': " + e.getMessage() + " (layer '" + def.name() + "')");
        }
        PostgisData data;
        try {
            data = PostgisData.parse(def.data());
        } catch (IllegalArgumentException e) {
            throw new DataSourceException("msPostGISParseData(): " + e.getMessage() + " (layer '" + def.name()
                    + "', " + settings.describe() + ")");
        }
        if (PostgisFilterTranslator.isBareString(def.filter(), def.filterItem())) {
            throw new DataSourceException("msPostGISLayerTranslateFilter(): FILTER " + def.filter().mapfileSpelling()
                    + " is a plain string without FILTERITEM: MapServer 8 does not pass it to PostgreSQL as SQL (it "
                    + "sends an empty condition and the query fails). Write a MapServer expression, FILTER (...), or "
                    + "put SQL in PROCESSING \"NATIVE_FILTER=...\" (layer '" + def.name() + "')");
        }
        SqlFragment filter = PostgisFilterTranslator.translate(def.filter(), def.filterItem()).orElse(null);
        String force2d = PostgisLayer.processing(def, "FORCE2D");
        return new PostgisLayer(def.name(), def.type(), settings, data, filter,
                PostgisLayer.processing(def, "NATIVE_FILTER"), force2d != null && force2d.strip().equalsIgnoreCase("yes"),
                PostgisLayer.defers(def), def.maxFeatures(), PostgisLayer.DEFAULT_QUERY_TIMEOUT, UsedItems.of(def), def.bindVals());
    }

    /** msPostGISRetrievePK: the table's one-column primary key; subqueries must say {@code using unique}. */
    private static PostgisData withPrimaryKey(PostgisLayer layer, Connection c) {
        PostgisData d = layer.data();
        if (d.isSubquery()) {
            throw layer.failure("msPostGISParseData()", "Error parsing PostGIS DATA variable.  You must specify "
                    + "'using unique' when supplying a subselect in the data definition.");
        }
        String sql = "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
                + " AND a.attnum = i.indkey[0] WHERE i.indisprimary AND i.indnatts = 1 AND i.indrelid = to_regclass(?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setQueryTimeout(layer.queryTimeoutSeconds());
            ps.setString(1, d.fromSource());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw layer.failure("msPostGISParseData()", "Error parsing PostGIS DATA variable. No primary key "
                            + "was found. You must specify 'using unique'. (no table '" + d.fromSource()
                            + "' with a one-column primary key)");
                }
                return new PostgisData(d.geometryColumn(), d.fromSource(), rs.getString(1), d.srid());
            }
        } catch (SQLException e) {
            throw layer.failure("msPostGISRetrievePK()", "Error executing SQL", e);
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // nothing left to release
        }
    }

}
