package org.jmapserv.data.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.AttributeRow;
import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.ShapeGeometry;
import org.locationtech.jts.geom.Envelope;

/**
 * One PostGIS layer, open on one connection: msPostGISLayerWhichShapes / NextShape as a streaming JDBC cursor.
 * Items are the columns of the source the layer uses ({@link UsedItems}; all of them but the geometry when the
 * layer may be queried), as PostgreSQL writes them as text ({@code ::text}, exactly
 * what MapServer reads: {@code t}/{@code f} booleans, ISO dates, numerics with their scale); NULL is the empty
 * string. The shape index is the unique column's value. Rows are fetched in batches, never all at once.
 */
final class PostgisFeatureSource implements FeatureSource {

    private static final System.Logger LOG = System.getLogger(PostgisFeatureSource.class.getName());
    private static final int FETCH_SIZE = 10_000;
    /** Off ({@code -Djmapserv.postgis.prefetch=false}): rows are read on the drawing thread, to measure the gain. */
    private static boolean prefetch() {
        return !"false".equals(System.getProperty("jmapserv.postgis.prefetch"));
    }

    private final PostgisLayer layer;
    private final Connection connection;
    private final List<String> items;
    private Envelope bounds;

    PostgisFeatureSource(PostgisLayer layer, Connection connection) {
        this.layer = layer;
        this.connection = connection;
        this.items = readColumns();
    }

