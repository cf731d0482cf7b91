package org.jmapserv.data.contour;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jmapserv.data.AttributeRow;
import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.MapViewAware;
import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.jmapserv.image.raster.GeoTransform;
import org.jmapserv.image.raster.RasterReadException;
import org.jmapserv.image.raster.RasterSource;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.locationtech.jts.geom.Envelope;

/**
 * A CONNECTIONTYPE CONTOUR layer (mapcontour.c): at each query the raster band under the map is read at the map's
 * resolution (msContourLayerReadRaster: the map extent grown by half a cell, a sampling step of
 * {@code floor(map cell / raster cell)} source pixels, at least 1, aligned on that virtual grid from the raster's
 * origin, 5 steps of margin, read by nearest neighbour), and GDALContourGenerate's lines
 * ({@link ContourTracer}) become line features with the items {@code ID} (0, 1, ... in GDAL's write order) and, when
 * {@code CONTOUR_ITEM} is set, that item holding the level (printed {@code %.3f}, as OGR prints a Real of width 12
 * and precision 3). Classes, labels and queries see them as any line layer's features.
 */
public final class ContourFeatureSource implements FeatureSource, MapViewAware {

    private final MapDef map;
    private final LayerDef layer;
    private final Path file;
    private final RasterSource raster;
    private final GeoTransform gt;
    private final ContourOptions options;
    private final List<String> names;
    private MapViewAware.View view;
    private double scaleDenom = Double.NaN;
    /** __data_cellsize__: the cell size of the grid contoured last, for GEOMTRANSFORM's [data_cellsize]. */
    private double dataCellSize = Double.NaN;

    ContourFeatureSource(MapDef map, LayerDef layer, Path file, RasterSource raster, GeoTransform gt) {
        this.map = map;
        this.layer = layer;
        this.file = file;
        this.raster = raster;
        this.gt = gt;
        this.options = new ContourOptions(layer.processing());
        String item = options.item();
        this.names = item == null ? List.of("ID") : List.of("ID", item);
    }

    @Override
    public void mapView(MapViewAware.View view) {
        this.view = view;
        this.scaleDenom = view.scaleDenom();
    }

    @Override
    public List<String> attributeNames() {
        return names;
    }

    /** msContourLayerGetExtent: the raster's extent. */
    @Override
    public Envelope bounds() {
        int w = raster.info().width();
        int h = raster.info().height();
        return new Envelope(gt.c0(), gt.c0() + w * gt.c1(), gt.c3(), gt.c3() + h * gt.c5());
    }

    /** The cell size of the grid last contoured (msContourLayerReadRaster's __data_cellsize__), or NaN. */
    @Override
    public double dataCellSize() {
        return dataCellSize;
    }

    @Override
    public FeatureCursor query(Envelope extent) {
        return FeatureCursor.over(generate(extent), null);
    }

    @Override
    public long count() {
        return -1;
    }

    @Override
    public void close() {
        raster.close();
    }

