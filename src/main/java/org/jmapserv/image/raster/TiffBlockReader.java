package org.jmapserv.image.raster;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The blocks of one TIFF image (IFD) whose compression is a {@link TiffCodec}, decoded one at a time as libtiff's
 * TIFFReadEncodedTile / TIFFReadEncodedStrip decode them for GDAL's block cache: the block's bytes are read and
 * inflated, then the predictor is undone (tif_predict.c: horizontal differencing on 8/16/32-bit integers,
 * PREDICTOR=3's byte planes on floats), chunky or planar. The codec libraries do the decompression; this class only
 * knows where the blocks are.
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

    int blockWidth() {
        return blockW;
    }

    int blockHeight() {
        return blockH;
    }

    /**
     * Decodes the block at block column {@code bx}, row {@code by} into {@code target} as the block cache keeps it:
     * the block's pixels inside the image ({@code cw x ch}), all samples of a pixel together (planes interleaved),
     * in {@code target}'s byte order. A sparse block is zeros, as GDAL reads it.
     */
    void decodeInto(int bx, int by, int cw, int ch, ByteBuffer target) throws IOException {
        int across = (width + blockW - 1) / blockW;
        int down = (height + blockH - 1) / blockH;
        // strips are as tall as the rows left; tiles are always whole
        int rows = tiled ? blockH : Math.min(blockH, height - by * blockH);
        int size = bits / 8;
        for (int plane = 0; plane < (planar ? spp : 1); plane++) {
            int index = plane * across * down + by * across + bx;
            if (!planar && type == SampleType.BYTE && codec != TiffCodec.WEBP) {
                byte[] raw = rawBlock(index, rows);
                if (raw != null) {
                    copyBytes(raw, cw, ch, target);
                }
                continue;
            }
            Object block = block(index, rows);
            if (block == null) {
                continue; // direct buffers start zeroed
            }
            int channels = planar ? 1 : spp;
            for (int y = 0; y < ch; y++) {
                for (int x = 0; x < cw; x++) {
                    int from = (y * blockW + x) * channels;
                    int to = (y * cw + x) * spp + plane;
                    for (int c = 0; c < channels; c++, from++, to++) {
                        if (block instanceof int[] a) {
                            switch (size) {
                                case 1 -> target.put(to, (byte) a[from]);
                                case 2 -> target.putShort(to * 2, (short) a[from]);
                                default -> target.putInt(to * 4, a[from]);
                            }
                        } else if (block instanceof float[] a) {
                            target.putFloat(to * 4, a[from]);
                        } else if (block instanceof double[] a) {
                            target.putDouble(to * 8, a[from]);
                        }
                    }
                }
            }
        }
    }

    /** 8-bit chunky blocks: the inflated bytes, the predictor undone in place, rows cut to the image. */
    private void copyBytes(byte[] raw, int cw, int ch, ByteBuffer target) {
        int rowBytes = blockW * spp;
        if (predictor == 2) {
            for (int r = 0; r < ch; r++) {
                int base = r * rowBytes;
                for (int i = base + spp; i < base + rowBytes; i++) {
                    raw[i] += raw[i - spp];
                }
            }
        }
        if (cw == blockW) {
            target.put(0, raw, 0, cw * ch * spp);
            return;
        }
        for (int r = 0; r < ch; r++) {
            target.put(r * cw * spp, raw, r * rowBytes, cw * spp);
        }
    }

    /** An 8-bit chunky block's inflated bytes, or null when sparse. */
    private byte[] rawBlock(int index, int rows) throws IOException {
        try {
            byte[] src = compressed(index, rows);
            return src == null ? null : codec.inflate(src, blockW * rows * spp);
        } catch (IOException e) {
            throw blockError(index, e);
        }
    }

    private IOException blockError(int index, IOException e) {
        int across = (width + blockW - 1) / blockW;
        int inPlane = index % (across * ((height + blockH - 1) / blockH));
        return new IOException("the " + (tiled ? "tile" : "strip") + " at X offset " + inPlane % across
                + ", Y offset " + inPlane / across + " cannot be read: " + TiffRasterSource.describe(e), e);
    }

    /** One block as samples (int[] for integers, float[] or double[] for floats), or null when sparse. */
    private Object block(int index, int rows) throws IOException {
        try {
            return inflated(index, rows);
        } catch (IOException e) {
            throw blockError(index, e);
        }
    }

    private Object inflated(int index, int rows) throws IOException {
        byte[] src = compressed(index, rows);
        if (src == null) {
            return null; // a sparse block: GDAL reads it as zeros
        }
        int channels = planar ? 1 : spp;
        long bytes = (long) blockW * rows * channels * (bits / 8);
        if (codec == TiffCodec.WEBP) {
            return WebpBlocks.decode(src, blockW, rows, spp);
        }
        return samples(codec.inflate(src, (int) bytes), rows, channels);
    }

    /** The block's stored bytes, or null when the block is sparse (no offset or no bytes). */
    private byte[] compressed(int index, int rows) throws IOException {
        long count = counts[index];
        if (offsets[index] == 0 || count == 0) {
            return null;
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
        return src;
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
