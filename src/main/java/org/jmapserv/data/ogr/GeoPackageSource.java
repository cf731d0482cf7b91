package org.jmapserv.data.ogr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.ShapeGeometry;
import org.locationtech.jts.geom.Envelope;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;

/**
 * One layer of a GeoPackage, read through SQLite itself (sqlite-jdbc), as GDAL's GPKG driver serves it to
 * msOGRLayerWhichShapes / NextShape: a feature table queried through its {@code rtree_<table>_<column>} spatial
 * index when there is one, or an SQL SELECT run by SQLite (filtered by the header envelopes of its geometries).
 * The integer primary key is the FID, the other non-geometry columns are the attributes. A native filter (SQL) is
 * ANDed into the WHERE clause. Read-only; a query and the reading of its rows have a time limit, enforced by an
 * SQLite progress handler.
 */
final class GeoPackageSource implements FeatureSource {

    /** Seconds any one statement may run before SQLite interrupts it (a hung or runaway SQL DATA). */
    static final int QUERY_TIMEOUT_SECONDS = 30;
    /** The limit in force; tests lower it so that a runaway query is cut quickly. */
    static volatile int queryTimeoutSeconds = QUERY_TIMEOUT_SECONDS;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final OgrOpenRequest req;
    private final Connection db;
    private final String table;
    private final String geomColumn;
    private final String fidColumn;
    private final String rtree;
    private final List<String> names;
    private final String select;
    private List<String> projection = List.of();
    private final QueryClock clock;

    private GeoPackageSource(OgrOpenRequest req, Connection db, QueryClock clock, String table, String geomColumn, String fidColumn,
                             String rtree, List<String> names, String select) {
        this.req = req;
        this.db = db;
        this.clock = clock;
        this.table = table;
        this.geomColumn = geomColumn;
        this.fidColumn = fidColumn;
        this.rtree = rtree;
        this.names = List.copyOf(names);
        this.select = select;
    }

    /** Starts the time limit of one statement and the reading of its rows (a hung or runaway SQL). */
    private void startClock() {
        clock.start();
    }

    private String timeoutNote(SQLException e) {
        return clock.note(e);
    }

    /** The time limit of the connection's current statement, enforced by an SQLite progress handler. */
    private static final class QueryClock extends ProgressHandler {
        private volatile long deadline = Long.MAX_VALUE;

        static QueryClock install(Connection db) throws SQLException {
            QueryClock c = new QueryClock();
            ProgressHandler.setHandler(db, 10_000, c);
            c.start();
            return c;
        }

        void start() {
            deadline = System.nanoTime() + queryTimeoutSeconds * 1_000_000_000L;
        }

        @Override
        protected int progress() {
            return System.nanoTime() > deadline ? 1 : 0;
        }

        String note(SQLException e) {
            return System.nanoTime() > deadline ? "interrupted after the " + queryTimeoutSeconds + " s time limit ("
                    + sqliteMessage(e) + ")" : sqliteMessage(e);
        }
    }

    static GeoPackageSource open(OgrOpenRequest req) {
        Path file = req.file();
        checkSqliteHeader(req);
        Connection db = null;
        try {
            SQLiteConfig cfg = new SQLiteConfig();
            cfg.setReadOnly(true);
            cfg.setBusyTimeout(queryTimeoutSeconds * 1000);
            Properties p = cfg.toProperties();
            db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
            QueryClock clock = QueryClock.install(db);
            List<String[]> layers = layers(db);
            GeoPackageSource src = req.ref().isSql() ? openSql(req, db, clock, layers)
                    : openTable(req, db, clock, layers);
            return src;
        } catch (SQLException e) {
            closeQuietly(db);
            throw OgrErrors.openFailed(req, "Not a readable GeoPackage: " + sqliteMessage(e));
        } catch (RuntimeException e) {
            closeQuietly(db);
            throw e;
        }
    }

    private static void checkSqliteHeader(OgrOpenRequest req) {
        byte[] head = new byte[16];
        try (InputStream in = Files.newInputStream(req.file())) {
            int n = in.readNBytes(head, 0, 16);
            if (n < 16 || !java.util.Arrays.equals(head, SQLITE_MAGIC)) {
                throw OgrErrors.openFailed(req, "Not a GeoPackage: the file is not an SQLite database");
            }
        } catch (IOException e) {
            throw OgrErrors.openFailed(req, "Cannot read the file: " + e.getMessage());
        }
    }