    private List<Feature> generate(Envelope extent) {
        int band = options.band();
        int bandCount = raster.info().bandCount();
        if (band < 1 || band > bandCount) {
            throw new DataSourceException("msContourLayerReadRaster(): Image handling error. BANDS PROCESSING "
                    + "directive includes illegal band '" + band + "', should be from 1 to " + bandCount + ".");
        }
        Window w = window(extent);
        if (w == null) {
            return List.of();
        }
        float[] samples;
        try {
            samples = raster.read(new int[] {band}, w.xoff, w.yoff, w.xsize, w.ysize, w.dstW, w.dstH)[0];
        } catch (RasterReadException e) {
            throw new DataSourceException("msContourLayerReadRaster(): Unable to access file. GDALRasterIO() failed: "
                    + e.getMessage() + " (file '" + file + "')");
        }
        double[] grid = new double[samples.length];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = samples[i];
        }
        dataCellSize = Math.max(w.cellX, w.cellY);
        double[] fixed = options.levels(scaleDenom);
        double interval = options.interval(scaleDenom);
        ContourLevels levels;
        if (fixed != null && fixed.length > 0) {
            levels = ContourLevels.fixed(fixed);
        } else {
            if (!(interval > 0)) {
                // GDAL 3.6 refuses 0 (too many levels) and loops without end on a negative interval
                throw new DataSourceException("msContourLayerGenerateContour(): Unable to access file. "
                        + "GDALContourGenerate() failed: " + ContourLevels.TOO_MANY
                        + (interval < 0 ? " (CONTOUR_INTERVAL " + interval + " is below 0)" : ""));
            }
            levels = ContourLevels.interval(0.0, interval);
            requireFewLevels(grid, interval);
        }
        Double noData = raster.info().noData();
        List<ContourTracer.Line> lines;
        try {
            lines = ContourTracer.trace(grid, w.dstW, w.dstH, noData != null, noData == null ? 0 : noData,
                    levels);
        } catch (ContourException e) {
            throw new DataSourceException("msContourLayerGenerateContour(): Unable to access file. "
                    + "GDALContourGenerate() failed: " + e.getMessage());
        }
        List<Feature> out = new ArrayList<>(lines.size());
        for (ContourTracer.Line l : lines) {
            double[] xy = l.xy();
            double[] geo = new double[xy.length];
            for (int i = 0; i < xy.length; i += 2) {
                geo[i] = w.originX + xy[i] * w.cellX;
                geo[i + 1] = w.originY - xy[i + 1] * w.cellY;
            }
            String id = Integer.toString(out.size());
            List<String> values = names.size() == 1 ? List.of(id)
                    : List.of(id, String.format(java.util.Locale.ROOT, "%.3f", levels.level(l.levelIndex())));
            out.add(new Feature(out.size(), ShapeGeometry.of(ShapeKind.LINE, new int[] {0}, geo), new Row(names,
                    values)));
        }
        return out;
    }

    /**
     * Beyond GDAL: an interval that would put more than 100,000 levels between the grid's extremes is refused at
     * once (8.0 spends minutes on it, square by square).
     */
    private static void requireFewLevels(double[] grid, double interval) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : grid) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (max >= min && (max - min) / interval > ContourLevels.MAX_LEVELS) {
            throw new DataSourceException("msContourLayerGenerateContour(): Unable to access file. "
                    + "GDALContourGenerate() failed: " + ContourLevels.TOO_MANY + " (CONTOUR_INTERVAL " + interval
                    + " between " + min + " and " + max + ")");
        }
    }

    private record Window(int xoff, int yoff, int xsize, int ysize, int dstW, int dstH, double originX,
            double originY, double cellX, double cellY) {
    }

    /** msContourLayerReadRaster's window arithmetic; null when the map does not overlap the raster. */
    private Window window(Envelope queried) {
        int srcW = raster.info().width();
        int srcH = raster.info().height();
        if (!"TRUE".equalsIgnoreCase(layer.transform()) && !"ON".equalsIgnoreCase(layer.transform())
                && layer.transform() != null) {
            int w = Math.min(map.width(), srcW);
            int h = Math.min(map.height(), srcH);
            return w < 1 || h < 1 ? null : new Window(0, 0, w, h, w, h, 0, map.height(), 1, 1);
        }
        double minX;
        double minY;
        double maxX;
        double maxY;
        double cellX;
        double cellY;
        if (view != null && view.sameProjection()) {
            cellX = view.cellSize();
            cellY = view.cellSize();
            minX = view.minX() - cellX * 0.5;
            minY = view.minY() - cellY * 0.5;
            maxX = view.maxX() + cellX * 0.5;
            maxY = view.maxY() + cellY * 0.5;
        } else {
            Envelope e = queried != null ? queried : fallbackExtent();
            if (e == null) {
                return null;
            }
            int w = view != null ? view.width() : map.width();
            int h = view != null ? view.height() : map.height();
            cellX = e.getWidth() / Math.max(1, w);
            cellY = e.getHeight() / Math.max(1, h);
            minX = e.getMinX();
            minY = e.getMinY();
            maxX = e.getMaxX();
            maxY = e.getMaxY();
            // a map reaching past the raster: mapcontour.c takes the map's own cell size in the layer's units
            double rx0 = gt.c0();
            double rx1 = gt.c0() + gt.c1() * srcW;
            double ry0 = gt.c3() + gt.c5() * srcH;
            double ry1 = gt.c3();
            if (view != null && (minX < rx0 || maxX > rx1 || minY < ry0 || maxY > ry1)) {
                cellX = view.layerCellSize();
                cellY = view.layerCellSize();
            }
        }
        if (cellX == 0 || cellY == 0) {
            return null;
        }
        int stepX = Math.max(1, (int) Math.floor(cellX / Math.abs(gt.c1())));
        int stepY = Math.max(1, (int) Math.floor(cellY / Math.abs(gt.c5())));
        double dstCellX = Math.abs(gt.c1()) * stepX;
        double dstCellY = Math.abs(gt.c5()) * stepY;
        // GEO_TRANS(gt, 0, src_ysize) and friends, as mapcontour.c clips (a north-up raster)
        double rMinX = gt.c0() + gt.c2() * srcH;
        double rMaxX = gt.c0() + gt.c1() * srcW;
        double rMinY = gt.c3() + gt.c5() * srcH;
        double rMaxY = gt.c3() + gt.c4() * srcW;
        double cMinX = Math.max(minX, rMinX);
        double cMaxX = Math.min(maxX, rMaxX);
        double cMinY = Math.max(minY, rMinY);
        double cMaxY = Math.min(maxY, rMaxY);
        if (cMinX >= cMaxX || cMinY >= cMaxY) {
            return null;
        }
        GeoTransform inv = gt.inverse();
        double llx = inv.x(cMinX, cMinY);
        double lly = inv.y(cMinX, cMinY);
        double urx = inv.x(cMaxX, cMaxY);
        double ury = inv.y(cMaxX, cMaxY);
        // the virtual grid, with 5 steps of margin (mapcontour.c uses the x step for the y margin too)
        llx = Math.floor(llx / stepX) * stepX - stepX * 5;
        urx = Math.ceil(urx / stepX) * stepX + stepX * 5;
        ury = Math.floor(ury / stepY) * stepY - stepX * 5;
        lly = Math.ceil(lly / stepY) * stepY + stepX * 5;
        int xoff = Math.max(0, (int) Math.floor(llx + 0.5));
        int yoff = Math.max(0, (int) Math.floor(ury + 0.5));
        int xsize = Math.min(Math.max(0, (int) (urx - llx + 0.5)), srcW - xoff);
        int ysize = Math.min(Math.max(0, (int) (lly - ury + 0.5)), srcH - yoff);
        double ox = gt.c0() + gt.c1() * xoff;
        double ex = gt.c0() + gt.c1() * (xoff + xsize);
        double oy = gt.c3() + gt.c5() * yoff;
        double ey = gt.c3() + gt.c5() * (yoff + ysize);
        if (xsize < 2 || ysize < 2) {
            return null;
        }
        int dstW = (int) Math.ceil((ex - ox) / dstCellX);
        int dstH = (int) Math.ceil((oy - ey) / dstCellY);
        if (dstW <= 0 || dstH <= 0) {
            return null;
        }
        return new Window(xoff, yoff, xsize, ysize, dstW, dstH, ox, oy, dstCellX, dstCellY);
    }

    private Envelope fallbackExtent() {
        Extent e = map.extent();
        return e == null ? null : new Envelope(e.minX(), e.maxX(), e.minY(), e.maxY());
    }

    private record Row(List<String> names, List<String> values) implements AttributeRow {
        @Override
        public String value(int index) {
            return values.get(index);
        }
    }
}