    private List<String> readColumns() {
        SqlFragment q = PostgisQuery.columns(layer.data(), layer.bindVals());
        try (PreparedStatement ps = prepare(q); ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> out = new ArrayList<>();
            boolean geom = false;
            boolean all = layer.used().all();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                String c = md.getColumnLabel(i);
                if (c.equals(layer.data().geometryColumn())) {
                    geom = true;
                } else if (all || layer.used().uses(c)) {
                    out.add(c);
                }
            }
            if (!geom) {
                throw layer.failure("msPostGISLayerGetItems()", "Tried to find the geometry column in the database, "
                        + "but couldn't find it.  Is it mis-capitalized? '" + layer.data().geometryColumn() + "'");
            }
            return List.copyOf(out);
        } catch (SQLException e) {
            throw layer.failure("msPostGISLayerGetItems()", "Error executing SQL", e);
        }
    }

    PreparedStatement prepare(SqlFragment q) throws SQLException {
        LOG.log(System.Logger.Level.DEBUG, () -> "layer '" + layer.name() + "' on " + layer.settings().describe()
                + ": " + q.sql());
        PreparedStatement ps = connection.prepareStatement(q.sql());
        ps.setQueryTimeout(layer.queryTimeoutSeconds());
        for (int i = 0; i < q.params().size(); i++) {
            Object p = q.params().get(i);
            if (p instanceof String s) {
                ps.setString(i + 1, s);
            } else {
                ps.setObject(i + 1, p);
            }
        }
        return ps;
    }

    @Override
    public List<String> attributeNames() {
        return items;
    }

    @Override
    public boolean filterApplied() {
        return layer.filterSql() != null;
    }

    @Override
    public Envelope bounds() {
        if (bounds == null) {
            SqlFragment q = layer.plainSource("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT "
                    + "ST_Extent(" + PostgisFilterTranslator.column(layer.data().geometryColumn()) + ") AS e FROM ",
                    ") x");
            try (PreparedStatement ps = prepare(q); ResultSet rs = ps.executeQuery()) {
                rs.next();
                bounds = rs.getObject(1) == null ? new Envelope()
                        : new Envelope(rs.getDouble(1), rs.getDouble(3), rs.getDouble(2), rs.getDouble(4));
            } catch (SQLException e) {
                throw layer.failure("msPostGISLayerGetExtent()", "Error executing SQL", e);
            }
        }
        return bounds;
    }

    @Override
    public long count() {
        SqlFragment q = layer.plainSource("SELECT count(*) FROM ", "");
        try (PreparedStatement ps = prepare(q); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw layer.failure("msPostGISLayerGetNumFeatures()", "Error executing SQL", e);
        }
    }

    @Override
    public FeatureCursor query(Envelope extent) {
        SqlFragment q = PostgisQuery.select(layer.data(), items, extent, layer.filterSql(), layer.nativeFilter(),
                layer.bindVals(), layer.force2d(), layer.maxFeatures());
        try {
            connection.setAutoCommit(false); // PostgreSQL streams a result in batches only inside a transaction
            PreparedStatement ps = prepare(q);
            ps.setFetchSize(FETCH_SIZE);
            Rows rows = new Rows(ps, ps.executeQuery());
            if (!prefetch()) {
                return new FeatureCursor() {
                    @Override
                    public Feature next() {
                        try {
                            return rows.read();
                        } catch (SQLException | WkbShapes.WkbException e) {
                            throw readFailure(e);
                        }
                    }

                    @Override
                    public void close() {
                        rows.close();
                    }
                };
            }
            return new PrefetchingCursor("jmapserv-postgis " + layer.name(), rows::read, rows::cancel, rows::close,
                    this::readFailure);
        } catch (SQLException e) {
            throw layer.failure("msPostGISLayerWhichShapes()", "Error executing query", e);
        }
    }

    @Override
    public void close() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            // the connection is going away anyway
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing left to release
        }
    }

    private RuntimeException readFailure(Throwable e) {
        if (e instanceof SQLException s) {
            return layer.failure("msPostGISLayerNextShape()", "Error reading the result", s);
        }
        if (e instanceof WkbShapes.WkbException w) {
            return layer.failure("msPostGISReadShape()", "Bad WKB (" + w.getMessage() + ")");
        }
        if (e instanceof InterruptedException) {
            return layer.failure("msPostGISLayerNextShape()", "Interrupted while reading the result");
        }
        if (e instanceof RuntimeException r) {
            return r;
        }
        return layer.failure("msPostGISLayerNextShape()", "Error reading the result", e);
    }

    /** Rows of one query, decoded one at a time (on the {@link PrefetchingCursor}'s reading thread). */
    private final class Rows {

        private final PreparedStatement statement;
        private final ResultSet rows;
        private final WkbShapes shapes;
        private long rownum;

        Rows(PreparedStatement statement, ResultSet rows) {
            this.statement = statement;
            this.rows = rows;
            this.shapes = new WkbShapes(layer.type());
        }

        Feature read() throws SQLException, WkbShapes.WkbException {
            while (rows.next()) {
                rownum++;
                byte[] wkb = rows.getBytes(items.size() + 1);
                ShapeGeometry shape = wkb == null ? null : shapes.read(wkb);
                if (shape == null) {
                    continue; // NULL/empty geometry or one this layer type cannot draw: MS_SHAPE_NULL, skipped
                }
                String[] values = new String[items.size()];
                for (int i = 0; i < values.length; i++) {
                    String v = rows.getString(i + 1);
                    values[i] = v == null ? "" : v;
                }
                return new Feature(index(rows.getString(items.size() + 2)), shape, new Row(items, values));
            }
            return null;
        }

        /** The unique column's value as MapServer's strtol reads it; non-numeric ids give the row number. */
        private long index(String uid) {
            if (uid != null) {
                try {
                    return Long.parseLong(uid.strip());
                } catch (NumberFormatException e) {
                    // fall through
                }
            }
            return rownum - 1;
        }

        void cancel() {
            try {
                statement.cancel();
            } catch (SQLException e) {
                // the reader stops at its next batch anyway
            }
        }

        void close() {
            try {
                rows.close();
                statement.close();
            } catch (SQLException e) {
                // released with the connection
            }
        }
    }

    private record Row(List<String> names, String[] vals) implements AttributeRow {
        @Override
        public String value(int index) {
            return vals[index];
        }
    }
}
