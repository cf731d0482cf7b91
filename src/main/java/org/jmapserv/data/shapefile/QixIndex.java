package org.jmapserv.data.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.BitSet;
import org.jmapserv.data.DataSourceException;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads the .qix quadtree that MapServer's {@code shptree} writes (maptree.c). Two header forms exist:
 * the new one starts with {@code "SQT"}, a byte-order byte (1 = LSB, 2 = MSB), a version byte and three
 * reserved bytes; the old one has no header and its byte order is guessed as msSHPDiskTreeOpen does (a
 * shape count or depth below 65536 has two zero high bytes). Then come the shape count and maximum depth,
 * then the nodes depth-first: {@code int offset} (bytes of all descendants), {@code double[4]} node box,
 * {@code int numShapes}, {@code int ids[numShapes]}, {@code int numSubnodes}. {@link #candidates} walks the
 * tree as searchDiskTreeNode does, skipping whole subtrees whose box misses the search box. The ids are
 * candidates only: callers still test each record's own box (msFilterTreeSearch).
 */
public final class QixIndex {

    private final Path path;
    private final ByteBuffer buf;
    private final int shapeCount;
    private final int maxDepth;
    private final int rootOffset;

    private QixIndex(Path path, ByteBuffer buf, int shapeCount, int maxDepth, int rootOffset) {
        this.path = path;
        this.buf = buf;
        this.shapeCount = shapeCount;
        this.maxDepth = maxDepth;
        this.rootOffset = rootOffset;
    }

    public static QixIndex open(Path qix) {
        ByteBuffer buf = MappedFile.map(qix, "spatial index");
        if (buf.limit() < 8) {
            throw truncated(qix, buf.limit());
        }
        boolean newFormat = buf.get(0) == 'S' && buf.get(1) == 'Q' && buf.get(2) == 'T';
        int counts = newFormat ? 8 : 0;
        ByteOrder order;
        if (newFormat) {
            int flag = buf.get(3);
            if (flag != 1 && flag != 2) {
                throw new DataSourceException("Spatial index " + qix + " has unknown byte order flag " + flag);
            }
            order = flag == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        } else {
            order = guessOldOrder(buf);
        }
        if (buf.limit() < counts + 8 + 44) {
            throw truncated(qix, buf.limit());
        }
        buf.order(order);
        return new QixIndex(qix, buf, buf.getInt(counts), buf.getInt(counts + 4), counts + 8);
    }

    /** msSHPDiskTreeOpen's guess: high bytes of the depth (or, if depth is 0, the count) are zero. */
    private static ByteOrder guessOldOrder(ByteBuffer buf) {
        boolean depthZero = buf.get(4) == 0 && buf.get(5) == 0 && buf.get(6) == 0 && buf.get(7) == 0;
        int hi = depthZero ? 0 : 4;
        boolean lsb = !(buf.get(hi) == 0 && buf.get(hi + 1) == 0);
        return lsb ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    }

    /** Number of shapes the index was built for; a mismatch with the .shx means the index is stale. */
    public int shapeCount() {
        return shapeCount;
    }

    public int maxDepth() {
        return maxDepth;
    }

    /** Record ids stored in nodes whose box overlaps {@code extent} (boundaries touching count). */
    public BitSet candidates(Envelope extent) {
        BitSet ids = new BitSet(Math.max(shapeCount, 0));
        int end = visit(rootOffset, extent, ids, 0);
        if (end > buf.limit()) {
            throw truncated(path, buf.limit());
        }
        return ids;
    }

    /** Visits the node at {@code at}; returns the offset just past it and its subtree. */
    private int visit(int at, Envelope extent, BitSet ids, int depth) {
        if (at + 44 > buf.limit() || depth > 64) {
            throw depth > 64 ? corrupted(path, at) : truncated(path, buf.limit());
        }
        int subtreeBytes = buf.getInt(at);
        double minX = buf.getDouble(at + 4), minY = buf.getDouble(at + 12);
        double maxX = buf.getDouble(at + 20), maxY = buf.getDouble(at + 28);
        int n = buf.getInt(at + 36);
        long afterIds = at + 40L + 4L * n;
        if (n < 0 || subtreeBytes < 0 || afterIds + 4 > buf.limit()) {
            throw n < 0 || subtreeBytes < 0 ? corrupted(path, at) : truncated(path, buf.limit());
        }
        if (minX > extent.getMaxX() || maxX < extent.getMinX() || minY > extent.getMaxY() || maxY < extent.getMinY()) {
            return (int) afterIds + 4 + subtreeBytes;
        }
        for (int k = 0; k < n; k++) {
            int id = buf.getInt(at + 40 + 4 * k);
            if (id >= 0) {
                ids.set(id);
            }
        }
        int subnodes = buf.getInt((int) afterIds);
        int next = (int) afterIds + 4;
        for (int s = 0; s < subnodes; s++) {
            next = visit(next, extent, ids, depth + 1);
        }
        return next;
    }

    private static DataSourceException truncated(Path qix, int size) {
        return new DataSourceException("Spatial index " + qix + " is truncated at byte " + size
                + "; rebuild it with shptree");
    }

    private static DataSourceException corrupted(Path qix, int at) {
        return new DataSourceException("Spatial index " + qix + " is corrupted at byte " + at
                + "; rebuild it with shptree");
    }
}
