package org.jmapserv.data.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.mapfile.model.expr.ExpressionKind;
import org.jmapserv.mapfile.parse.ExpressionRewriter;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** DATA as msPostGISParseData splits it; FILTER as msPostGISLayerTranslateFilter writes it, with bound values. */
class ParsesDataAndTranslatesFiltersTest {

    @Test
    void tableSchemaTableAndSubquery() {
        PostgisData t = PostgisData.parse("the_geom from parcels");
        assertEquals("the_geom", t.geometryColumn());
        assertEquals("parcels", t.fromSource());
        assertNull(t.uniqueColumn());
        PostgisData s = PostgisData.parse("\"Geom\" FROM other.lakes using unique lake_id using srid=3857");
        assertEquals("Geom", s.geometryColumn());
        assertEquals("other.lakes", s.fromSource());
        assertEquals("lake_id", s.uniqueColumn());
        assertEquals(3857, s.srid());
        PostgisData q = PostgisData.parse("geom from (select * from parcels where note = 'using unique x') as foo "
                + "using srid=4326 using unique gid");
        assertEquals("(select * from parcels where note = 'using unique x') as foo", q.fromSource());
        assertEquals("gid", q.uniqueColumn());
        assertEquals(4326, q.srid());
        assertEquals("parcels", q.tableName());
        assertTrue(PostgisData.parse("geom from (select * from t where geom && !BOX!) as q using unique id")
                .hasBoxToken());
        assertThrows(IllegalArgumentException.class, () -> PostgisData.parse("parcels"));
    }

    @Test
    void boxIsBoundInTheLayerSrid() {
        SqlFragment known = PostgisQuery.select(PostgisData.parse("geom from t using unique id using srid=4326"),
                List.of("a"), new Envelope(1, 2, 3, 4), null, null, Metadata.EMPTY, false, -1);
        assertEquals("SELECT \"a\"::text,ST_AsBinary((\"geom\"),'NDR') as geom,\"id\"::text FROM t WHERE "
                + "ST_Intersects(\"geom\", ST_MakeEnvelope(?, ?, ?, ?, 4326))", known.sql());
        assertEquals(List.of(1.0, 3.0, 2.0, 4.0), known.params());
        SqlFragment found = PostgisQuery.select(new PostgisData("geom", "s.t", "id", null), List.of(),
                new Envelope(1, 2, 3, 4), null, "kind = 'x'", Metadata.EMPTY, false, 10);
        assertEquals("SELECT ST_AsBinary((\"geom\"),'NDR') as geom,\"id\"::text FROM s.t WHERE \"geom\" && "
                + "ST_MakeEnvelope(?, ?, ?, ?, find_srid('', ?, ?)) AND (kind = 'x') LIMIT 10", found.sql());
        assertEquals(List.of(1.0, 3.0, 2.0, 4.0, "s.t", "geom"), found.params());
    }

    @Test
    void bindvalsBecomeParametersAndQuestionMarksStayLiteral() {
        java.util.List<Object> params = new java.util.ArrayList<>();
        Metadata bind = Metadata.of(List.of(new Metadata.Entry("1", "farm"), new Metadata.Entry("2", "3000")));
        String sql = UserSql.bind("(select * from t where kind = $1 and pop > $2 and note = '$1?' and j ? 'k'"
                + " and x$1 = $3) as q", bind, params);
        assertEquals("(select * from t where kind = ? and pop > ? and note = '$1?' and j ?? 'k' and x$1 = $3) as q",
                sql);
        assertEquals(List.of("farm", "3000"), params);
        SqlFragment box = PostgisQuery.select(PostgisData.parse("geom from (select * from t where geom && !BOX! and "
                + "k = $1) as q using unique id using srid=4326"), List.of(), new Envelope(1, 2, 3, 4), null,
                "v > $2", bind, false, -1);
        assertEquals(List.of(1.0, 3.0, 2.0, 4.0, "farm", "3000"), box.params(), box.sql());
    }

    private static SqlFragment sql(String filter, String item) throws Exception {
        ExpressionDef def = filter.startsWith("(") ? ExpressionRewriter.withText(
                new ExpressionDef(ExpressionKind.LOGICAL, false, "", null), filter.substring(1, filter.length() - 1))
                : filter.startsWith("/") ? ExpressionDef.regex(filter.substring(1, filter.length() - 1), false)
                : ExpressionDef.string(filter, false);
        return PostgisFilterTranslator.translate(def, item).orElse(null);
    }

    @Test
    void expressionsBecomeSqlWithParameters() throws Exception {
        SqlFragment f = sql("([pop] > 2000 AND \"[kind]\" = \"farm\")", null);
        assertEquals("((\"pop\" > ?) AND (\"kind\"::text = ?))", f.sql());
        assertEquals(List.of(2000L, "farm"), f.params());
        SqlFragment in = sql("([pop] in \"1,2,3\" or \"[name]\" ~* \"town 1\")", null);
        assertEquals("(\"pop\" IN (?,?,?) OR ((\"name\"::text)::text ~* ?))", in.sql());
        assertEquals(List.of("1", "2", "3", "town 1"), in.params());
        SqlFragment inj = sql("(\"[kind]\" = \"x'); DROP TABLE parcels; --\")", null);
        assertFalse(inj.sql().contains("DROP"), "values are bound, never pasted");
        assertEquals("(\"kind\"::text = ?)", inj.sql());
        SqlFragment item = sql("farm", "kind");
        assertEquals("\"kind\"::text = ?", item.sql());
        assertEquals("\"kind\"::text ~ ?", sql("/^f/", "kind").sql());
        assertNull(sql("(area([shape]) > 5)", null), "functions are evaluated in Java");
        assertTrue(PostgisFilterTranslator.isBareString(ExpressionDef.string("where pop > 5", false), null));
    }
}
