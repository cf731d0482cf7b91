package org.jmapserv.data.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.ShapeKind;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.MapDef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Envelope;

/** Every DATA form read from a real PostGIS, attributes as MapServer's ::text gives them, filters pushed down. */
@ExtendWith(PostgisClusterExtension.class)
class ReadsPostgisLayersTest {

    static PostgisTestLayers db;

    @BeforeAll
    static void setUp(PostgisCluster cluster) {
        db = new PostgisTestLayers(cluster);
    }

    private static final Envelope ALL = new Envelope(-1000, 1000, -1000, 1000);

    @Test
    void tableWithPrimaryKeyAndAttributeTextAsMapServerReadsIt() {
        List<Feature> f = db.read(PostgisTestLayers.layer("p", LayerType.POLYGON, "service=jmapserv_samples",
                "geom from parcels").build(), new Envelope(0, 9.9, 0, 9.9));
        assertEquals(1, f.size(), "the extent is pushed down");
        Feature p = f.get(0);
        assertEquals(1, p.index(), "shape index = primary key");
        assertEquals("parcel 0", p.attribute("name"));
        assertEquals("0", p.attribute("pop"));
        assertEquals("0.000", p.attribute("share"), "numeric keeps its scale");
        assertEquals("true", p.attribute("active"), "booleans as bool::text writes them (MapServer 8 casts items to text)");
        assertEquals("2000-01-01", p.attribute("built"));
        assertEquals(ShapeKind.POLYGON, p.shape().kind());
        Feature second = db.read(PostgisTestLayers.layer("p", LayerType.POLYGON, "service=jmapserv_samples",
                "geom from parcels").build(), new Envelope(10, 19, 10, 19)).get(0);
        assertEquals("2.25", second.attribute("share").replaceAll("0+$", ""));
        assertEquals("3", second.attribute("ratio"));
        assertEquals("90000000000", second.attribute("big"));
        assertEquals(97, db.read(PostgisTestLayers.layer("p", LayerType.POLYGON, "service=jmapserv_samples",
                "geom from parcels").build(), ALL).size(), "NULL geometries are skipped");
    }

    @Test
    void schemaQualifiedSubqueryAndBoxToken() {
        List<Feature> lakes = db.read(PostgisTestLayers.layer("l", LayerType.POLYGON, "service=jmapserv_samples",
                "geom from other.lakes").build(), new Envelope(-3e7, 3e7, -3e7, 3e7));
        assertEquals(9, lakes.size());
        assertEquals("Lake 0", lakes.get(0).attribute("lake_name"));
        assertEquals(0, lakes.get(0).index());
        List<Feature> sub = db.read(PostgisTestLayers.layer("s", LayerType.POLYGON, "service=jmapserv_samples",
                "geom from (select gid, kind, geom from parcels where kind = 'town') as t using unique gid "
                        + "using srid=4326").build(), ALL);
        assertTrue(sub.stream().allMatch(x -> x.attribute("kind").equals("town")) && sub.size() > 10);
        List<Feature> box = db.read(PostgisTestLayers.layer("b", LayerType.POLYGON, "service=jmapserv_samples",
                "geom from (select * from parcels where geom && !BOX!) as q using unique gid using srid=4326")
                .build(), new Envelope(0, 9.9, 0, 9.9));
        assertEquals(1, box.size());
    }

    @Test
    void dropsZAndReadsPointsAndLines() {
        Feature peak = db.read(PostgisTestLayers.layer("z", LayerType.POLYGON, "service=jmapserv_samples",
                "geom from peaks3d").build(), new Envelope(0, 1, 39, 41)).get(0);
        assertEquals(4, peak.shape().pointCount());
        assertEquals(0.0, peak.shape().x(0));
        assertEquals(40.0, peak.shape().y(0));
        assertEquals(60, db.read(PostgisTestLayers.layer("t", LayerType.POINT, "service=jmapserv_samples",
                "geom from towns").build(), ALL).size());
        Feature road = db.read(PostgisTestLayers.layer("r", LayerType.LINE, "service=jmapserv_samples",
                "geom from roads").build(), ALL).get(0);
        assertEquals(ShapeKind.LINE, road.shape().kind());
        assertEquals(3, road.shape().pointCount());
    }

