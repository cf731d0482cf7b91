package org.jmapserv.image.raster;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

/**
 * A PNG, JPEG or GIF georeferenced by a world file (.pgw / .jgw / .gfw / .wld), decoded by the JDK's ImageIO
 * readers, presented as GDAL's PNG, JPEG and GIF drivers present it: grey or palette images as one band (a GIF's
 * transparent index as NODATA, a PNG palette's tRNS as colour-table alpha), RGB as three bands, a fourth (or, for
 * grey, second) band as alpha. Such formats decode from the start, so the window is read in one pass.
 */
public final class ImageRasterSource implements RasterSource {

    /** The most pixels a window of such an image may decode at once. */
    private static final long MAX_WINDOW_PIXELS = 64L << 20;

    private final Path file;
    private final ImageInputStream in;
    private final ImageReader reader;
    private final RasterInfo info;
    private final boolean indexed;

    private ImageRasterSource(Path file, ImageInputStream in, ImageReader reader, RasterInfo info, boolean indexed) {
        this.file = file;
        this.in = in;
        this.reader = reader;
        this.info = info;
        this.indexed = indexed;
    }

    public static ImageRasterSource open(Path file) throws RasterReadException {
        ImageInputStream in = null;
        try {
            in = ImageIO.createImageInputStream(file.toFile());
            if (in == null) {
                throw new RasterReadException("'" + file + "' cannot be opened.");
            }
            Iterator<ImageReader> it = ImageIO.getImageReaders(in);
            if (!it.hasNext()) {
                throw new RasterReadException("'" + file + "' is not in a supported raster format "
                        + "(GeoTIFF, PNG, JPEG, GIF).");
            }
            ImageReader reader = it.next();
            reader.setInput(in, true, true);
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            ImageTypeSpecifier raw = reader.getRawImageType(0);
            if (raw == null) {
                Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
                raw = types.hasNext() ? types.next() : null;
            }
            ColorModel cm = raw == null ? null : raw.getColorModel();
            boolean indexed = cm instanceof IndexColorModel;
            int bands;
            int alpha = 0;
            int[] palette = null;
            Double noData = null;
            if (indexed) {
                IndexColorModel icm = (IndexColorModel) cm;
                bands = 1;
                palette = new int[icm.getMapSize()];
                icm.getRGBs(palette);
                if (reader.getFormatName().equalsIgnoreCase("gif") && icm.getTransparentPixel() >= 0) {
                    noData = (double) icm.getTransparentPixel(); // GDAL's GIF driver: transparent index = NODATA
                    palette[icm.getTransparentPixel()] |= 0xff000000;
                }
            } else {
                bands = cm == null ? 3 : cm.getNumComponents();
                if (cm != null && cm.hasAlpha()) {
                    alpha = bands;
                }
            }
            GeoTransform gt = WorldFile.find(file);
            RasterInfo info = new RasterInfo(w, h, bands, SampleType.BYTE, gt, 0, noData, palette, alpha, List.of());
            return new ImageRasterSource(file, in, reader, info, indexed);
        } catch (IOException | RuntimeException e) {
            TiffRasterSource.closeQuietly(in);
            throw new RasterReadException("'" + file + "' is not a readable image: "
                    + TiffRasterSource.describe(e));
        } catch (RasterReadException e) {
            TiffRasterSource.closeQuietly(in);
            throw e;
        }
    }

    @Override
    public RasterInfo info() {
        return info;
    }

    @Override
    public float[][] read(int[] bands, int xoff, int yoff, int xsize, int ysize, int bufWidth, int bufHeight)
            throws RasterReadException {
        if ((long) xsize * ysize > MAX_WINDOW_PIXELS) {
            throw new RasterReadException("'" + file + "': a window of " + xsize + "x" + ysize
                    + " pixels is more than this format can decode at once; convert it to a tiled GeoTIFF.");
        }
        NearestPlan plan = NearestPlan.of(info.width(), info.height(), List.of(), xoff, yoff, xsize, ysize, bufWidth,
                bufHeight);
        float[][] out = new float[bands.length][bufWidth * bufHeight];
        try {
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceRegion(new Rectangle(xoff, yoff, xsize, ysize));
            BufferedImage img = reader.read(0, param);
            Raster raster = img.getRaster();
            boolean asRgb = !indexed && raster.getNumBands() < 3 && info.bandCount() >= 3;
            int ox = raster.getMinX();
            int oy = raster.getMinY();
            float[] line = new float[xsize];
            int[] argb = new int[xsize];
            for (int j = 0; j < bufHeight; j++) {
                int sy = plan.rows()[j] - yoff + oy;
                if (asRgb) {
                    img.getRGB(0, sy - oy, xsize, 1, argb, 0, xsize);
                }
                for (int b = 0; b < bands.length; b++) {
                    if (asRgb) {
                        int shift = bands[b] == 4 ? 24 : 16 - 8 * (bands[b] - 1);
                        for (int i = 0; i < xsize; i++) {
                            line[i] = argb[i] >>> shift & 0xff;
                        }
                    } else {
                        raster.getSamples(ox, sy, xsize, 1, bands[b] - 1, line);
                    }
                    int base = j * bufWidth;
                    for (int i = 0; i < bufWidth; i++) {
                        out[b][base + i] = line[plan.cols()[i] - xoff];
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new RasterReadException("failed to read '" + file + "': " + TiffRasterSource.describe(e));
        }
        return out;
    }

    @Override
    public void close() {
        reader.dispose();
        TiffRasterSource.closeQuietly(in);
    }
}
