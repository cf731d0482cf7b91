package org.jmapserv.data.shapefile;

import org.jmapserv.data.ShapeKind;

/**
 * Shape type codes of the ESRI shapefile specification (SHPT_* in shapelib). Z and M variants carry the
 * same x/y layout followed by extra arrays, which this reader ignores as MapServer's 2D drawing does.
 */
public enum ShapeType {
    NULL(0, null),
    POINT(1, ShapeKind.POINT),
    POLYLINE(3, ShapeKind.LINE),
    POLYGON(5, ShapeKind.POLYGON),
    MULTIPOINT(8, ShapeKind.MULTIPOINT),
    POINTZ(11, ShapeKind.POINT),
    POLYLINEZ(13, ShapeKind.LINE),
    POLYGONZ(15, ShapeKind.POLYGON),
    MULTIPOINTZ(18, ShapeKind.MULTIPOINT),
    POINTM(21, ShapeKind.POINT),
    POLYLINEM(23, ShapeKind.LINE),
    POLYGONM(25, ShapeKind.POLYGON),
    MULTIPOINTM(28, ShapeKind.MULTIPOINT),
    MULTIPATCH(31, null);

    private final int code;
    private final ShapeKind kind;

    ShapeType(int code, ShapeKind kind) {
        this.code = code;
        this.kind = kind;
    }

    public int code() {
        return code;
    }

    /** What the renderer draws for this type; {@code null} for NULL and MULTIPATCH. */
    public ShapeKind kind() {
        return kind;
    }

    /** The type for a code, or {@code null} when the code is not in the specification. */
    public static ShapeType fromCode(int code) {
        for (ShapeType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }

    /** The 2D type (POINT, MULTIPOINT, POLYLINE, POLYGON) the writer uses for a kind. */
    public static ShapeType forKind(ShapeKind kind) {
        return switch (kind) {
            case POINT -> POINT;
            case MULTIPOINT -> MULTIPOINT;
            case LINE -> POLYLINE;
            case POLYGON -> POLYGON;
        };
    }
}
