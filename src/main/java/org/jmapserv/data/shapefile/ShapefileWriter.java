package org.jmapserv.data.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.ShapeGeometry;

/**
 * Writes a 2D shapefile (.shp, .shx, .dbf and optionally .cpg) of points, multipoints, lines or polygons,
 * streaming records through large buffers and patching the headers on {@link #close()} (the layout of
 * msSHPWriteShape / writeHeader in mapshape.c). Used by tests, the benchmark generator and test-data
 * generation. Polygon rings are written exactly as given, so tests can produce wrongly oriented rings.
 */
public final class ShapefileWriter implements AutoCloseable {

    private final Path shpPath;
    private final ShapeType type;
    private final ChannelOutput shp;
    private final ChannelOutput shx;
    private final DbfWriter dbf;
    private final double[] bounds = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    private int records;

    private ShapefileWriter(Path base, ShapeType type, List<DbfField> fields, DbfTextOptions text)
            throws IOException {
        Path stem = ShapefileFiles.stripExtension(base);
        String name = stem.getFileName().toString();
        this.shpPath = stem.resolveSibling(name + ".shp");
        this.type = type;
        this.shp = new ChannelOutput(shpPath);
        this.shx = new ChannelOutput(stem.resolveSibling(name + ".shx"));
        this.dbf = new DbfWriter(stem.resolveSibling(name + ".dbf"), fields, text);
        shp.fill(0, 100);
        shx.fill(0, 100);
    }

    /** Creates the files for {@code base} (extension optional) with ISO-8859-1 text and no .cpg. */
    public static ShapefileWriter create(Path base, ShapeType type, List<DbfField> fields) {
        return create(base, type, fields, DbfTextOptions.latin1());
    }

    /** Creates the files; {@code type} must be POINT, MULTIPOINT, POLYLINE or POLYGON. */
    public static ShapefileWriter create(Path base, ShapeType type, List<DbfField> fields, DbfTextOptions text) {
        if (type != ShapeType.POINT && type != ShapeType.MULTIPOINT && type != ShapeType.POLYLINE
                && type != ShapeType.POLYGON) {
            throw new IllegalArgumentException("writer supports POINT, MULTIPOINT, POLYLINE, POLYGON, not " + type);
        }
        try {
            return new ShapefileWriter(base, type, fields, text);
        } catch (IOException e) {
            throw new DataSourceException("Cannot create shapefile " + base + ": " + e.getMessage(), e);
        }
    }

    /** Appends a record; {@code shape.kind()} must match the file type. */
    public void write(ShapeGeometry shape, List<String> values) {
        if (shape.kind() != type.kind()) {
            throw new IllegalArgumentException("a " + type + " file cannot hold a " + shape.kind());
        }
        try {
            int content = contentLength(shape);
            startRecord(content);
            shp.intLittle(type.code());
            if (type == ShapeType.POINT) {
                shp.doubleLittle(shape.x(0)).doubleLittle(shape.y(0));
            } else {
                writeParts(shape);
            }
            dbf.write(values);
            grow(shape);
        } catch (IOException e) {
            throw new DataSourceException("Cannot write shapefile " + shpPath + ": " + e.getMessage(), e);
        }
    }

    /** Appends a NULL shape record (shape type 0) with attributes, which readers skip. */
    public void writeNull(List<String> values) {
        try {
            startRecord(4);
            shp.intLittle(0);
            dbf.write(values);
        } catch (IOException e) {
            throw new DataSourceException("Cannot write shapefile " + shpPath + ": " + e.getMessage(), e);
        }
    }

    private static int contentLength(ShapeGeometry shape) {
        return switch (shape.kind()) {
            case POINT -> 20;
            case MULTIPOINT -> 40 + 16 * shape.pointCount();
            case LINE, POLYGON -> 44 + 4 * shape.partCount() + 16 * shape.pointCount();
        };
    }

    private void startRecord(int contentBytes) throws IOException {
        long offset = shp.position();
        shx.intBig((int) (offset / 2)).intBig(contentBytes / 2);
        shp.intBig(++records).intBig(contentBytes / 2);
    }

    private void writeParts(ShapeGeometry shape) throws IOException {
        shp.doubleLittle(shape.minX()).doubleLittle(shape.minY()).doubleLittle(shape.maxX()).doubleLittle(shape.maxY());
        if (shape.kind() != org.jmapserv.data.ShapeKind.MULTIPOINT) {
            shp.intLittle(shape.partCount());
        }
        shp.intLittle(shape.pointCount());
        if (shape.kind() != org.jmapserv.data.ShapeKind.MULTIPOINT) {
            for (int p = 0; p < shape.partCount(); p++) {
                shp.intLittle(shape.partStart(p));
            }
        }
        for (double v : shape.coordinates()) {
            shp.doubleLittle(v);
        }
    }

    private void grow(ShapeGeometry s) {
        boolean first = Double.isNaN(bounds[0]);
        bounds[0] = first ? s.minX() : Math.min(bounds[0], s.minX());
        bounds[1] = first ? s.minY() : Math.min(bounds[1], s.minY());
        bounds[2] = first ? s.maxX() : Math.max(bounds[2], s.maxX());
        bounds[3] = first ? s.maxY() : Math.max(bounds[3], s.maxY());
    }

    @Override
    public void close() {
        try {
            shp.patch(0, header(shp.position()));
            shx.patch(0, header(shx.position()));
            shp.close();
            shx.close();
            dbf.close();
        } catch (IOException e) {
            throw new DataSourceException("Cannot finish shapefile " + shpPath + ": " + e.getMessage(), e);
        }
    }

    private ByteBuffer header(long fileLength) {
        ByteBuffer h = ByteBuffer.allocate(100);
        h.order(ByteOrder.BIG_ENDIAN).putInt(0, 9994).putInt(24, (int) (fileLength / 2));
        h.order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, type.code());
        double[] b = Double.isNaN(bounds[0]) ? new double[4] : Arrays.copyOf(bounds, 4);
        for (int k = 0; k < 4; k++) {
            h.putDouble(36 + 8 * k, b[k]);
        }
        return h;
    }
}
