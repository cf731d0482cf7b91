package org.jmapserv.data.shapefile;

import java.util.BitSet;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.ShapeGeometry;
import org.locationtech.jts.geom.Envelope;

/** Walks candidate record ids (all, or a .qix bit set) and decodes those whose box meets the extent. */
final class ShapefileCursor implements FeatureCursor {

    private final ShpRecordDecoder decoder;
    private final DbfReader dbf;
    private final int count;
    private final BitSet candidates;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private int nextId;

    ShapefileCursor(ShpRecordDecoder decoder, DbfReader dbf, int count, BitSet candidates, Envelope extent) {
        this.decoder = decoder;
        this.dbf = dbf;
        this.count = count;
        this.candidates = candidates;
        this.minX = extent == null ? Double.NEGATIVE_INFINITY : extent.getMinX();
        this.minY = extent == null ? Double.NEGATIVE_INFINITY : extent.getMinY();
        this.maxX = extent == null ? Double.POSITIVE_INFINITY : extent.getMaxX();
        this.maxY = extent == null ? Double.POSITIVE_INFINITY : extent.getMaxY();
    }

    @Override
    public Feature next() {
        while (true) {
            int id = candidates == null ? nextId : candidates.nextSetBit(nextId);
            if (id < 0 || id >= count) {
                nextId = count;
                return null;
            }
            nextId = id + 1;
            ShapeGeometry shape = decoder.read(id, minX, minY, maxX, maxY);
            if (shape != null) {
                return new Feature(id, shape, dbf.row(id));
            }
        }
    }

    @Override
    public void close() {
        nextId = count;
    }
}
