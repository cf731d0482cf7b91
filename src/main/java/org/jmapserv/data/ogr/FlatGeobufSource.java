package org.jmapserv.data.ogr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.ShapeGeometry;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.wololo.flatgeobuf.ColumnMeta;
import org.wololo.flatgeobuf.Constants;
import org.wololo.flatgeobuf.GeometryConversions;
import org.wololo.flatgeobuf.HeaderMeta;
import org.wololo.flatgeobuf.PackedRTree;
import org.wololo.flatgeobuf.generated.ColumnType;

/**
 * A FlatGeobuf file (CONNECTIONTYPE FLATGEOBUF, mapflatgeobuf.c, or through OGR), read with the format's own Java
 * library: the file is memory-mapped, a query walks the packed Hilbert R-tree when the file has one and reads the
 * hit features in file order; without an index every feature is read and filtered by its bounding box. The FID is
 * the feature's position in the file. Columns are decoded as OGR formats them.
 */
final class FlatGeobufSource implements FeatureSource {

    private final Path file;
    private final String layerName;
    private final ByteBuffer bb;
    private final HeaderMeta header;
    private final long featuresStart;
    private final List<String> names;

    private FlatGeobufSource(Path file, String layerName, ByteBuffer bb, HeaderMeta header, long featuresStart) {
        this.file = file;
        this.layerName = layerName;
        this.bb = bb;
        this.header = header;
        this.featuresStart = featuresStart;
        List<String> n = new ArrayList<>();
        for (ColumnMeta c : header.columns) {
            n.add(c.name);
        }
        this.names = List.copyOf(n);
    }

    /** The declared column types as OGR SQL compares them (integers, reals, the rest as strings). */
    List<OgrFieldType> fieldTypes() {
        List<OgrFieldType> out = new ArrayList<>();
        for (ColumnMeta c : header.columns) {
            out.add(switch (c.type) {
                case ColumnType.Byte, ColumnType.UByte, ColumnType.Bool, ColumnType.Short, ColumnType.UShort,
                     ColumnType.Int, ColumnType.UInt, ColumnType.Long, ColumnType.ULong -> OgrFieldType.INTEGER;
                case ColumnType.Float, ColumnType.Double -> OgrFieldType.REAL;
                default -> OgrFieldType.STRING;
            });
        }
        return out;
    }

    /** Opens {@code req.file()}; {@code messagePrefix} is the MapServer function reported on failure. */
    static FlatGeobufSource open(Path file, String layerName, java.util.function.Function<String, RuntimeException> fail) {
        MappedByteBuffer map;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            map = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        } catch (IOException e) {
            throw fail.apply("Cannot read the file: " + e.getMessage());
        }
        ByteBuffer bb = map.order(ByteOrder.LITTLE_ENDIAN);
        if (bb.capacity() < 12 || !Constants.isFlatgeobuf(bb.duplicate().order(ByteOrder.LITTLE_ENDIAN))) {
            throw fail.apply("Not a FlatGeobuf file (bad magic bytes)");
        }
        HeaderMeta h;
        try {
            h = HeaderMeta.read(bb.duplicate().order(ByteOrder.LITTLE_ENDIAN));
        } catch (IOException | RuntimeException e) {
            throw fail.apply("Corrupt FlatGeobuf header: " + describe(e));
        }
        long start = h.offset;
        if (h.indexNodeSize > 0 && h.featuresCount > 0) {
            start += PackedRTree.calcSize((int) h.featuresCount, h.indexNodeSize);
        }
        if (start > bb.capacity() || h.featuresCount < 0) {
            throw fail.apply("Corrupt FlatGeobuf file: the index runs past the end of the file");
        }
        return new FlatGeobufSource(file, layerName, bb, h, start);
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public List<String> attributeNames() {
        return names;
    }

    @Override
    public Envelope bounds() {
        if (header.envelope != null) {
            return new Envelope(header.envelope);
        }
        Envelope e = new Envelope();
        try (FeatureCursor c = query(null)) {
            for (Feature f = c.next(); f != null; f = c.next()) {
                e.expandToInclude(f.shape().envelope());
            }
        }
        return e;
    }

    @Override
    public FeatureCursor query(Envelope extent) {
        if (extent != null && header.indexNodeSize > 0 && header.featuresCount > 0) {
            List<PackedRTree.SearchHit> hits;
            try {
                hits = PackedRTree.search(bb.duplicate().order(ByteOrder.LITTLE_ENDIAN), header.offset,
                        (int) header.featuresCount, header.indexNodeSize, extent);
            } catch (RuntimeException e) {
                throw OgrErrors.readFailed(layerName, file, "corrupt spatial index: " + describe(e));
            }
            hits.sort(Comparator.comparingLong(h -> h.offset));
            return new IndexedCursor(hits, extent);
        }
        return new SequentialCursor(extent);
    }

    @Override
    public List<String> autoProjection() {
        return header.srid > 0 ? List.of("init=epsg:" + header.srid) : List.of();
    }

    @Override
    public long count() {
        return header.featuresCount;
    }

    @Override
    public void close() {
        // the mapping is released by the garbage collector
    }

