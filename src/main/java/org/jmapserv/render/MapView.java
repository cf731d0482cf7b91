package org.jmapserv.render;

import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Units;

/**
 * The geometry of one draw after msAdjustExtent (mapdraw.c / maputil.c): the squared extent, whose corners are
 * pixel centres (hence W-1 / H-1), the cell size, the scale denominator as msCalculateScale computes it, and
 * the resolution factor RESOLUTION/DEFRESOLUTION. World-to-pixel follows MS_MAP2IMAGE_X/Y_IC_DBL.
 */
public record MapView(Extent extent, int width, int height, double cellSize, double scaleDenom,
                      double resolution, double defResolution, Units units) {

    public double toPixelX(double x) {
        return (x - extent.minX()) / cellSize;
    }

    public double toPixelY(double y) {
        return (extent.maxY() - y) / cellSize;
    }

    public double resolutionFactor() {
        return resolution / defResolution;
    }

    /** The extent of the whole canvas, half a pixel beyond the centre-based extent on each side. */
    public Extent pixelEdges() {
        double h = cellSize / 2;
        return new Extent(extent.minX() - h, extent.minY() - h, extent.maxX() + h, extent.maxY() + h);
    }

    /** Builds the view for {@code map} with the request's extent/size overrides; errors as msDrawMap reports them. */
    static MapView of(MapDef map, RenderRequest request) throws RenderException {
        int w = request.width() != null ? request.width() : map.width();
        int h = request.height() != null ? request.height() : map.height();
        if (w <= 0 || h <= 0) {
            throw new RenderException("msPrepareImage(): Image handling error. Image dimensions not specified.");
        }
        if (w > map.maxSize() || h > map.maxSize()) {
            throw new RenderException(String.format(
                    "msPrepareImage(): Image handling error. Image size %dx%d out of range (MAXSIZE %d).",
                    w, h, map.maxSize()));
        }
        Extent e = request.extent() != null ? request.extent() : map.extent();
        if (e == null || !e.isValid()) {
            throw new RenderException("msCalculateScale(): General error message. Invalid image extent"
                    + (e == null ? ": no EXTENT given." : String.format(", minx=%f, miny=%f, maxx=%f, maxy=%f.",
                    e.minX(), e.minY(), e.maxX(), e.maxY())));
        }
        boolean nonSquare = "YES".equalsIgnoreCase(map.config().value("MS_NONSQUARE"));
        Extent adjusted = nonSquare ? e : adjust(e, w, h);
        double cell = Math.max(adjusted.width() / Math.max(w - 1, 1), adjusted.height() / Math.max(h - 1, 1));
        double scale = scale(adjusted, map.units(), w, map.resolution());
        return new MapView(adjusted, w, h, cell, scale, map.resolution(), map.defResolution(), map.units());
    }

    /** msAdjustExtent: grow the short axis symmetrically so both axes share one cell size. */
    static Extent adjust(Extent e, int w, int h) {
        if (w == 1 || h == 1) {
            return e;
        }
        double cell = Math.max(e.width() / (w - 1), e.height() / (h - 1));
        double ox = Math.max(((w - 1) - e.width() / cell) / 2, 0);
        double oy = Math.max(((h - 1) - e.height() / cell) / 2, 0);
        return new Extent(e.minX() - ox * cell, e.minY() - oy * cell, e.maxX() + ox * cell, e.maxY() + oy * cell);
    }

    /** msCalculateScale; -1 for PIXELS/PERCENTAGES maps, which have no scale. */
    static double scale(Extent e, Units units, int w, double resolution) {
        if (units == Units.PIXELS || units == Units.PERCENTAGES) {
            return -1;
        }
        return e.width() / ((w - 1) / (resolution * units.inchesPerUnit()));
    }
}
