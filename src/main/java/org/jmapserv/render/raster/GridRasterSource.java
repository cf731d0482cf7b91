package org.jmapserv.render.raster;

import java.util.List;

import org.jmapserv.image.raster.GeoTransform;
import org.jmapserv.image.raster.NearestPlan;
import org.jmapserv.image.raster.RasterInfo;
import org.jmapserv.image.raster.RasterSource;
import org.jmapserv.image.raster.SampleType;

/**
 * A one-band Byte raster held in memory, as the MEM:::DATAPOINTER dataset msInterpolationDataset hands to
 * msDrawRasterLayerGDAL: no NODATA, no palette, read by GDAL's nearest rule like any file.
 */
final class GridRasterSource implements RasterSource {

    private final int[] bytes;
    private final RasterInfo info;

    GridRasterSource(int[] bytes, int width, int height, GeoTransform gt) {
        this.bytes = bytes;
        this.info = new RasterInfo(width, height, 1, SampleType.BYTE, gt, 0, null, null, 0, List.of());
    }

    @Override
    public RasterInfo info() {
        return info;
    }

    @Override
    public float[][] read(int[] bands, int xoff, int yoff, int xsize, int ysize, int bufWidth, int bufHeight) {
        NearestPlan plan = NearestPlan.of(info.width(), info.height(), List.of(), xoff, yoff, xsize, ysize,
                bufWidth, bufHeight);
        float[][] out = new float[bands.length][bufWidth * bufHeight];
        for (int j = 0; j < bufHeight; j++) {
            int row = plan.rows()[j] * info.width();
            for (int i = 0; i < bufWidth; i++) {
                out[0][j * bufWidth + i] = bytes[row + plan.cols()[i]];
            }
        }
        for (int b = 1; b < bands.length; b++) {
            out[b] = out[0].clone();
        }
        return out;
    }

    @Override
    public void close() {
        // nothing held but the array
    }
}
