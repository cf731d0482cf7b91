package org.jmapserv.data.ogr;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.jmapserv.data.ShapeGeometry;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * GeoPackage geometry blobs (GeoPackage 1.x, clause 2.1.3): the "GP" header with version, flags, SRS id and an
 * optional envelope, followed by (ISO or extended) WKB, read by JTS. Not thread-safe (one per cursor).
 */
final class GpkgGeometry {

    private final WKBReader wkb = new WKBReader(new GeometryFactory());

    /** True when {@code blob} carries the GeoPackage magic. */
    static boolean isGpkg(byte[] blob) {
        return blob != null && blob.length >= 8 && blob[0] == 'G' && blob[1] == 'P';
    }

    /**
     * The header envelope of {@code blob} when it has one (flags' envelope indicator 1-4), else {@code null}; lets
     * a query skip decoding shapes outside the extent.
     */
    static Envelope headerEnvelope(byte[] blob) {
        int flags = blob[3];
        int ind = (flags >> 1) & 7;
        if (ind == 0 || ind > 4 || blob.length < 8 + 32) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(blob).order((flags & 1) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        return new Envelope(b.getDouble(8), b.getDouble(16), b.getDouble(24), b.getDouble(32));
    }

    /** The shape, or {@code null} for an empty geometry. Throws {@link IllegalArgumentException} when malformed. */
    ShapeGeometry decode(byte[] blob) {
        if (!isGpkg(blob)) {
            throw new IllegalArgumentException("not a GeoPackage geometry blob");
        }
        int flags = blob[3];
        if ((flags & 0x20) != 0) {
            throw new IllegalArgumentException("extended GeoPackage geometry types are not supported");
        }
        if ((flags & 0x10) != 0) {
            return null; // empty geometry flag
        }
        int ind = (flags >> 1) & 7;
        int envBytes = switch (ind) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new IllegalArgumentException("bad envelope indicator " + ind);
        };
        int start = 8 + envBytes;
        if (blob.length <= start) {
            throw new IllegalArgumentException("geometry blob truncated");
        }
        byte[] body = new byte[blob.length - start];
        System.arraycopy(blob, start, body, 0, body.length);
        try {
            return JtsShapes.toShape(wkb.read(body));
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("bad WKB: " + e.getMessage(), e);
        }
    }
}
