package org.jmapserv.data.postgis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.jmapserv.mapfile.model.LayerType;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

/** Our WKB decoder reads what JTS writes (both byte orders, 2D and 3D) into the shapes MapServer builds. */
class DecodesWkbLikeJtsTest {

    private static byte[] wkb(String wkt, int dims, int order) throws Exception {
        return new WKBWriter(dims, order).write(new WKTReader().read(wkt));
    }

    private static double[] xy(Geometry g) {
        List<Double> out = new ArrayList<>();
        for (Coordinate c : g.getCoordinates()) {
            out.add(c.x);
            out.add(c.y);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void polygonsLinesAndPointsInBothByteOrdersAndWithZ() throws Exception {
        String[] wkts = {"POLYGON Z ((0 0 1, 10 0 2, 10 10 3, 0 10 4, 0 0 1), (2 2 0, 4 2 0, 4 4 0, 2 2 0))",
            "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
            "MULTILINESTRING ((0 0, 1 1, 2 0), (5 5, 6 6))",
            "GEOMETRYCOLLECTION (LINESTRING (0 0, 3 3), POLYGON ((0 0, 1 0, 1 1, 0 0)))"};
        for (String wkt : wkts) {
            Geometry g = new WKTReader().read(wkt);
            for (int order : new int[] {ByteOrderValues.LITTLE_ENDIAN, ByteOrderValues.BIG_ENDIAN}) {
                for (int dims : new int[] {2, 3}) {
                    ShapeGeometry s = new WkbShapes(LayerType.POLYGON).read(wkb(wkt, dims, order));
                    assertEquals(ShapeKind.POLYGON, s.kind(), wkt);
                    assertArrayEquals(xy(g), s.coordinates(), wkt);
                    int parts = 0;
                    for (int i = 0; i < g.getNumGeometries(); i++) {
                        Geometry c = g.getGeometryN(i);
                        parts += c instanceof org.locationtech.jts.geom.Polygon p ? 1 + p.getNumInteriorRing() : 1;
                    }
                    assertEquals(parts, s.partCount(), wkt);
                }
            }
        }
    }

    @Test
    void layerTypeDecidesWhatIsDrawn() throws Exception {
        byte[] pt = wkb("POINT (3 4)", 2, ByteOrderValues.LITTLE_ENDIAN);
        assertNull(new WkbShapes(LayerType.POLYGON).read(pt), "a point in a polygon layer gives no shape");
        ShapeGeometry p = new WkbShapes(LayerType.POINT).read(pt);
        assertEquals(ShapeKind.POINT, p.kind());
        assertEquals(3.0, p.x(0));
        ShapeGeometry verts = new WkbShapes(LayerType.POINT).read(wkb("LINESTRING (0 0, 1 1, 2 2)", 2, 1));
        assertEquals(ShapeKind.MULTIPOINT, verts.kind());
        assertEquals(3, verts.pointCount());
        assertEquals(ShapeKind.LINE, new WkbShapes(LayerType.QUERY).read(wkb("LINESTRING (0 0, 1 1)", 2, 1)).kind());
        assertNull(new WkbShapes(LayerType.LINE).read(wkb("POLYGON EMPTY", 2, 1)));
    }

    @Test
    void refusesCurvesAndTruncatedWkb() throws Exception {
        byte[] circular = {1, 8, 0, 0, 0, 0, 0, 0, 0};
        assertThrows(WkbShapes.WkbException.class, () -> new WkbShapes(LayerType.LINE).read(circular));
        byte[] cut = java.util.Arrays.copyOf(wkb("LINESTRING (0 0, 1 1)", 2, 1), 20);
        assertThrows(WkbShapes.WkbException.class, () -> new WkbShapes(LayerType.LINE).read(cut));
    }
}