    @Test
    void filterRunsInTheDatabaseWithBoundValues() {
        LayerDef.Builder b = PostgisTestLayers.layer("f", LayerType.POLYGON, "service=jmapserv_samples",
                "geom from parcels");
        b.filter = PostgisTestLayers.logical("[pop] > 5000 AND \"[kind]\" = \"farm\"");
        LayerDef l = b.build();
        try (FeatureSource s = db.source.open(new MapDef.Builder().build(), l)) {
            assertTrue(s.filterApplied());
        }
        List<Feature> f = db.read(l, ALL);
        assertFalse(f.isEmpty());
        assertTrue(f.stream().allMatch(x -> Integer.parseInt(x.attribute("pop")) > 5000
                && x.attribute("kind").equals("farm")));
        b.filter = PostgisTestLayers.logical("\"[kind]\" = \"farm'); DROP TABLE parcels; --\"");
        assertEquals(0, db.read(b.build(), ALL).size());
        assertEquals(97, db.read(PostgisTestLayers.layer("p", LayerType.POLYGON, "service=jmapserv_samples",
                "geom from parcels").build(), ALL).size(), "the table survived: values are never pasted into SQL");
        b.filter = PostgisTestLayers.logical("area([shape]) > 1000");
        try (FeatureSource s = db.source.open(new MapDef.Builder().build(), b.build())) {
            assertFalse(s.filterApplied(), "untranslatable filters are left to the evaluator");
        }
    }

    @Test
    void fetchesOnlyTheItemsADrawUses() {
        LayerDef.Builder b = PostgisTestLayers.layer("items", LayerType.POLYGON, "service=jmapserv_samples",
                "geom from parcels");
        b.template = null;
        b.classItem = "kind";
        b.labelItem = "NAME";
        b.filter = PostgisTestLayers.logical("[pop] > 100");
        try (FeatureSource s = db.source.open(new MapDef.Builder().build(), b.build())) {
            assertEquals(List.of("name", "pop", "kind"), s.attributeNames());
        }
        b.classItem = null;
        b.labelItem = null;
        b.filter = null;
        try (FeatureSource s = db.source.open(new MapDef.Builder().build(), b.build())) {
            assertEquals(List.of(), s.attributeNames(), "a plain draw needs no item");
        }
        org.jmapserv.mapfile.model.ClassDef.Builder c = new org.jmapserv.mapfile.model.ClassDef.Builder();
        c.name = "large";
        c.expression = PostgisTestLayers.logical("[pop] > 100");
        org.jmapserv.mapfile.model.StyleDef.Builder st = new org.jmapserv.mapfile.model.StyleDef.Builder();
        st.color = org.jmapserv.mapfile.model.Color.rgb(1, 2, 3);
        c.styles.add(st.build());
        b.classes.add(c.build());
        try (FeatureSource s = db.source.open(new MapDef.Builder().build(), b.build())) {
            assertEquals(List.of("pop"), s.attributeNames(), "a class's NAME (or any other keyword) is not the "
                    + "column 'name': only what the class refers to is fetched");
        }
    }

    @Test
    void deferredLayersShareOnePool() throws Exception {
        LayerDef.Builder b = PostgisTestLayers.layer("d", LayerType.POLYGON, db.cluster.connection(),
                "geom from parcels");
        b.processing = List.of("CLOSE_CONNECTION=DEFER");
        PostgisConnections pools = new PostgisConnections();
        PostgisLayerSource src = new PostgisLayerSource(pools, java.util.Map.of(), java.nio.file.Path.of("/nonexistent"));
        for (int i = 0; i < 5; i++) {
            try (FeatureSource s = src.open(new MapDef.Builder().build(), b.build())) {
                s.query(ALL).close();
            }
        }
        assertEquals(1, pools.poolCount());
        assertEquals(1, pools.openConnections(), "the connection outlives the draws");
        pools.close();
        b.processing = List.of();
        int before = backends();
        try (FeatureSource s = src.open(new MapDef.Builder().build(), b.build())) {
            s.query(ALL).close();
        }
        Thread.sleep(200);
        assertEquals(before, backends(), "without DEFER the connection is closed after the draw");
    }

    private static int backends() throws Exception {
        try (var c = db.cluster.connect("postgres"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from pg_stat_activity where datname = 'gis'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void passwordNeverReachesTheLogs() {
        Logger root = Logger.getLogger("");
        StringBuilder seen = new StringBuilder();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                seen.append(r.getLoggerName()).append(' ').append(new java.util.logging.SimpleFormatter()
                        .formatMessage(r)).append('\n');
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level old = root.getLevel();
        root.addHandler(h);
        root.setLevel(Level.ALL);
        Logger.getLogger("com.zaxxer.hikari").setLevel(Level.ALL);
        Logger.getLogger(PostgisFeatureSource.class.getName()).setLevel(Level.ALL);
        try {
            LayerDef.Builder b = PostgisTestLayers.layer("logged", LayerType.POLYGON, db.cluster.connection(),
                    "geom from parcels");
            b.processing = List.of("CLOSE_CONNECTION=DEFER");
            PostgisConnections pools = new PostgisConnections();
            new PostgisLayerSource(pools, java.util.Map.of(), java.nio.file.Path.of("/x")).open(
                    new MapDef.Builder().build(), b.build()).close();
            pools.close();
        } finally {
            root.removeHandler(h);
            root.setLevel(old);
        }
        assertTrue(seen.toString().contains("parcels"), "debug logging was captured: " + seen);
        assertFalse(seen.toString().contains(db.cluster.password()), seen.toString());
    }
}
