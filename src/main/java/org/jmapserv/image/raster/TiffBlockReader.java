package org.jmapserv.image.raster;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BandedSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Windowed reads of one TIFF image (IFD) whose blocks use a {@link TiffCodec} the ImageIO readers lack, as libtiff
 * reads them for GDAL: only the tiles or strips under the asked region are read and inflated, then the predictor
 * is undone (tif_predict.c: horizontal differencing on 8/16/32-bit integers, PREDICTOR=3's byte planes on floats),
 * chunky or planar. The codec libraries do the decompression; this class only knows where the blocks are.
 */
final class TiffBlockReader implements AutoCloseable {

    private static final int STRIP_OFFSETS = 273;
    private static final int STRIP_BYTE_COUNTS = 279;
    private static final int PLANAR_CONFIGURATION = 284;
    private static final int PREDICTOR = 317;
    private static final int TILE_OFFSETS = 324;
    private static final int TILE_BYTE_COUNTS = 325;

    private final Path file;
    private final TiffCodec codec;
    private final TiffDirectory dir;
    private final ByteOrder order;
    private final int width;
    private final int height;
    private final int spp;
    private final int bits;
    private final SampleType type;
    private final boolean planar;
    private final int predictor;
    private final boolean tiled;
    private final int blockW;
    private final int blockH;
    private final long[] offsets;
    private final long[] counts;
    private FileChannel channel;

    TiffBlockReader(Path file, TiffCodec codec, TiffDirectory dir, ByteOrder order, int width, int height, int spp,
            int bits, SampleType type) throws RasterReadException {
        this.file = file;
        this.codec = codec;
        this.dir = dir;
        this.order = order;
        this.width = width;
        this.height = height;
        this.spp = spp;
        this.bits = bits;
        this.type = type;
        this.planar = dir.intOf(PLANAR_CONFIGURATION, 1) == 2 && spp > 1;
        this.predictor = dir.intOf(PREDICTOR, 1);
        this.tiled = dir.has(TILE_OFFSETS);
        this.blockW = tiled ? dir.intOf(322, width) : width;
        this.blockH = tiled ? dir.intOf(323, height) : (int) Math.max(1, Math.min(height, dir.longOf(278, height)));
        this.offsets = dir.longsOf(tiled ? TILE_OFFSETS : STRIP_OFFSETS);
        this.counts = dir.longsOf(tiled ? TILE_BYTE_COUNTS : STRIP_BYTE_COUNTS);
        String what = codec + " compression";
        if (bits != 8 && bits != 16 && bits != 32 && bits != 64) {
            throw new RasterReadException("'" + file + "' has " + bits + "-bit samples with " + what
                    + ", which is not supported (8, 16, 32 and 64-bit samples are).");
        }
        if (codec == TiffCodec.WEBP && (bits != 8 || planar || (spp != 3 && spp != 4))) {
            throw new RasterReadException("'" + file + "' has WebP blocks that are not 8-bit RGB or RGBA.");
        }
        if (predictor != 1 && predictor != 2 && predictor != 3 || predictor == 3 && type != SampleType.FLOAT32
                && type != SampleType.FLOAT64 || predictor == 2 && (type == SampleType.FLOAT32
                        || type == SampleType.FLOAT64)) {
            throw new RasterReadException("'" + file + "' uses TIFF predictor " + predictor + " on " + bits
                    + "-bit samples, which is not supported.");
        }
        long across = ((long) width + blockW - 1) / blockW;
        long down = ((long) height + blockH - 1) / blockH;
        long blocks = across * down * (planar ? spp : 1);
        if (offsets == null || counts == null || offsets.length < blocks || counts.length < blocks) {
            throw new RasterReadException("'" + file + "' lists " + (offsets == null ? 0 : offsets.length)
                    + " block offsets where its size needs " + blocks + ".");
        }
    }

    /** The pixels of {@code region} (all bands), with the region's origin at (0, 0). */
    Raster read(Rectangle region) throws IOException {
        WritableRaster out = Raster.createWritableRaster(sampleModel(region.width, region.height), new Point(0, 0));
        int across = (width + blockW - 1) / blockW;
        int down = (height + blockH - 1) / blockH;
        int bx0 = region.x / blockW;
        int bx1 = (region.x + region.width - 1) / blockW;
        int by0 = region.y / blockH;
        int by1 = (region.y + region.height - 1) / blockH;
        for (int by = by0; by <= by1; by++) {
            // strips are as tall as the rows left; tiles are always whole
            int rows = tiled ? blockH : Math.min(blockH, height - by * blockH);
            for (int bx = bx0; bx <= bx1; bx++) {
                for (int plane = 0; plane < (planar ? spp : 1); plane++) {
                    int index = plane * across * down + by * across + bx;
                    paste(out, region, bx * blockW, by * blockH, rows, plane, block(index, rows));
                }
            }
        }
        return out;
    }

    /** One block as samples (int[] for integers, float[] or double[] for floats), or null when sparse. */
    private Object block(int index, int rows) throws IOException {
        try {
            return inflated(index, rows);
        } catch (IOException e) {
            int across = (width + blockW - 1) / blockW;
            int inPlane = index % (across * ((height + blockH - 1) / blockH));
            throw new IOException("the " + (tiled ? "tile" : "strip") + " at X offset " + inPlane % across
                    + ", Y offset " + inPlane / across + " cannot be read: " + TiffRasterSource.describe(e), e);
        }
    }

    private Object inflated(int index, int rows) throws IOException {
        long count = counts[index];
        if (offsets[index] == 0 || count == 0) {
            return null; // a sparse block: GDAL reads it as zeros
        }
        int channels = planar ? 1 : spp;
        long bytes = (long) blockW * rows * channels * (bits / 8);
        if (count > TiffRasterSource.MAX_BLOCK_BYTES || bytes > TiffRasterSource.MAX_BLOCK_BYTES) {
            throw new IOException("it declares " + count + " compressed bytes");
        }
        byte[] src = new byte[(int) count];
        ByteBuffer buf = ByteBuffer.wrap(src);
        FileChannel ch = channel();
        long pos = offsets[index];
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos + buf.position());
            if (n < 0) {
                throw new IOException("it ends past the end of the file");
            }
        }
        if (codec == TiffCodec.WEBP) {
            return WebpBlocks.decode(src, blockW, rows, spp);
        }
        return samples(codec.inflate(src, (int) bytes), rows, channels);
    }

    private Object samples(byte[] raw, int rows, int channels) {
        int rowSamples = blockW * channels;
        int n = rowSamples * rows;
        if (type == SampleType.FLOAT32 || type == SampleType.FLOAT64) {
            int size = bits / 8;
            if (predictor == 3) {
                unshuffleFloatRows(raw, rows, rowSamples, channels, size);
            }
            ByteBuffer bb = ByteBuffer.wrap(raw).order(predictor == 3 ? ByteOrder.BIG_ENDIAN : order);
            if (size == 4) {
                float[] f = new float[n];
                bb.asFloatBuffer().get(f);
                return f;
            }
            double[] d = new double[n];
            bb.asDoubleBuffer().get(d);
            return d;
        }
        int[] v = new int[n];
        ByteBuffer bb = ByteBuffer.wrap(raw).order(order);
        for (int i = 0; i < n; i++) {
            v[i] = switch (bits) {
                case 8 -> raw[i] & 0xff;
                case 16 -> bb.getShort(2 * i);
                default -> bb.getInt(4 * i);
            };
        }
        if (predictor == 2) {
            for (int r = 0; r < rows; r++) {
                int base = r * rowSamples;
                for (int i = base + channels; i < base + rowSamples; i++) {
                    v[i] += v[i - channels];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            v[i] = switch (type) {
                case BYTE -> v[i] & 0xff;
                case UINT16 -> v[i] & 0xffff;
                case INT16 -> (short) v[i];
                default -> v[i];
            };
        }
        return v;
    }

    /**
     * PREDICTOR=3 (tif_predict.c fpAcc): each row's bytes were differenced with the sample stride, after the
     * samples were split into byte planes, most significant first. The result is big-endian samples.
     */
    private static void unshuffleFloatRows(byte[] raw, int rows, int rowSamples, int channels, int size) {
        int rowBytes = rowSamples * size;
        byte[] tmp = new byte[rowBytes];
        for (int r = 0; r < rows; r++) {
            int base = r * rowBytes;
            for (int i = base + channels; i < base + rowBytes; i++) {
                raw[i] += raw[i - channels];
            }
            System.arraycopy(raw, base, tmp, 0, rowBytes);
            for (int s = 0; s < rowSamples; s++) {
                for (int b = 0; b < size; b++) {
                    raw[base + s * size + b] = tmp[b * rowSamples + s];
                }
            }
        }
    }

    /** Copies the part of a block at (x0, y0) that falls in {@code region}. */
    private void paste(WritableRaster out, Rectangle region, int x0, int y0, int rows, int plane, Object block) {
        int cx0 = Math.max(x0, region.x);
        int cx1 = Math.min(Math.min(x0 + blockW, width), region.x + region.width);
        int cy0 = Math.max(y0, region.y);
        int cy1 = Math.min(y0 + rows, region.y + region.height);
        if (cx1 <= cx0 || cy1 <= cy0 || block == null) {
            return; // rasters start zeroed: a sparse block stays 0
        }
        int channels = planar ? 1 : spp;
        int w = cx1 - cx0;
        for (int y = cy0; y < cy1; y++) {
            int from = ((y - y0) * blockW + (cx0 - x0)) * channels;
            int len = w * channels;
            int dx = cx0 - region.x;
            int dy = y - region.y;
            if (block instanceof int[] a) {
                int[] row = java.util.Arrays.copyOfRange(a, from, from + len);
                if (planar) {
                    out.setSamples(dx, dy, w, 1, plane, row);
                } else {
                    out.setPixels(dx, dy, w, 1, row);
                }
            } else if (block instanceof float[] a) {
                float[] row = java.util.Arrays.copyOfRange(a, from, from + len);
                if (planar) {
                    out.setSamples(dx, dy, w, 1, plane, row);
                } else {
                    out.setPixels(dx, dy, w, 1, row);
                }
            } else if (block instanceof double[] a) {
                double[] row = java.util.Arrays.copyOfRange(a, from, from + len);
                if (planar) {
                    out.setSamples(dx, dy, w, 1, plane, row);
                } else {
                    out.setPixels(dx, dy, w, 1, row);
                }
            }
        }
    }

    private SampleModel sampleModel(int w, int h) {
        int dataType = switch (type) {
            case BYTE -> DataBuffer.TYPE_BYTE;
            case UINT16 -> DataBuffer.TYPE_USHORT;
            case INT16 -> DataBuffer.TYPE_SHORT;
            case FLOAT32 -> DataBuffer.TYPE_FLOAT;
            case FLOAT64 -> DataBuffer.TYPE_DOUBLE;
            default -> DataBuffer.TYPE_INT;
        };
        if (planar) {
            return new BandedSampleModel(dataType, w, h, spp);
        }
        int[] offs = new int[spp];
        for (int b = 0; b < spp; b++) {
            offs[b] = b;
        }
        return new PixelInterleavedSampleModel(dataType, w, h, spp, w * spp, offs);
    }

    private FileChannel channel() throws IOException {
        if (channel == null) {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        }
        return channel;
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
