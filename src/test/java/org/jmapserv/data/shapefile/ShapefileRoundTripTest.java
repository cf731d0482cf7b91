package org.jmapserv.data.shapefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

class ShapefileRoundTripTest {

    private static final List<DbfField> FIELDS = List.of(DbfField.character("NAME", 12), DbfField.numeric("VAL", 8, 2));

    @TempDir
    Path dir;

    static List<Feature> readAll(ShapefileReader reader, Envelope extent) {
        List<Feature> out = new ArrayList<>();
        try (FeatureCursor cursor = reader.query(extent)) {
            for (Feature f = cursor.next(); f != null; f = cursor.next()) {
                out.add(f);
            }
        }
        return out;
    }

    @Test
    void pointsComeBackWithTheirRecordNumbersAndTrimmedAttributes() {
        Path base = dir.resolve("pts");
        try (ShapefileWriter w = ShapefileWriter.create(base, ShapeType.POINT, FIELDS)) {
            w.write(ShapeGeometry.point(1.5, 2.5), List.of("alpha", "3.25"));
            w.writeNull(List.of("nothing", "0"));
            w.write(ShapeGeometry.point(-7, 8), List.of("  beta", "-1"));
        }
        try (ShapefileReader r = ShapefileReader.open(base)) {
            assertEquals(3, r.count());
            assertEquals(List.of("NAME", "VAL"), r.attributeNames());
            List<Feature> features = readAll(r, null);
            assertEquals(List.of(0L, 2L), features.stream().map(Feature::index).toList());
            assertEquals("alpha", features.get(0).attribute("name"));
            assertEquals("3.25", features.get(0).attribute("VAL"));
            assertEquals("  beta", features.get(1).attribute("NAME"), "C fields keep leading blanks");
            assertEquals("-1", features.get(1).attribute("VAL"), "numbers are stored as written, leading blanks trimmed");
            Point p = assertInstanceOf(Point.class, features.get(1).geometry());
            assertEquals(-7, p.getX());
            assertEquals(8, p.getY());
            assertNull(features.get(0).attribute("missing"));
            assertEquals(new Envelope(-7, 1.5, 2.5, 8), r.bounds());
        }
    }

    @Test
    void multipointsKeepEveryPoint() {
        Path base = dir.resolve("mpts");
        double[] xy = {0, 0, 10, 5, 20, 30};
        try (ShapefileWriter w = ShapefileWriter.create(base, ShapeType.MULTIPOINT, FIELDS)) {
            w.write(ShapeGeometry.of(ShapeKind.MULTIPOINT, new int[] {0}, xy), List.of("m", "1"));
        }
        try (ShapefileReader r = ShapefileReader.open(base.resolveSibling("mpts.shp"))) {
            Feature f = readAll(r, null).get(0);
            assertEquals(ShapeKind.MULTIPOINT, f.shape().kind());
            assertArrayEquals(xy, f.shape().coordinates());
            assertEquals(3, assertInstanceOf(MultiPoint.class, f.geometry()).getNumGeometries());
        }
    }

    @Test
    void multiPartLinesKeepTheirParts() {
        Path base = dir.resolve("lines");
        try (ShapefileWriter w = ShapefileWriter.create(base, ShapeType.POLYLINE, FIELDS)) {
            w.write(ShapeGeometry.of(ShapeKind.LINE, new int[] {0}, new double[] {0, 0, 1, 1}), List.of("one", "1"));
            w.write(ShapeGeometry.of(ShapeKind.LINE, new int[] {0, 3},
                    new double[] {0, 0, 5, 0, 5, 5, 10, 10, 12, 12}), List.of("two", "2"));
        }
        try (ShapefileReader r = ShapefileReader.open(base)) {
            List<Feature> features = readAll(r, null);
            assertInstanceOf(LineString.class, features.get(0).geometry());
            ShapeGeometry two = features.get(1).shape();
            assertEquals(2, two.partCount());
            assertEquals(3, two.partEnd(0));
            assertEquals(5, two.partEnd(1));
            assertEquals(new Envelope(0, 12, 0, 12), two.envelope());
            MultiLineString jts = assertInstanceOf(MultiLineString.class, features.get(1).geometry());
            assertEquals(3, jts.getGeometryN(0).getNumPoints());
            assertEquals(2, jts.getGeometryN(1).getNumPoints());
        }
    }

