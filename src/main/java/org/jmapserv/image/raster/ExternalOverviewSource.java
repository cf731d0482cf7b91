package org.jmapserv.image.raster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A raster whose overviews live in a separate TIFF beside it ({@code <file>.ovr}, as {@code gdaladdo -ro} writes
 * them), found and used as GDAL's GDALDefaultOverviews does: only when the file has no internal overviews; the
 * .ovr's first image and its own reduced images become the overview levels, chosen by the same rule as internal
 * ones (GDALBandGetBestOverviewLevel2).
 */
final class ExternalOverviewSource implements RasterSource {

    private final RasterSource base;
    private final TiffRasterSource ovr;
    private final RasterInfo info;

    private ExternalOverviewSource(RasterSource base, TiffRasterSource ovr, RasterInfo info) {
        this.base = base;
        this.ovr = ovr;
        this.info = info;
    }

    /** The {@code .ovr} GDAL would find beside {@code file} ({@code file.ovr}, then {@code file.OVR}), or null. */
    static Path find(Path file) {
        for (String ext : new String[] {".ovr", ".OVR"}) {
            Path p = file.resolveSibling(file.getFileName() + ext);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * {@code base} with the overviews of {@code ovrFile}; {@code base} is closed when the .ovr cannot serve as its
     * overviews (other band count or sample type, larger than the file: a stale .ovr), with an error naming both.
     */
    static RasterSource wrap(RasterSource base, Path file, Path ovrFile) throws RasterReadException {
        TiffRasterSource ovr;
        try {
            ovr = TiffRasterSource.open(ovrFile);
        } catch (RasterReadException e) {
            base.close();
            throw new RasterReadException("the overview file beside it cannot be used: " + e.getMessage());
        }
        RasterInfo b = base.info();
        RasterInfo o = ovr.info();
        String problem = null;
        if (o.bandCount() != b.bandCount()) {
            problem = "it has " + o.bandCount() + " band(s), the file " + b.bandCount();
        } else if (o.sampleType() != b.sampleType()) {
            problem = "its samples are " + o.sampleType() + ", the file's " + b.sampleType();
        } else if (o.width() > b.width() || o.height() > b.height()) {
            problem = "it is " + o.width() + "x" + o.height() + " pixels, larger than the file (" + b.width() + "x"
                    + b.height() + ")";
        }
        if (problem != null) {
            ovr.close();
            base.close();
            throw new RasterReadException("the overview file '" + ovrFile + "' does not match '" + file + "': "
                    + problem + "; rebuild it with gdaladdo -ro.");
        }
        List<int[]> levels = new ArrayList<>();
        levels.add(new int[] {o.width(), o.height()});
        levels.addAll(o.overviews());
        RasterInfo info = new RasterInfo(b.width(), b.height(), b.bandCount(), b.sampleType(), b.geoTransform(),
                b.epsg(), b.noData(), b.palette(), b.alphaBand(), levels);
        return new ExternalOverviewSource(base, ovr, info);
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
        if (plan.level() == 0) {
            return base.read(bands, xoff, yoff, xsize, ysize, bufWidth, bufHeight);
        }
        return ovr.readPlan(bands, new NearestPlan(plan.level() - 1, plan.cols(), plan.rows()));
    }

    @Override
    public float[][] readPixels(int[] bands, int[] cols, int[] rows) throws RasterReadException {
        return base.readPixels(bands, cols, rows);
    }

    @Override
    public float[][] readLevel(int[] bands, int level, int[] cols, int[] rows) throws RasterReadException {
        return level == 0 ? base.readPixels(bands, cols, rows)
                : ovr.readPlan(bands, new NearestPlan(level - 1, cols, rows));
    }

    @Override
    public boolean hasMaskBand() {
        return base.hasMaskBand();
    }

    @Override
    public int[] readMask(int xoff, int yoff, int xsize, int ysize, int bufWidth, int bufHeight)
            throws RasterReadException {
        return base.readMask(xoff, yoff, xsize, ysize, bufWidth, bufHeight);
    }

    @Override
    public void close() {
        ovr.close();
        base.close();
    }
}
