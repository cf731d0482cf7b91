package org.jmapserv.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.jmapserv.data.LayerSources;
import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Units;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;

/**
 * Queries read features through msLayerNextShape, so a LAYER GEOMTRANSFORM shapes what they hit (a point 1 unit
 * inside a square misses it once it is shrunk by 3: mapscript's queryByPoint on 8.0 gives 1 result, then 0), and a CONTOUR layer answers with its generated lines and their
 * ID / CONTOUR_ITEM items.
 */
class QueriesSeeLayerGeomTransformsAndContoursTest {

    private final QueryEngine engine = new QueryEngine(LayerSources.standard(), new ProjectionFactory(),
            new ExpressionEvaluator());

    private static QueryView view(MapDef m) {
        return new QueryView(m.extent(), m.width(), m.height(), 0, Units.METERS, Double.NaN);
    }

    @Test
    void aPointQueryHitsTheTransformedShape() throws Exception {
        for (String gt : new String[] {"", "GEOMTRANSFORM (buffer([shape], -3))"}) {
            MapDef m = new MapfileReader().readString("""
                    MAP
                      SIZE 1000 1000
                      EXTENT -100 -100 100 100
                      LAYER NAME "squares" TYPE POLYGON STATUS ON TEMPLATE "x.html" TOLERANCE 0
                        %s
                        FEATURE WKT "POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))" END
                        CLASS STYLE COLOR 0 0 0 END END
                      END
                    END
                    """.formatted(gt), "q.map", Path.of("/tmp"));
            QueryResults r = engine.execute(m, view(m), Query.byPoint(QueryMode.MULTIPLE, 0, 0, 1, 5, 0));
            int hits = r.layers().isEmpty() ? 0 : r.layers().get(0).hits().size();
            assertEquals(gt.isEmpty() ? 1 : 0, hits, gt);
        }
    }

    @Test
    void aContourLayerAnswersWithItsLinesAndItems() throws Exception {
        MapDef m = new MapfileReader().readString("""
                MAP
                  SIZE 400 300
                  EXTENT 400000 5000000 404000 5003000
                  SHAPEPATH "%s"
                  LAYER NAME "contours" TYPE LINE STATUS ON TEMPLATE "x.html" CONNECTIONTYPE CONTOUR
                    DATA "dem16.tif"
                    PROCESSING "CONTOUR_ITEM=elevation"
                    PROCESSING "CONTOUR_INTERVAL=200"
                    CLASS STYLE COLOR 0 0 0 END END
                  END
                END
                """.formatted(Path.of("test-data/rasters").toAbsolutePath()), "q.map", Path.of("/tmp"));
        QueryResults r = engine.execute(m, view(m), Query.byRect(0, new Extent(400000, 5000000, 404000, 5003000)));
        LayerResult l = r.layers().get(0);
        assertEquals(java.util.List.of("ID", "elevation"), l.items());
        // MapServer 8.0 (mapscript, same map): 38 lines, the first "0", "2000.000"
        assertEquals(38, l.hits().size());
        assertEquals("0", l.hits().get(0).feature().attribute("ID"));
        assertEquals("2000.000", l.hits().get(0).feature().attribute("elevation"));
        // a point query contours the whole map too (msContourLayerWhichShapes' isQuery), not just the few pixels
        // around the point (which would hold no line), then keeps the nearest line within the buffer
        org.locationtech.jts.geom.Coordinate on = l.hits().get(5).feature().geometry().getCoordinates()[3];
        QueryResults p = engine.execute(m, view(m), Query.byPoint(QueryMode.SINGLE, 0, 0, on.x, on.y + 1, 5));
        assertEquals(1, p.layers().get(0).hits().size());
        assertEquals(l.hits().get(5).feature().attribute("elevation"),
                p.layers().get(0).hits().get(0).feature().attribute("elevation"));
    }
}