    @Test
    void polygonHolesAreAssignedToTheShellThatContainsThem() {
        Path base = dir.resolve("polys");
        double[] xy = {
            0, 0, 0, 10, 10, 10, 10, 0, 0, 0,          // shell A (clockwise)
            2, 2, 4, 2, 4, 4, 2, 4, 2, 2,              // hole in A (counter-clockwise)
            20, 0, 20, 10, 30, 10, 30, 0, 20, 0,       // shell B
            22, 2, 24, 2, 24, 4, 22, 4, 22, 2};        // hole in B
        try (ShapefileWriter w = ShapefileWriter.create(base, ShapeType.POLYGON, FIELDS)) {
            w.write(ShapeGeometry.of(ShapeKind.POLYGON, new int[] {0, 5, 10, 15}, xy), List.of("p", "1"));
        }
        try (ShapefileReader r = ShapefileReader.open(base)) {
            Feature f = readAll(r, null).get(0);
            assertEquals(4, f.shape().partCount());
            MultiPolygon mp = assertInstanceOf(MultiPolygon.class, f.geometry());
            assertEquals(2, mp.getNumGeometries());
            for (int i = 0; i < 2; i++) {
                assertEquals(1, ((Polygon) mp.getGeometryN(i)).getNumInteriorRing());
            }
            assertEquals(2 * (100 - 4), mp.getArea(), 1e-9);
            assertEquals(true, mp.isValid());
        }
    }

    @Test
    void wronglyOrientedRingsStillGiveTheEvenOddArea() {
        Path base = dir.resolve("backwards");
        double[] xy = {
            0, 0, 10, 0, 10, 10, 0, 10, 0, 0,     // shell written counter-clockwise
            2, 2, 2, 4, 4, 4, 4, 2, 2, 2,         // hole written clockwise
            3, 3, 3, 3.5, 3.5, 3.5, 3.5, 3, 3, 3}; // island inside the hole
        try (ShapefileWriter w = ShapefileWriter.create(base, ShapeType.POLYGON, FIELDS)) {
            w.write(ShapeGeometry.of(ShapeKind.POLYGON, new int[] {0, 5, 10}, xy), List.of("b", "1"));
        }
        try (ShapefileReader r = ShapefileReader.open(base)) {
            MultiPolygon mp = assertInstanceOf(MultiPolygon.class, readAll(r, null).get(0).geometry());
            assertEquals(100 - 4 + 0.25, mp.getArea(), 1e-9);
            assertEquals(true, mp.isValid());
        }
    }

    @Test
    void opensUpperCaseFileNamesAndAcceptsTheShpExtension() throws Exception {
        Path base = dir.resolve("UPPER");
        try (ShapefileWriter w = ShapefileWriter.create(base, ShapeType.POINT, FIELDS)) {
            w.write(ShapeGeometry.point(1, 1), List.of("x", "1"));
        }
        for (String ext : new String[] {"shp", "shx", "dbf"}) {
            Files.move(dir.resolve("UPPER." + ext), dir.resolve("UPPER." + ext.toUpperCase()));
        }
        Files.move(dir.resolve("UPPER.SHX"), dir.resolve("UPPER.Shx"));
        try (ShapefileReader r = ShapefileReader.open(dir.resolve("UPPER.SHP"))) {
            assertEquals(1, readAll(r, null).size());
            assertEquals(dir.resolve("UPPER.Shx"), r.files().shx());
        }
    }
}