    /**
     * Every feature in file order, those without a geometry included (with {@link MemoryFeatureSource#NO_GEOMETRY}),
     * as GDAL's FlatGeobuf layer serves them to attribute-only reads such as an OGR SQL JOIN's secondary table.
     */
    List<Feature> attributeRows() {
        List<Feature> out = new ArrayList<>();
        SequentialCursor c = new SequentialCursor(null, true);
        for (Feature f = c.next(); f != null; f = c.next()) {
            out.add(f);
        }
        return out;
    }

    /** Decodes the feature at {@code offset} (relative to the features section), or null when empty / outside. */
    private Feature decode(long offset, long index, Envelope extent) {
        return decode(offset, index, extent, false);
    }

    private Feature decode(long offset, long index, Envelope extent, boolean keepNoGeometry) {
        try {
            long pos = featuresStart + offset;
            ByteBuffer f = bb.duplicate().order(ByteOrder.LITTLE_ENDIAN);
            int size = f.getInt((int) pos);
            if (size < 0 || pos + 4 + size > bb.capacity()) {
                throw new IllegalStateException("feature " + index + " runs past the end of the file");
            }
            f.position((int) pos + 4);
            org.wololo.flatgeobuf.generated.Feature feature = org.wololo.flatgeobuf.generated.Feature.getRootAsFeature(f);
            org.wololo.flatgeobuf.generated.Geometry g = feature.geometry();
            if (g == null) {
                return keepNoGeometry ? new Feature(index, MemoryFeatureSource.NO_GEOMETRY,
                        new ValueRow(names, properties(feature))) : null;
            }
            Geometry jts = GeometryConversions.deserialize(g, header.geometryType);
            ShapeGeometry shape = JtsShapes.toShape(jts);
            if (shape == null && keepNoGeometry) {
                return new Feature(index, MemoryFeatureSource.NO_GEOMETRY, new ValueRow(names, properties(feature)));
            }
            if (shape == null || (extent != null && !extent.intersects(shape.envelope()))) {
                return null;
            }
            return new Feature(index, shape, new ValueRow(names, properties(feature)));
        } catch (RuntimeException e) {
            throw OgrErrors.readFailed(layerName, file, "corrupt feature " + index + ": " + describe(e));
        }
    }

    private String[] properties(org.wololo.flatgeobuf.generated.Feature feature) {
        String[] out = new String[names.size()];
        ByteBuffer p = feature.propertiesAsByteBuffer();
        if (p == null) {
            return out;
        }
        p = p.slice().order(ByteOrder.LITTLE_ENDIAN);
        while (p.remaining() >= 2) {
            int col = Short.toUnsignedInt(p.getShort());
            if (col >= out.length) {
                throw new IllegalStateException("property for column " + col + " of " + out.length);
            }
            int type = header.columns.get(col).type;
            out[col] = switch (type) {
                case ColumnType.Byte -> Byte.toString(p.get());
                case ColumnType.UByte -> Integer.toString(Byte.toUnsignedInt(p.get()));
                case ColumnType.Bool -> p.get() != 0 ? "1" : "0";
                case ColumnType.Short -> Short.toString(p.getShort());
                case ColumnType.UShort -> Integer.toString(Short.toUnsignedInt(p.getShort()));
                case ColumnType.Int -> Integer.toString(p.getInt());
                case ColumnType.UInt -> Integer.toUnsignedString(p.getInt());
                case ColumnType.Long -> Long.toString(p.getLong());
                case ColumnType.ULong -> Long.toUnsignedString(p.getLong());
                case ColumnType.Float -> OgrValues.real(p.getFloat());
                case ColumnType.Double -> OgrValues.real(p.getDouble());
                case ColumnType.String, ColumnType.Json, ColumnType.DateTime -> {
                    byte[] s = new byte[p.getInt()];
                    p.get(s);
                    yield new String(s, StandardCharsets.UTF_8);
                }
                case ColumnType.Binary -> {
                    byte[] s = new byte[p.getInt()];
                    p.get(s);
                    yield OgrValues.of(s);
                }
                default -> throw new IllegalStateException("unknown column type " + type);
            };
        }
        return out;
    }

    private final class IndexedCursor implements FeatureCursor {
        private final List<PackedRTree.SearchHit> hits;
        private final Envelope extent;
        private int next;

        IndexedCursor(List<PackedRTree.SearchHit> hits, Envelope extent) {
            this.hits = hits;
            this.extent = extent;
        }

        @Override
        public Feature next() {
            while (next < hits.size()) {
                PackedRTree.SearchHit h = hits.get(next++);
                Feature f = decode(h.offset, h.index, extent);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }

        @Override
        public void close() {
        }
    }

    private final class SequentialCursor implements FeatureCursor {
        private final Envelope extent;
        private final boolean keepNoGeometry;
        private long offset;
        private long index;

        SequentialCursor(Envelope extent) {
            this(extent, false);
        }

        SequentialCursor(Envelope extent, boolean keepNoGeometry) {
            this.extent = extent;
            this.keepNoGeometry = keepNoGeometry;
        }

        @Override
        public Feature next() {
            while ((header.featuresCount == 0 || index < header.featuresCount) && featuresStart + offset + 4 <= bb.capacity()) {
                long at = offset;
                int size = bb.getInt((int) (featuresStart + at));
                offset += 4L + Integer.toUnsignedLong(size);
                Feature f = decode(at, index++, extent, keepNoGeometry);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }

        @Override
        public void close() {
        }
    }
}
