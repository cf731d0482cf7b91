package org.jmapserv.image.raster;

/**
 * An open raster file: its description and windowed, decimated reads. One per layer draw; not thread-safe.
 */
public interface RasterSource extends AutoCloseable {

    RasterInfo info();

    /**
     * The samples of {@code bands} (1-based) of the source window {@code (xoff, yoff, xsize, ysize)}, decimated or
     * magnified to {@code bufWidth x bufHeight} by nearest neighbour exactly as GDALDatasetRasterIO does (pixel
     * centres, internal overviews when reducing). One array per band, row by row.
     */
    float[][] read(int[] bands, int xoff, int yoff, int xsize, int ysize, int bufWidth, int bufHeight)
            throws RasterReadException;

    @Override
    void close();
}