    /**
     * {table, geometry column or null, "init=epsg:N" or null} for each layer, in GDAL's order (gpkg_contents
     * order); the CRS when gpkg_spatial_ref_sys gives it an EPSG code.
     */
    private static List<String[]> layers(Connection db) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT c.table_name, g.column_name, s.organization, "
                    + "s.organization_coordsys_id FROM gpkg_contents c "
                    + "LEFT JOIN gpkg_geometry_columns g ON lower(g.table_name) = lower(c.table_name) "
                    + "LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id "
                    + "WHERE c.data_type IN ('features', 'attributes') ORDER BY c.rowid")) {
                while (rs.next()) {
                    String org = rs.getString(3);
                    int code = rs.getInt(4);
                    String crs = org != null && org.equalsIgnoreCase("EPSG") && code > 0 ? "init=epsg:" + code : null;
                    out.add(new String[] {rs.getString(1), rs.getString(2), crs});
                }
            }
        }
        return out;
    }

    @Override
    public List<String> autoProjection() {
        return projection;
    }

    private static GeoPackageSource openTable(OgrOpenRequest req, Connection db, QueryClock clock, List<String[]> layers)
            throws SQLException {
        String[] layer = null;
        OgrLayerRef ref = req.ref();
        if (ref.name() != null) {
            for (String[] l : layers) {
                if (l[0].equals(ref.name())) {
                    layer = l;
                }
            }
            for (String[] l : layers) {
                if (layer == null && l[0].equalsIgnoreCase(ref.name())) {
                    layer = l;
                }
            }
            if (layer == null) {
                throw OgrErrors.noLayer(req, "No layer named '" + ref.name() + "' in the GeoPackage (layers: "
                        + layerNames(layers) + ")");
            }
        } else if (ref.index() >= 0 && ref.index() < layers.size()) {
            layer = layers.get(ref.index());
        } else {
            throw OgrErrors.noLayer(req, "The GeoPackage has " + layers.size() + " layers (" + layerNames(layers) + ")");
        }
        String table = layer[0];
        String geom = layer[1];
        String fid = null;
        List<String> names = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
            while (rs.next()) {
                String col = rs.getString("name");
                boolean pk = rs.getInt("pk") == 1;
                String type = String.valueOf(rs.getString("type")).toUpperCase(Locale.ROOT);
                if (pk && type.startsWith("INT") && fid == null) {
                    fid = col;
                } else if (!col.equalsIgnoreCase(geom == null ? "" : geom)) {
                    names.add(col);
                }
            }
        }
        String rtree = null;
        if (geom != null) {
            String rt = "rtree_" + table + "_" + geom;
            try (PreparedStatement ps = db.prepareStatement(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
                ps.setString(1, rt);
                try (ResultSet rs = ps.executeQuery()) {
                    rtree = rs.next() ? rt : null;
                }
            }
        }
        StringBuilder sel = new StringBuilder("SELECT ").append(fid == null ? "rowid" : quote(fid));
        for (String n : names) {
            sel.append(", ").append(quote(n));
        }
        sel.append(", ").append(geom == null ? "NULL" : quote(geom)).append(" FROM ").append(quote(table));
        GeoPackageSource src = new GeoPackageSource(req, db, clock, table, geom, fid == null ? "rowid" : fid, rtree, names,
                sel.toString());
        src.projection = layer[2] == null ? List.of() : List.of(layer[2]);
        src.check();
        return src;
    }

    private static GeoPackageSource openSql(OgrOpenRequest req, Connection db, QueryClock clock, List<String[]> layers) {
        String sql = req.ref().sql().trim();
        if (sql.endsWith(";")) {
            sql = sql.substring(0, sql.length() - 1);
        }
        List<String> geomNames = new ArrayList<>();
        List<String> crsOfGeom = new ArrayList<>();
        for (String[] l : layers) {
            if (l[1] != null) {
                geomNames.add(l[1]);
                crsOfGeom.add(l[2]);
            }
        }
        String select = "SELECT * FROM (" + sql + ")";
        try (PreparedStatement ps = db.prepareStatement(select + " LIMIT 0")) {
            ps.setQueryTimeout(queryTimeoutSeconds);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                String geom = null;
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String c = md.getColumnLabel(i);
                    if (geom == null && geomNames.stream().anyMatch(c::equalsIgnoreCase)) {
                        geom = c;
                    } else {
                        names.add(c);
                    }
                }
                if (geom == null) {
                    throw OgrErrors.sqlFailed(req, "the SELECT returns no geometry column (one of "
                            + geomNames + ")");
                }
                StringBuilder sel = new StringBuilder("SELECT NULL");
                for (String n : names) {
                    sel.append(", ").append(quote(n));
                }
                sel.append(", ").append(quote(geom)).append(" FROM (").append(sql).append(")");
                GeoPackageSource src = new GeoPackageSource(req, db, clock, null, geom, null, null, names, sel.toString());
                String g = geom;
                java.util.Set<String> crs = new java.util.HashSet<>();
                for (int i = 0; i < geomNames.size(); i++) {
                    if (geomNames.get(i).equalsIgnoreCase(g)) {
                        crs.add(String.valueOf(crsOfGeom.get(i)));
                    }
                }
                // the SELECT's CRS is known when every table with that geometry column name agrees on it
                src.projection = crs.size() == 1 && !crs.contains("null") ? List.of(crs.iterator().next()) : List.of();
                src.check();
                return src;
            }
        } catch (SQLException e) {
            throw OgrErrors.sqlFailed(req, clock.note(e));
        }
    }

    /** Prepares the full query once so that a bad NATIVE_FILTER fails at open, naming the layer. */
    private void check() {
        startClock();
        try (PreparedStatement ps = db.prepareStatement(sql(false) + " LIMIT 0")) {
            ps.executeQuery().close();
        } catch (SQLException e) {
            throw req.nativeFilter() != null
                    ? OgrErrors.sqlFailed(req, "NATIVE_FILTER \"" + req.nativeFilter() + "\": " + timeoutNote(e))
                    : OgrErrors.sqlFailed(req, timeoutNote(e));
        }
    }

    private String sql(boolean spatial) {
        StringBuilder sb = new StringBuilder(select);
        List<String> where = new ArrayList<>();
        if (spatial) {
            where.add(quote(fidColumn) + " IN (SELECT id FROM " + quote(rtree)
                    + " WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?)");
        }
        if (req.nativeFilter() != null) {
            where.add("(" + req.nativeFilter() + ")");
        }
        if (!where.isEmpty()) {
            sb.append(" WHERE ").append(String.join(" AND ", where));
        }
        return sb.toString();
    }

    static String quote(String ident) {
        return "\"" + ident.replace("\"", "\"\"") + "\"";
    }

    private static String layerNames(List<String[]> layers) {
        List<String> n = new ArrayList<>();
        layers.forEach(l -> n.add(l[0]));
        return String.join(", ", n);
    }

    static String sqliteMessage(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing left to release
            }
        }
    }

    @Override
    public List<String> attributeNames() {
        return names;
    }

    @Override
    public Envelope bounds() {
        Envelope e = new Envelope();
        if (rtree != null) {
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT min(minx), max(maxx), min(miny), max(maxy) FROM " + quote(rtree))) {
                if (rs.next() && rs.getObject(1) != null) {
                    return new Envelope(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4));
                }
                return e;
            } catch (SQLException ex) {
                throw OgrErrors.readFailed(req.layerName(), req.file(), sqliteMessage(ex));
            }
        }
        try (FeatureCursor c = query(null)) {
            for (Feature f = c.next(); f != null; f = c.next()) {
                e.expandToInclude(f.shape().envelope());
            }
        }
        return e;
    }

    @Override
    public FeatureCursor query(Envelope extent) {
        boolean spatial = extent != null && rtree != null;
        startClock();
        try {
            PreparedStatement ps = db.prepareStatement(sql(spatial));
            ps.setQueryTimeout(queryTimeoutSeconds);
            if (spatial) {
                ps.setDouble(1, extent.getMaxX());
                ps.setDouble(2, extent.getMinX());
                ps.setDouble(3, extent.getMaxY());
                ps.setDouble(4, extent.getMinY());
            }
            return new Cursor(ps, ps.executeQuery(), extent);
        } catch (SQLException e) {
            throw OgrErrors.readFailed(req.layerName(), req.file(), timeoutNote(e));
        }
    }

    @Override
    public long count() {
        String from = table != null ? quote(table) : "(" + select + ")";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + from)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw OgrErrors.readFailed(req.layerName(), req.file(), sqliteMessage(e));
        }
    }

    @Override
    public void close() {
        closeQuietly(db);
    }

    /** Streams rows, skipping null/empty geometries and those whose envelope misses the extent. */
    private final class Cursor implements FeatureCursor {
        private final PreparedStatement ps;
        private final ResultSet rs;
        private final Envelope extent;
        private final GpkgGeometry decoder = new GpkgGeometry();
        private final int geomIndex = names.size() + 2;
        private long row;

        Cursor(PreparedStatement ps, ResultSet rs, Envelope extent) {
            this.ps = ps;
            this.rs = rs;
            this.extent = extent;
        }

        @Override
        public Feature next() {
            try {
                while (rs.next()) {
                    long r = row++;
                    byte[] blob = rs.getBytes(geomIndex);
                    if (blob == null) {
                        continue;
                    }
                    if (extent != null) {
                        Envelope h = GpkgGeometry.headerEnvelope(blob);
                        if (h != null && !extent.intersects(h)) {
                            continue;
                        }
                    }
                    ShapeGeometry shape;
                    try {
                        shape = decoder.decode(blob);
                    } catch (IllegalArgumentException e) {
                        throw OgrErrors.readFailed(req.layerName(), req.file(), "feature " + r + ": " + e.getMessage());
                    }
                    if (shape == null || (extent != null && !extent.intersects(shape.envelope()))) {
                        continue;
                    }
                    Object fid = rs.getObject(1);
                    String[] values = new String[names.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = OgrValues.of(rs.getObject(i + 2));
                    }
                    long index = fid instanceof Number n ? n.longValue() : r;
                    return new Feature(index, shape, new ValueRow(names, values));
                }
                return null;
            } catch (SQLException e) {
                throw OgrErrors.readFailed(req.layerName(), req.file(), timeoutNote(e));
            }
        }

        @Override
        public void close() {
            try {
                rs.close();
                ps.close();
            } catch (SQLException ignored) {
                // the connection closes with the source
            }
        }
    }
}
