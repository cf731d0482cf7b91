package org.jmapserv.render;

import org.jmapserv.geo.ExtentAdjuster;
import org.jmapserv.geo.PixelGrid;
import org.jmapserv.geo.Rect;
import org.jmapserv.geo.ScaleCalculator;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Units;

/**
 * The geometry of one draw, as msDrawMap sets it up (mapdraw.c): the pixel grid left by msAdjustExtent
 * ({@link ExtentAdjuster}), the scale denominator of msCalculateScale ({@link ScaleCalculator}) and the
 * resolution factor RESOLUTION/DEFRESOLUTION. World-to-pixel is {@link PixelGrid}'s MS_MAP2IMAGE_X/Y_IC_DBL.
 */
public record MapView(PixelGrid grid, double scaleDenom, double resolution, double defResolution, Units units) {

    /** The squared, pixel-centre based extent. */
    public Extent extent() {
        Rect r = grid.extent();
        return r.toExtent();
    }

    public int width() {
        return grid.width();
    }

    public int height() {
        return grid.height();
    }

    /** The horizontal cell size (both axes share it unless MS_NONSQUARE is set). */
    public double cellSize() {
        return grid.cellsizeX();
    }

    public double toPixelX(double x) {
        return grid.toPixelX(x);
    }

    public double toPixelY(double y) {
        return grid.toPixelY(y);
    }

    public double resolutionFactor() {
        return resolution / defResolution;
    }

    /** The extent of the whole canvas, half a pixel beyond the centre-based extent on each side. */
    public Extent pixelEdges() {
        Rect r = grid.edgeBounds();
        return r.toExtent();
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
        Rect rect = Rect.of(e);
        boolean nonSquare = "YES".equalsIgnoreCase(map.config().value("MS_NONSQUARE"));
        PixelGrid grid = nonSquare ? ExtentAdjuster.nonSquare(rect, w, h) : ExtentAdjuster.adjust(rect, w, h);
        if (grid.cellsizeX() <= 0 || grid.cellsizeY() <= 0) {
            throw new RenderException(String.format(
                    "msDrawMap(): Image handling error. A %dx%d image cannot show an extent.", w, h));
        }
        Rect g = grid.extent();
        if (!Double.isFinite(g.width()) || !Double.isFinite(g.height()) || !Double.isFinite(g.minX())
                || !Double.isFinite(g.minY()) || !Double.isFinite(grid.cellsizeX())
                || !Double.isFinite(grid.cellsizeY())) {
            // An extent such as 0 0 1e400 10 (read as infinity) squares into NaN; msCalculateScale refuses it.
            throw new RenderException("msDrawMap(): Image handling error. Unable to initialize image. "
                    + "msCalculateScale(): General error message. Invalid image extent, minx=" + c(g.minX())
                    + ", miny=" + c(g.minY()) + ", maxx=" + c(g.maxX()) + ", maxy=" + c(g.maxY()) + ".");
        }
        double scale = ScaleCalculator.scaleDenominator(g, map.units(), w, h, map.resolution());
        return new MapView(grid, scale, map.resolution(), map.defResolution(), map.units());
    }

    /** C's printf %f, which spells non-finite values nan, -nan, inf and -inf. */
    private static String c(double v) {
        if (Double.isNaN(v)) {
            return Double.doubleToRawLongBits(v) < 0 ? "-nan" : "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return String.format(java.util.Locale.ROOT, "%f", v);
    }
}
