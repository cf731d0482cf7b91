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

    /**
     * {@link #read} for 8-bit bands ({@code info().sampleType()} BYTE), the samples as ints 0..255: the common case
     * of drawing, which then needs no conversion from floats.
     */
    default int[][] readBytes(int[] bands, int xoff, int yoff, int xsize, int ysize, int bufWidth, int bufHeight)
            throws RasterReadException {
        float[][] f = read(bands, xoff, yoff, xsize, ysize, bufWidth, bufHeight);
        int[][] out = new int[f.length][];
        for (int b = 0; b < f.length; b++) {
            out[b] = new int[f[b].length];
            for (int i = 0; i < f[b].length; i++) {
                out[b][i] = (int) f[b][i];
            }
        }
        return out;
    }

    /**
     * Writes the window's 8-bit bands {@code rgb} (three, 1-based) as opaque 0xffRRGGBB pixels straight into
     * {@code argb} (buffer row j at {@code offset + j * stride}), as a draw with nothing to classify, scale or leave
     * out would; false when this source cannot (then nothing is written and {@link #readBytes} is the way).
     */
    default boolean readOpaqueRgbInto(int[] rgb, int xoff, int yoff, int xsize, int ysize, int bufWidth,
            int bufHeight, int[] argb, int offset, int stride) throws RasterReadException {
        return false;
    }

    /**
     * The full-resolution samples of {@code bands} at exactly the given columns and rows (both ascending), one
     * array per band, row by row ({@code cols.length} wide): how a VRT source reads the pixels its DstRect maps
     * onto. The default reads the bounding window at full resolution and picks from it.
     */
    default float[][] readPixels(int[] bands, int[] cols, int[] rows) throws RasterReadException {
        float[][] out = new float[bands.length][cols.length * rows.length];
        if (cols.length == 0 || rows.length == 0) {
            return out;
        }
        int x0 = cols[0];
        int y0 = rows[0];
        int w = cols[cols.length - 1] - x0 + 1;
        int h = rows[rows.length - 1] - y0 + 1;
        float[][] win = read(bands, x0, y0, w, h, w, h);
        for (int b = 0; b < bands.length; b++) {
            for (int j = 0; j < rows.length; j++) {
                int base = (rows[j] - y0) * w - x0;
                for (int i = 0; i < cols.length; i++) {
                    out[b][j * cols.length + i] = win[b][base + cols[i]];
                }
            }
        }
        return out;
    }

    /**
     * The samples of image {@code level} (0 the full resolution, k the k-th of {@link RasterInfo#overviews()}) at
     * exactly the given columns and rows of that image; null when this source cannot address its levels.
     */
    default float[][] readLevel(int[] bands, int level, int[] cols, int[] rows) throws RasterReadException {
        return level == 0 ? readPixels(bands, cols, rows) : null;
    }

    /**
     * Whether the file carries a per-dataset mask band GDAL would report as GMF_PER_DATASET (a TIFF's internal
     * transparency mask); MapServer then uses it as the alpha band (USE_MASK_BAND, default YES).
     */
    default boolean hasMaskBand() {
        return false;
    }

    /**
     * The mask of the window as alpha, decimated like {@link #read}: 0 masked out, 255 valid (a 1-bit mask's 1s
     * expanded as msDrawRasterLayerGDAL does), or null when there is no mask band.
     */
    default int[] readMask(int xoff, int yoff, int xsize, int ysize, int bufWidth, int bufHeight)
            throws RasterReadException {
        return null;
    }

    @Override
    void close();
}
