package org.jmapserv.data.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.Feature;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Envelope;

/**
 * {@code host=/path/to/socket/dir}, as libpq reads it: the layer connects to {@code <dir>/.s.PGSQL.<port>} of the
 * throwaway cluster (which also listens there), with and without the shared pool; a directory without a server
 * fails the layer with the socket named and the password masked.
 */
@ExtendWith(PostgisClusterExtension.class)
class ConnectsThroughUnixSocketsTest {

    static PostgisTestLayers db;
    static PostgisCluster cluster;

    @BeforeAll
    static void setUp(PostgisCluster c) {
        cluster = c;
        db = new PostgisTestLayers(c);
    }

    private static final Envelope ALL = new Envelope(-1000, 1000, -1000, 1000);

    @Test
    void drawsAPostgisLayerThroughTheSocketDirectory() {
        String conn = "host=" + cluster.socketDir() + " port=" + cluster.port() + " dbname=gis user=postgres";
        List<Feature> f = db.read(PostgisTestLayers.layer("p", LayerType.POLYGON, conn, "geom from parcels").build(), ALL);
        assertEquals(97, f.size());
        LayerDef.Builder pooled = PostgisTestLayers.layer("p", LayerType.POLYGON, "host='" + cluster.socketDir()
                + "' port=" + cluster.port() + " dbname=gis user=postgres sslmode=require", "geom from parcels");
        pooled.processing.add("CLOSE_CONNECTION=DEFER");
        assertEquals(97, db.read(pooled.build(), ALL).size(), "pooled, and sslmode is ignored on a socket as in libpq");
    }

    @Test
    void aDirectoryWithoutAServerFailsTheLayerNamingTheSocket() {
        String conn = "host=" + cluster.dir() + " port=" + cluster.port() + " dbname=gis user=postgres password=s3cret";
        DataSourceException e = assertThrows(DataSourceException.class, () -> db.read(
                PostgisTestLayers.layer("nosock", LayerType.POLYGON, conn, "geom from parcels").build(), ALL));
        assertTrue(e.getMessage().contains("nosock"), e.getMessage());
        assertTrue(e.getMessage().contains("host=" + cluster.dir()), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }
}
