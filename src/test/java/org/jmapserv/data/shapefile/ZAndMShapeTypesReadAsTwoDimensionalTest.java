package org.jmapserv.data.shapefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import org.jmapserv.data.Feature;
import org.jmapserv.data.ShapeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

class ZAndMShapeTypesReadAsTwoDimensionalTest {

    @TempDir
    Path dir;

    @Test
    void pointZKeepsXAndYAndIgnoresZAndM() throws Exception {
        ByteBuffer r = RawShapefile.content(36).putInt(11).putDouble(3).putDouble(4).putDouble(99).putDouble(7);
        new RawShapefile(11).record(r).write(dir.resolve("pz"));
        try (ShapefileReader reader = ShapefileReader.open(dir.resolve("pz"))) {
            assertEquals(ShapeType.POINTZ, reader.shapeType());
            Point p = assertInstanceOf(Point.class, ShapefileRoundTripTest.readAll(reader, null).get(0).geometry());
            assertEquals(3, p.getX());
            assertEquals(4, p.getY());
        }
    }

    @Test
    void pointMKeepsXAndY() throws Exception {
        ByteBuffer r = RawShapefile.content(28).putInt(21).putDouble(-3).putDouble(-4).putDouble(5);
        new RawShapefile(21).record(r).write(dir.resolve("pm"));
        try (ShapefileReader reader = ShapefileReader.open(dir.resolve("pm"))) {
            Feature f = ShapefileRoundTripTest.readAll(reader, null).get(0);
            assertArrayEquals(new double[] {-3, -4}, f.shape().coordinates());
        }
    }

    @Test
    void polyLineZWithMeasuresReadsOnlyTheXyArray() throws Exception {
        ByteBuffer r = RawShapefile.content(200).putInt(13);
        box(r, 0, 0, 10, 5).putInt(1).putInt(3).putInt(0);
        r.putDouble(0).putDouble(0).putDouble(5).putDouble(5).putDouble(10).putDouble(0);
        r.putDouble(1).putDouble(3).putDouble(1).putDouble(2).putDouble(3); // z range + z values
        r.putDouble(0).putDouble(9).putDouble(0).putDouble(4).putDouble(9); // m range + m values
        new RawShapefile(13).record(r).write(dir.resolve("lz"));
        try (ShapefileReader reader = ShapefileReader.open(dir.resolve("lz"))) {
            Feature f = ShapefileRoundTripTest.readAll(reader, null).get(0);
            assertEquals(ShapeKind.LINE, f.shape().kind());
            assertArrayEquals(new double[] {0, 0, 5, 5, 10, 0}, f.shape().coordinates());
            assertEquals(3, assertInstanceOf(LineString.class, f.geometry()).getNumPoints());
        }
    }

    @Test
    void polygonMWithoutTheOptionalMeasureArrayIsRead() throws Exception {
        ByteBuffer r = RawShapefile.content(200).putInt(25);
        box(r, 0, 0, 4, 4).putInt(1).putInt(5).putInt(0);
        double[] ring = {0, 0, 0, 4, 4, 4, 4, 0, 0, 0};
        for (double v : ring) {
            r.putDouble(v);
        }
        new RawShapefile(25).record(r).write(dir.resolve("pgm"));
        try (ShapefileReader reader = ShapefileReader.open(dir.resolve("pgm"))) {
            Feature f = ShapefileRoundTripTest.readAll(reader, new Envelope(3, 5, 3, 5)).get(0);
            assertEquals(16, assertInstanceOf(Polygon.class, f.geometry()).getArea(), 1e-9);
        }
    }

    @Test
    void multiPointZReadsEveryPoint() throws Exception {
        ByteBuffer r = RawShapefile.content(200).putInt(18);
        box(r, 1, 2, 3, 4).putInt(2).putDouble(1).putDouble(2).putDouble(3).putDouble(4);
        r.putDouble(0).putDouble(0).putDouble(0).putDouble(0); // z range + values
        new RawShapefile(18).record(r).write(dir.resolve("mz"));
        try (ShapefileReader reader = ShapefileReader.open(dir.resolve("mz"))) {
            List<Feature> all = ShapefileRoundTripTest.readAll(reader, null);
            assertArrayEquals(new double[] {1, 2, 3, 4}, all.get(0).shape().coordinates());
        }
    }

    private static ByteBuffer box(ByteBuffer r, double x0, double y0, double x1, double y1) {
        return r.putDouble(x0).putDouble(y0).putDouble(x1).putDouble(y1);
    }
}
