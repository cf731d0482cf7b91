package org.jmapserv.image.raster;

import java.util.List;

/**
 * One overview of a raster presented as the raster itself, as GDAL's {@code OVERVIEW_LEVEL=n} open option
 * (MapServer's {@code CONNECTIONOPTIONS "OVERVIEW_LEVEL" "n"}) opens it: its size, the geotransform scaled to its
 * pixels, and the overviews after it as its own overviews (GDALOverviewDataset).
 */
public final class OverviewLevelSource implements RasterSource {

    private final RasterSource base;
    private final int level;
    private final RasterInfo info;

    private OverviewLevelSource(RasterSource base, int level, RasterInfo info) {
        this.base = base;
        this.level = level;
        this.info = info;
    }

    /**
     * Overview {@code n} (0-based, as GDAL counts) of {@code base}; {@code base} is closed and the open fails, as in
     * GDAL, when it has no such overview or cannot address it.
     */
    public static RasterSource of(RasterSource base, int n, String file) throws RasterReadException {
        RasterInfo b = base.info();
        if (n < 0 || n >= b.overviews().size()) {
            base.close();
            throw new RasterReadException("'" + file + "': cannot open overview level " + n + " (OVERVIEW_LEVEL): "
                    + "the file has " + b.overviews().size() + " overview(s).");
        }
        int[] o = b.overviews().get(n);
        GeoTransform g = b.geoTransform();
        double fx = b.width() / (double) o[0];
        double fy = b.height() / (double) o[1];
        GeoTransform scaled = g == null ? null
                : new GeoTransform(g.c0(), g.c1() * fx, g.c2() * fy, g.c3(), g.c4() * fx, g.c5() * fy);
        List<int[]> rest = b.overviews().subList(n + 1, b.overviews().size());
        RasterInfo info = new RasterInfo(o[0], o[1], b.bandCount(), b.sampleType(), scaled, b.epsg(), b.noData(),
                b.palette(), b.alphaBand(), rest);
        return new OverviewLevelSource(base, n + 1, info);
    }

    @Override
    public RasterInfo info() {
        return info;
    }

    @Override
    public float[][] read(int[] bands, int xoff, int yoff, int xsize, int ysize, int bufWidth, int bufHeight)
            throws RasterReadException {
        NearestPlan plan = NearestPlan.of(info.width(), info.height(), info.overviews(), xoff, yoff, xsize, ysize,
                bufWidth, bufHeight);
        return readLevel(bands, plan.level(), plan.cols(), plan.rows());
    }

    @Override
    public float[][] readPixels(int[] bands, int[] cols, int[] rows) throws RasterReadException {
        return readLevel(bands, 0, cols, rows);
    }

    @Override
    public float[][] readLevel(int[] bands, int lvl, int[] cols, int[] rows) throws RasterReadException {
        float[][] out = base.readLevel(bands, level + lvl, cols, rows);
        if (out == null) {
            throw new RasterReadException("OVERVIEW_LEVEL is not supported for this kind of file.");
        }
        return out;
    }

    @Override
    public void close() {
        base.close();
    }
}
