package org.jmapserv.data.shapefile;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.locationtech.jts.geom.Envelope;

/**
 * An open shapefile (.shp + .shx + .dbf, optional .qix and .cpg) as a {@link FeatureSource}; the
 * counterpart of msShapefileOpen + msShapefileWhichShapes + msShapefileNextShape (mapshape.c).
 * {@link #query} follows msShapefileWhichShapes: nothing when the extent misses the header bounds, every
 * record when it contains them, otherwise the .qix candidates (when the index exists and matches the
 * record count) or all records, each then filtered by its own bounding box. Records are decoded lazily
 * by the returned cursor. Files are memory-mapped once at open. Not thread-safe: one reader per thread.
 */
public final class ShapefileReader implements FeatureSource {

    private final ShapefileFiles files;
    private final ShpFile shp;
    private final ShxIndex shx;
    private final DbfReader dbf;
    private final QixIndex qix;
    private boolean closed;
    private List<String> projection;

    private ShapefileReader(ShapefileFiles files, ShpFile shp, ShxIndex shx, DbfReader dbf, QixIndex qix) {
        this.files = files;
        this.shp = shp;
        this.shx = shx;
        this.dbf = dbf;
        this.qix = qix;
    }

    /** Opens by base path ({@code roads}, {@code roads.shp} or {@code roads.SHP}); text keeps the file's bytes. */
    public static ShapefileReader open(Path path) {
        return open(path, null);
    }

    /**
     * Opens by base path; {@code encoding} is the layer's ENCODING (may be {@code null}: text keeps the file's
     * bytes, and a .cpg file is ignored, as in MapServer 8.0; see {@link DbfEncoding}).
     */
    public static ShapefileReader open(Path path, String encoding) {
        ShapefileFiles files = ShapefileFiles.resolve(path);
        ShpFile shp = ShpFile.open(files.shp());
        ShxIndex shx = ShxIndex.open(files.shx());
        DbfReader dbf = DbfReader.open(files.dbf(), encoding);
        if (dbf.recordCount() < shx.count()) {
            throw new DataSourceException("Shapefile " + files.shp() + ": attribute file " + files.dbf() + " has "
                    + dbf.recordCount() + " records but the index has " + shx.count());
        }
        QixIndex qix = files.qix() == null ? null : QixIndex.open(files.qix());
        if (qix != null && qix.shapeCount() != shx.count()) {
            qix = null; // stale index built for another version of the file: a full scan is always right
        }
        return new ShapefileReader(files, shp, shx, dbf, qix);
    }

    public ShapefileFiles files() {
        return files;
    }

    /** The file's shape type (from the .shp header). */
    public ShapeType shapeType() {
        return shp.type();
    }

    /** Whether queries use a .qix spatial index. */
    public boolean hasSpatialIndex() {
        return qix != null;
    }

    public DbfReader attributes() {
        return dbf;
    }

    @Override
    public List<String> attributeNames() {
        return dbf.fieldNames();
    }

    @Override
    public Envelope bounds() {
        return new Envelope(shp.bounds());
    }

    @Override
    public long count() {
        return shx.count();
    }

    @Override
    public FeatureCursor query(Envelope extent) {
        return query(extent, true);
    }

    /** As {@link #query(Envelope)}, but {@code useIndex = false} ignores the .qix (for comparisons). */
    public FeatureCursor query(Envelope extent, boolean useIndex) {
        if (closed) {
            throw new IllegalStateException("Shapefile " + files.shp() + " is closed");
        }
        ShpRecordDecoder decoder = new ShpRecordDecoder(shp, shx);
        if (extent == null || extent.covers(shp.bounds())) {
            return new ShapefileCursor(decoder, dbf, shx.count(), null, null);
        }
        if (!extent.intersects(shp.bounds())) {
            return new ShapefileCursor(decoder, dbf, 0, null, null);
        }
        BitSet candidates = useIndex && qix != null ? qix.candidates(extent) : null;
        return new ShapefileCursor(decoder, dbf, shx.count(), candidates, extent);
    }

    @Override
    public void close() {
        closed = true; // the maps are released by the garbage collector; no descriptors are held
    }

    @Override
    public String toString() {
        return "ShapefileReader[" + files.shp() + ", " + shp.type() + ", " + shx.count() + " records]";
    }

    /** The CRS of the .prj when {@link PrjFile} recognises it (PROJECTION AUTO), else empty. */
    @Override
    public List<String> autoProjection() {
        if (projection == null) {
            projection = PrjFile.projectionArgs(files.shp());
        }
        return projection;
    }
}
