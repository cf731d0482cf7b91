package org.jmapserv.data.postgis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.List;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Envelope;

/**
 * A database that is down, a wrong password, a missing table or column, an SQL error and a hung query each fail
 * the layer quickly with a message naming the layer, the function, the host and database, never the password.
 */
@ExtendWith(PostgisClusterExtension.class)
class FailsPostgisLayersClearlyTest {

    static PostgisTestLayers db;

    @BeforeAll
    static void setUp(PostgisCluster cluster) {
        db = new PostgisTestLayers(cluster);
    }

    private static String failure(LayerDef layer, long maxMillis) {
        long t0 = System.nanoTime();
        DataSourceException e = assertThrows(DataSourceException.class,
                () -> db.read(layer, new Envelope(-1000, 1000, -1000, 1000)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < maxMillis, "took " + ms + " ms: " + e.getMessage());
        assertTrue(e.getMessage().contains("layer '" + layer.name() + "'"), e.getMessage());
        assertFalse(e.getMessage().contains(db.cluster.password()), e.getMessage());
        assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
        return e.getMessage();
    }

    private String conn() {
        return db.cluster.connection();
    }

    @Test
    void databaseDown() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String m = failure(PostgisTestLayers.layer("down", LayerType.POLYGON, "host=127.0.0.1 port=" + port
                + " dbname=gis user=postgres password=s3cr3t connect_timeout=2", "geom from parcels").build(), 5000);
        assertTrue(m.startsWith("msPostGISLayerOpen(): Database connection failed"), m);
        assertTrue(m.contains("host=127.0.0.1 port=" + port + " dbname=gis"), m);
    }

    @Test
    void databaseDownWhilePooled() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        LayerDef.Builder b = PostgisTestLayers.layer("downpooled", LayerType.POLYGON, "host=127.0.0.1 port=" + port
                + " dbname=gis user=postgres password=s3cr3t connect_timeout=2", "geom from parcels");
        b.processing = List.of("CLOSE_CONNECTION=DEFER");
        String m = failure(b.build(), 5000);
        assertTrue(m.contains("Connection to 127.0.0.1:" + port + " refused"), m);
    }

    @Test
    void wrongPassword() {
        String m = failure(PostgisTestLayers.layer("badpw", LayerType.POLYGON, "host=127.0.0.1 port="
                + db.cluster.port() + " dbname=gis user=postgres password='s3cr3t' connect_timeout=3",
                "geom from parcels").build(), 5000);
        assertTrue(m.contains("password authentication failed for user \"postgres\""), m);
        assertTrue(m.contains("dbname=gis user=postgres"), m);
    }

    @Test
    void missingTableAndColumn() {
        String t = failure(PostgisTestLayers.layer("notable", LayerType.POLYGON, conn(), "geom from nosuch").build(),
                3000);
        assertTrue(t.contains("No primary key was found"), t);
        String t2 = failure(PostgisTestLayers.layer("notable2", LayerType.POLYGON, conn(),
                "geom from nosuch using unique id using srid=4326").build(), 3000);
        assertTrue(t2.contains("relation \"nosuch\" does not exist"), t2);
        String g = failure(PostgisTestLayers.layer("nogeom", LayerType.POLYGON, conn(), "the_geom from parcels")
                .build(), 3000);
        assertTrue(g.contains("couldn't find it.  Is it mis-capitalized? 'the_geom'"), g);
        LayerDef.Builder b = PostgisTestLayers.layer("nocol", LayerType.POLYGON, conn(), "geom from parcels");
        b.filter = PostgisTestLayers.logical("[nosuchcolumn] > 3");
        String c = failure(b.build(), 3000);
        assertTrue(c.contains("msPostGISLayerWhichShapes()") && c.contains("column \"nosuchcolumn\" does not exist"), c);
    }

    @Test
    void sqlErrorInNativeFilterAndBareStringFilter() {
        LayerDef.Builder b = PostgisTestLayers.layer("badsql", LayerType.POLYGON, conn(), "geom from parcels");
        b.processing = List.of("NATIVE_FILTER=pop >>> 3");
        String m = failure(b.build(), 3000);
        assertTrue(m.contains("operator does not exist: integer >>> integer"), m);
        LayerDef.Builder s = PostgisTestLayers.layer("bare", LayerType.POLYGON, conn(), "geom from parcels");
        s.filter = org.jmapserv.mapfile.model.expr.ExpressionDef.string("where pop > 5", false);
        assertTrue(failure(s.build(), 3000).contains("NATIVE_FILTER"));
    }

    @Test
    void hungQueryHitsTheStatementTimeout() {
        String m = failure(PostgisTestLayers.layer("hung", LayerType.POLYGON, conn()
                + " options='-c statement_timeout=500'",
                "geom from (select *, pg_sleep(30) as z from parcels) as q using unique gid using srid=4326").build(),
                5000);
        assertTrue(m.contains("canceling statement due to statement timeout"), m);
    }
}
