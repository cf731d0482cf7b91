package org.jmapserv.image.raster;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.jmapserv.image.raster.GeoTiffTags.BITS_PER_SAMPLE;
import static org.jmapserv.image.raster.GeoTiffTags.COLOR_MAP;
import static org.jmapserv.image.raster.GeoTiffTags.COMPRESSION;
import static org.jmapserv.image.raster.GeoTiffTags.EXTRA_SAMPLES;
import static org.jmapserv.image.raster.GeoTiffTags.GEO_KEY_DIRECTORY;
import static org.jmapserv.image.raster.GeoTiffTags.HEIGHT;
import static org.jmapserv.image.raster.GeoTiffTags.NEW_SUBFILE_TYPE;
import static org.jmapserv.image.raster.GeoTiffTags.PHOTOMETRIC;
import static org.jmapserv.image.raster.GeoTiffTags.SAMPLES_PER_PIXEL;
import static org.jmapserv.image.raster.GeoTiffTags.SAMPLE_FORMAT;
import static org.jmapserv.image.raster.GeoTiffTags.WIDTH;
import static org.jmapserv.image.raster.GeoTiffTags.blockHeight;
import static org.jmapserv.image.raster.GeoTiffTags.blockReadable;
import static org.jmapserv.image.raster.GeoTiffTags.blockWidth;
import static org.jmapserv.image.raster.GeoTiffTags.checkBlock;
import static org.jmapserv.image.raster.GeoTiffTags.geoTransform;
import static org.jmapserv.image.raster.GeoTiffTags.intOf;
import static org.jmapserv.image.raster.GeoTiffTags.intsOf;
import static org.jmapserv.image.raster.GeoTiffTags.jdkReadable;
import static org.jmapserv.image.raster.GeoTiffTags.noData;
import static org.jmapserv.image.raster.GeoTiffTags.palette;
import static org.jmapserv.image.raster.GeoTiffTags.sampleType;

import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import com.twelvemonkeys.imageio.stream.BufferedFileImageInputStream;
import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;

/**
 * A GeoTIFF read as GDAL's GTiff driver presents it to MapServer: the TwelveMonkeys TIFF plugin decodes the pixels
 * (stripped or tiled; none, LZW, deflate, PackBits, JPEG; 8/16/32-bit integers and 32/64-bit floats; palettes) and
 * its TIFF directory reader gives the GeoTIFF tags (ModelPixelScale + ModelTiepoint or ModelTransformation,
 * GeoKeyDirectory, GDAL_NODATA), ExtraSamples (alpha) and the reduced-resolution IFDs (internal overviews).
 * Without GeoTIFF tags a .tfw / .tifw / .wld world file is used. Windows are read in strips of whole blocks, so
 * memory stays bounded by the window's width, never by the file's size.
 */
public final class TiffRasterSource implements RasterSource {

    /** The largest decoded block (tile or strip) accepted, in bytes: a guard against absurd declared sizes. */
    static final long MAX_BLOCK_BYTES = 64L << 20;
    /** The largest chunk of rows decoded at once, in bytes. */
    private static final long MAX_CHUNK_BYTES = 48L << 20;
    private static final Set<Integer> COMPRESSIONS = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 32773, 32946, 34925, 50000,
            50001);

    private final Path file;
    private final ImageInputStream in;
    private final ImageReader reader;
    private final RasterInfo info;
    /** IFD index of level 0 (full resolution) and of every overview, and each level's block height. */
    private final List<Integer> levelImages = new ArrayList<>();
    private final List<Integer> levelBlockHeights = new ArrayList<>();
    private final List<Integer> levelBlockWidths = new ArrayList<>();
    /** Whether the JDK's TIFF reader decodes the level (its predictor support is narrower than TwelveMonkeys'). */
    private final List<Boolean> levelJdkReadable = new ArrayList<>();
    /** The block reader of levels compressed with a codec ImageIO lacks (ZSTD, LZMA, WebP); null elsewhere. */
    private final List<TiffBlockReader> levelCodecs = new ArrayList<>();
    private ImageInputStream jdkIn;
    /** IFD index of the full-resolution transparency mask and of the overviews' masks; empty without a mask. */
    private final List<Integer> maskImages = new ArrayList<>();
    private final List<int[]> maskOverviews = new ArrayList<>();
    private boolean maskOneBit;
    private long fileSize;
    private long fileModified;
    private ImageReader jdkReader;
    private RasterBlockCache cache;

    private TiffRasterSource(Path file, ImageInputStream in, ImageReader reader, RasterInfo info) {
        this.file = file;
        this.in = in;
        this.reader = reader;
        this.info = info;
    }

    /** Opens {@code file} with the process-wide block cache; errors name the file and what is wrong with it. */
    public static TiffRasterSource open(Path file) throws RasterReadException {
        return open(file, RasterBlockCache.shared(null));
    }

    /** Opens {@code file}, its decoded blocks kept in {@code cache}. */
    public static TiffRasterSource open(Path file, RasterBlockCache cache) throws RasterReadException {
        ImageInputStream in = null;
        try {
            in = new BufferedFileImageInputStream(file.toFile());
            Directory root = new TIFFReader().read(in);
            List<Directory> ifds = new ArrayList<>();
            if (root instanceof CompoundDirectory c) {
                for (int i = 0; i < c.directoryCount(); i++) {
                    ifds.add(c.getDirectory(i));
                }
            } else {
                ifds.add(root);
            }
            Directory d0 = ifds.get(0);
            int width = intOf(d0, WIDTH, -1);
            int height = intOf(d0, HEIGHT, -1);
            int spp = intOf(d0, SAMPLES_PER_PIXEL, 1);
            int[] bps = intsOf(d0, BITS_PER_SAMPLE, new int[] {1});
            int compression = intOf(d0, COMPRESSION, 1);
            if (width <= 0 || height <= 0) {
                throw new RasterReadException("'" + file + "' is a TIFF file without a valid image size.");
            }
            if (!COMPRESSIONS.contains(compression)) {
                throw new RasterReadException("'" + file + "' uses TIFF compression " + compression
                        + ", which is not supported (none, LZW, deflate, PackBits, JPEG, CCITT, ZSTD, LZMA and WebP"
                        + " are).");
            }
            SampleType type = sampleType(bps[0], intsOf(d0, SAMPLE_FORMAT, new int[] {1})[0], file);
            checkBlock(file, d0, width, height, spp, bps[0]);
            in.seek(0);
            ImageReader reader = new TIFFImageReaderSpi().createReaderInstance();
            reader.setInput(in, false, true);
            List<int[]> overviews = new ArrayList<>();
            TiffRasterSource[] holder = new TiffRasterSource[1];
            List<Integer> images = new ArrayList<>();
            List<Integer> blockHeights = new ArrayList<>();
            List<Integer> blockWidths = new ArrayList<>();
            List<Boolean> jdkReadable = new ArrayList<>();
            images.add(0);
            blockHeights.add(blockHeight(d0, height));
            blockWidths.add(blockWidth(d0, width));
            jdkReadable.add(jdkReadable(d0));
            ByteOrder order = byteOrder(in);
            List<TiffBlockReader> codecs = new ArrayList<>();
            codecs.add(blockReader(file, d0, order, width, height, spp, bps[0], type));
            List<Integer> masks = new ArrayList<>();
            List<int[]> maskSizes = new ArrayList<>();
            boolean maskOneBit = true;
            for (int i = 1; i < ifds.size(); i++) {
                Directory d = ifds.get(i);
                int kind = intOf(d, NEW_SUBFILE_TYPE, 0);
                int w = intOf(d, WIDTH, -1);
                int h = intOf(d, HEIGHT, -1);
                if ((kind & 4) != 0 && intOf(d, SAMPLES_PER_PIXEL, 1) == 1 && w > 0 && h > 0 && w <= width
                        && h <= height) {
                    // GDAL's internal mask (FILETYPE_MASK): full resolution first, then the overviews' masks
                    if ((kind & 1) == 0 && w == width && h == height && masks.isEmpty()) {
                        checkBlock(file, d, w, h, 1, intsOf(d, BITS_PER_SAMPLE, new int[] {1})[0]);
                        masks.add(i);
                        maskOneBit = intsOf(d, BITS_PER_SAMPLE, new int[] {1})[0] == 1;
                    } else if ((kind & 1) != 0 && !masks.isEmpty()) {
                        checkBlock(file, d, w, h, 1, intsOf(d, BITS_PER_SAMPLE, new int[] {1})[0]);
                        masks.add(i);
                        maskSizes.add(new int[] {w, h});
                    }
                    continue;
                }
                if ((kind & 1) == 0 || (kind & 4) != 0 || intOf(d, SAMPLES_PER_PIXEL, 1) != spp || w <= 0 || h <= 0
                        || w > width || h > height) {
                    continue; // not a reduced copy of the same image (masks, pages)
                }
                checkBlock(file, d, w, h, spp, bps[0]);
                overviews.add(new int[] {w, h});
                images.add(i);
                blockHeights.add(blockHeight(d, h));
                blockWidths.add(blockWidth(d, w));
                jdkReadable.add(jdkReadable(d));
                codecs.add(blockReader(file, d, order, w, h, spp, bps[0], type));
            }
            GeoKeys keys = GeoKeys.parse(intsOf(d0, GEO_KEY_DIRECTORY, null));
            GeoTransform gt = geoTransform(d0, keys);
            if (gt == null) {
                gt = WorldFile.find(file);
            }
            int alpha = 0;
            int[] extra = intsOf(d0, EXTRA_SAMPLES, null);
            if (extra != null) {
                for (int k = 0; k < extra.length; k++) {
                    if (extra[k] == 1 || extra[k] == 2) {
                        alpha = spp - extra.length + k + 1;
                        break;
                    }
                }
            }
            int[] palette = intOf(d0, PHOTOMETRIC, 1) == 3 ? palette(intsOf(d0, COLOR_MAP, null)) : null;
            RasterInfo info = new RasterInfo(width, height, spp, type, gt, keys.epsg(), noData(d0), palette, alpha,
                    overviews);
            holder[0] = new TiffRasterSource(file, in, reader, info);
            holder[0].levelImages.addAll(images);
            holder[0].levelBlockHeights.addAll(blockHeights);
            holder[0].levelBlockWidths.addAll(blockWidths);
            holder[0].levelJdkReadable.addAll(jdkReadable);
            holder[0].levelCodecs.addAll(codecs);
            holder[0].maskImages.addAll(masks);
            holder[0].maskOverviews.addAll(maskSizes);
            holder[0].maskOneBit = maskOneBit;
            holder[0].fileSize = java.nio.file.Files.size(file);
            holder[0].fileModified = java.nio.file.Files.getLastModifiedTime(file)
                    .to(java.util.concurrent.TimeUnit.MICROSECONDS);
            holder[0].cache = cache;
            cache.openedVersion(file, holder[0].fileSize, holder[0].fileModified);
            return holder[0];
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            throw new RasterReadException("'" + file + "' is not a readable TIFF file: " + describe(e));
        } catch (RasterReadException e) {
            closeQuietly(in);
            throw e;
        }
    }

    @Override
    public RasterInfo info() {
        return info;
    }

    @Override
    public boolean readOpaqueRgbInto(int[] rgb, int xoff, int yoff, int xsize, int ysize, int bufWidth,
            int bufHeight, int[] argb, int offset, int stride) throws RasterReadException {
        if (info.sampleType() != SampleType.BYTE || rgb.length != 3) {
            return false;
        }
        NearestPlan plan = NearestPlan.of(info.width(), info.height(), info.overviews(), xoff, yoff, xsize, ysize,
                bufWidth, bufHeight);
        TiffBlockReader blocks = levelCodecs.get(plan.level());
        try {
            ImageReader decoder = blocks == null && levelJdkReadable.get(plan.level()) ? jdkReader() : null;
            if (blocks == null && decoder == null) {
                return false;
            }
            readBlocks(plan, levelImages.get(plan.level()), blocks, decoder, rgb, bufWidth, bufHeight, null, null,
                    new int[][] {argb, {offset, stride}});
        } catch (IOException | RuntimeException e) {
            throw new RasterReadException("failed to read '" + file + "': " + describe(e));
        }
        return true;
    }

    @Override
    public int[][] readBytes(int[] bands, int xoff, int yoff, int xsize, int ysize, int bufWidth, int bufHeight)
            throws RasterReadException {
        NearestPlan plan = NearestPlan.of(info.width(), info.height(), info.overviews(), xoff, yoff, xsize, ysize,
                bufWidth, bufHeight);
        TiffBlockReader blocks = levelCodecs.get(plan.level());
        ImageReader decoder;
        try {
            decoder = blocks == null && levelJdkReadable.get(plan.level()) ? jdkReader() : null;
        } catch (IOException e) {
            throw new RasterReadException("'" + file + "' cannot be read: " + describe(e));
        }
        if (info.sampleType() != SampleType.BYTE || blocks == null && decoder == null) {
            return RasterSource.super.readBytes(bands, xoff, yoff, xsize, ysize, bufWidth, bufHeight);
        }
        int[][] out = new int[bands.length][bufWidth * bufHeight];
        try {
            readBlocks(plan, levelImages.get(plan.level()), blocks, decoder, bands, bufWidth, bufHeight, null, out,
                    null);
        } catch (IOException | RuntimeException e) {
            throw new RasterReadException("failed to read '" + file + "': " + describe(e));
        }
        return out;
    }

    @Override
    public float[][] read(int[] bands, int xoff, int yoff, int xsize, int ysize, int bufWidth, int bufHeight)
            throws RasterReadException {
        NearestPlan plan = NearestPlan.of(info.width(), info.height(), info.overviews(), xoff, yoff, xsize, ysize,
                bufWidth, bufHeight);
        return readPlan(bands, plan);
    }

    /** The full-resolution samples at the given (ascending) columns and rows, for a VRT source's pixel mapping. */
    @Override
    public float[][] readPixels(int[] bands, int[] cols, int[] rows) throws RasterReadException {
        return readPlan(bands, new NearestPlan(0, cols, rows));
    }

    @Override
    public float[][] readLevel(int[] bands, int level, int[] cols, int[] rows) throws RasterReadException {
        return readPlan(bands, new NearestPlan(level, cols, rows));
    }

    /**
     * The samples of image {@code plan.level()} (0 full resolution, k the k-th overview, internal or external) at
     * the plan's columns and rows.
     */
    float[][] readPlan(int[] bands, NearestPlan plan) throws RasterReadException {
        int bufWidth = plan.cols().length;
        int bufHeight = plan.rows().length;
        float[][] out = new float[bands.length][bufWidth * bufHeight];
        if (bufWidth == 0 || bufHeight == 0) {
            return out;
        }
        int image = levelImages.get(plan.level());
        int blockH = levelBlockHeights.get(plan.level());
        int levelWidth = plan.level() == 0 ? info.width() : info.overviews().get(plan.level() - 1)[0];
        TiffBlockReader blocks = levelCodecs.get(plan.level());
        ImageReader decoder;
        try {
            decoder = blocks == null && levelJdkReadable.get(plan.level()) ? jdkReader() : null;
        } catch (IOException e) {
            throw new RasterReadException("'" + file + "' cannot be read: " + describe(e));
        }
        if (blocks != null || decoder != null) {
            try {
                readBlocks(plan, image, blocks, decoder, bands, bufWidth, bufHeight, out, null, null);
            } catch (IOException | RuntimeException e) {
                throw new RasterReadException("failed to read '" + file + "': " + describe(e));
            }
            return out;
        }
        // left to TwelveMonkeys (an LZW file with a 16-bit or float predictor): 3.12/3.13 fail on column sub-regions
        // of pixel-interleaved tiled files, so it reads whole rows, and it decodes a region's preceding blocks again
        // on every call, so its reads take as many rows at once as the chunk budget allows
        int minCol = 0;
        int cols = levelWidth;
        decoder = reader;
        long rowBytes = (long) cols * info.bandCount() * bytesPerSample();
        int chunk = (int) Math.max(1, MAX_CHUNK_BYTES / (rowBytes * blockH)) * blockH;
        int[] rows = plan.rows();
        int[] colIdx = plan.cols();
        int levelHeight = plan.level() == 0 ? info.height() : info.overviews().get(plan.level() - 1)[1];
        // the chunks the window's rows fall in: first chunk row, and the buffer rows each one fills
        List<int[]> chunks = new ArrayList<>();
        for (int j = 0; j < bufHeight; ) {
            int r0 = rows[j] / chunk * chunk;
            int r1 = Math.min(r0 + chunk, levelHeight);
            int j0 = j;
            while (j < bufHeight && rows[j] >= r0 && rows[j] < r1) {
                j++;
            }
            if (j == j0) {
                j++; // a row outside the level: nothing to copy (the plan keeps rows inside)
                continue;
            }
            chunks.add(new int[] {r0, r1, j0, j});
        }
        try {
            for (int[] c : chunks) {
                copyChunk(decoder, image, c, minCol, cols, bands, rows, colIdx, bufWidth, out);
            }
        } catch (IOException | RuntimeException e) {
            throw new RasterReadException("failed to read '" + file + "': " + describe(e));
        }
        return out;
    }

    /**
     * The nearest samples of the plan, block by block as GDAL's RasterIO takes them from its block cache: every
     * buffer row lies in one row of blocks, whose blocks are acquired from the {@link RasterBlockCache} (decoded
     * once, by {@code blocks} or the JDK's TIFF reader) when first needed and released when the next row of blocks
     * starts, so a draw holds at most one row of blocks. 8-bit samples go to {@code bytes} when it is given, or as
     * opaque RGB pixels to {@code argb[0]} (at offset {@code argb[1][0]}, row stride {@code argb[1][1]}) when that
     * is given, else every type to {@code out}.
     */
    private void readBlocks(NearestPlan plan, int image, TiffBlockReader blocks, ImageReader decoder, int[] bands,
            int bufWidth, int bufHeight, float[][] out, int[][] bytes, int[][] argb) throws IOException {
        int level = plan.level();
        int levelWidth = level == 0 ? info.width() : info.overviews().get(level - 1)[0];
        int levelHeight = level == 0 ? info.height() : info.overviews().get(level - 1)[1];
        int blockW = blocks != null ? blocks.blockWidth() : levelBlockWidths.get(level);
        int blockH = blocks != null ? blocks.blockHeight() : levelBlockHeights.get(level);
        int across = (levelWidth + blockW - 1) / blockW;
        int spp = info.bandCount();
        int size = bytesPerSample();
        SampleType type = info.sampleType();
        int[] cols = plan.cols();
        int[] rows = plan.rows();
        int bx0 = plan.minCol() / blockW;
        int bx1 = plan.maxCol() / blockW;
        int[] colBlock = new int[bufWidth];
        int[] colSample = new int[bufWidth]; // the column's first sample in its block row
        for (int i = 0; i < bufWidth; i++) {
            colBlock[i] = cols[i] / blockW;
            colSample[i] = (cols[i] - colBlock[i] * blockW) * spp;
        }
        RasterBlockCache.Block[] held = new RasterBlockCache.Block[bx1 - bx0 + 1];
        int heldRow = -1;
        byte[] span = type == SampleType.BYTE ? new byte[Math.min(blockW, levelWidth) * spp] : null;
        try {
            for (int j = 0; j < bufHeight; j++) {
                int by = rows[j] / blockH;
                if (by != heldRow) {
                    releaseAll(held);
                    heldRow = by;
                }
                int ch = Math.min(blockH, levelHeight - by * blockH);
                int yIn = rows[j] - by * blockH;
                int base = j * bufWidth;
                for (int i = 0; i < bufWidth; ) {
                    int bx = colBlock[i];
                    int end = i + 1;
                    while (end < bufWidth && colBlock[end] == bx) {
                        end++;
                    }
                    int cw = Math.min(blockW, levelWidth - bx * blockW);
                    RasterBlockCache.Block b = held[bx - bx0];
                    if (b == null) {
                        b = acquireBlock(image, by * across + bx, bx, by, cw, ch, blockW, blockH, blocks, decoder);
                        held[bx - bx0] = b;
                    }
                    java.nio.ByteBuffer data = b.data();
                    int rowStart = yIn * cw * spp;
                    if (span != null) {
                        // one bulk copy of the samples under the run's columns, then plain array reads
                        int first = colSample[i];
                        data.get(rowStart + first, span, 0, colSample[end - 1] + spp - first);
                        if (argb != null) {
                            int[] px = argb[0];
                            int dst = argb[1][0] + j * argb[1][1];
                            int r = bands[0] - 1 - first;
                            int g = bands[1] - 1 - first;
                            int bl = bands[2] - 1 - first;
                            for (int x = i; x < end; x++) {
                                int o = colSample[x];
                                px[dst + x] = 0xff000000 | (span[o + r] & 0xff) << 16 | (span[o + g] & 0xff) << 8
                                        | span[o + bl] & 0xff;
                            }
                            i = end;
                            continue;
                        }
                        for (int k = 0; k < bands.length; k++) {
                            int band = bands[k] - 1 - first;
                            if (bytes != null) {
                                int[] dst = bytes[k];
                                for (int x = i; x < end; x++) {
                                    dst[base + x] = span[colSample[x] + band] & 0xff;
                                }
                            } else {
                                float[] dst = out[k];
                                for (int x = i; x < end; x++) {
                                    dst[base + x] = span[colSample[x] + band] & 0xff;
                                }
                            }
                        }
                        i = end;
                        continue;
                    }
                    for (int k = 0; k < bands.length; k++) {
                        int band = bands[k] - 1;
                        float[] dst = out[k];
                        int from = rowStart + band;
                        switch (type) {
                            case BYTE -> {
                                for (int x = i; x < end; x++) {
                                    dst[base + x] = data.get(from + colSample[x]) & 0xff;
                                }
                            }
                            case UINT16 -> {
                                for (int x = i; x < end; x++) {
                                    dst[base + x] = data.getShort((from + colSample[x]) * 2) & 0xffff;
                                }
                            }
                            case INT16 -> {
                                for (int x = i; x < end; x++) {
                                    dst[base + x] = data.getShort((from + colSample[x]) * 2);
                                }
                            }
                            case UINT32 -> {
                                for (int x = i; x < end; x++) {
                                    dst[base + x] = data.getInt((from + colSample[x]) * 4) & 0xffffffffL;
                                }
                            }
                            case INT32 -> {
                                for (int x = i; x < end; x++) {
                                    dst[base + x] = data.getInt((from + colSample[x]) * 4);
                                }
                            }
                            case FLOAT32 -> {
                                for (int x = i; x < end; x++) {
                                    dst[base + x] = data.getFloat((from + colSample[x]) * 4);
                                }
                            }
                            default -> {
                                for (int x = i; x < end; x++) {
                                    dst[base + x] = (float) data.getDouble((from + colSample[x]) * size);
                                }
                            }
                        }
                    }
                    i = end;
                }
            }
        } finally {
            releaseAll(held);
        }
    }

    private void releaseAll(RasterBlockCache.Block[] held) {
        for (int i = 0; i < held.length; i++) {
            if (held[i] != null) {
                cache.release(held[i]);
                held[i] = null;
            }
        }
    }

    /** The block, from the cache or decoded into it: by the codec's block reader, else by the JDK's TIFF reader. */
    private RasterBlockCache.Block acquireBlock(int image, int index, int bx, int by, int cw, int ch, int blockW,
            int blockH, TiffBlockReader blocks, ImageReader decoder) throws IOException {
        int spp = info.bandCount();
        int size = bytesPerSample();
        RasterBlockCache.Key key = new RasterBlockCache.Key(file, fileSize, fileModified, image, index, spp, size);
        long bytes = (long) cw * ch * spp * size;
        if (bytes > MAX_BLOCK_BYTES) {
            throw new IOException("a block of " + bytes + " bytes");
        }
        return cache.acquire(key, (int) bytes, target -> {
            if (blocks != null) {
                blocks.decodeInto(bx, by, cw, ch, target);
                return;
            }
            ImageReadParam param = decoder.getDefaultReadParam();
            param.setSourceRegion(new Rectangle(bx * blockW, by * blockH, cw, ch));
            copySamples(readRegion(decoder, image, param), cw, ch, target);
        });
    }

    /** An ImageIO raster of {@code cw x ch} pixels into a cache block: samples of a pixel together. */
    private void copySamples(Raster r, int cw, int ch, java.nio.ByteBuffer target) {
        int spp = info.bandCount();
        int bands = Math.min(spp, r.getNumBands());
        int size = bytesPerSample();
        boolean floats = info.sampleType() == SampleType.FLOAT32 || info.sampleType() == SampleType.FLOAT64;
        int[] iline = floats ? null : new int[cw];
        double[] dline = floats ? new double[cw] : null;
        for (int y = 0; y < ch; y++) {
            for (int b = 0; b < bands; b++) {
                if (floats) {
                    r.getSamples(r.getMinX(), r.getMinY() + y, cw, 1, b, dline);
                } else {
                    r.getSamples(r.getMinX(), r.getMinY() + y, cw, 1, b, iline);
                }
                for (int x = 0; x < cw; x++) {
                    int at = (y * cw + x) * spp + b;
                    switch (size) {
                        case 1 -> target.put(at, (byte) iline[x]);
                        case 2 -> target.putShort(at * 2, (short) iline[x]);
                        case 4 -> {
                            if (floats) {
                                target.putFloat(at * 4, (float) dline[x]);
                            } else {
                                target.putInt(at * 4, iline[x]);
                            }
                        }
                        default -> target.putDouble(at * 8, dline[x]);
                    }
                }
            }
        }
    }

    /** Decodes (or takes from the cache) rows c[0]..c[1] and copies the buffer rows c[2]..c[3] of every band. */
    private void copyChunk(ImageReader decoder, int image, int[] c, int minCol, int cols,
            int[] bands, int[] rows, int[] colIdx, int bufWidth, float[][] out) throws IOException {
        int r0 = c[0];
        Rectangle region = new Rectangle(minCol, r0, cols, c[1] - r0);
        DecodedRegionCache.Key key = new DecodedRegionCache.Key(file, fileSize, fileModified, image, r0, c[1] - r0,
                minCol, cols);
        Raster raster = DecodedRegionCache.SHARED.get(key);
        if (raster == null) {
            ImageReadParam param = decoder.getDefaultReadParam();
            param.setSourceRegion(region);
            raster = readRegion(decoder, image, param);
            DecodedRegionCache.SHARED.put(key, raster);
        }
        int ox = raster.getMinX();
        int oy = raster.getMinY();
        if (raster.getSampleModel() instanceof ComponentSampleModel sm
                && raster.getDataBuffer() instanceof DataBufferByte bytes) {
            copyBytes(raster, sm, bytes, r0, c, minCol, bands, rows, colIdx, bufWidth, out);
            return;
        }
        float[] line = new float[cols];
        for (int j = c[2]; j < c[3]; j++) {
            int sy = rows[j] - r0 + oy;
            for (int b = 0; b < bands.length; b++) {
                raster.getSamples(ox, sy, cols, 1, bands[b] - 1, line);
                float[] dst = out[b];
                int base = j * bufWidth;
                for (int i = 0; i < bufWidth; i++) {
                    dst[base + i] = line[colIdx[i] - minCol];
                }
            }
        }
    }

    /**
     * {@link #copyChunk} for 8-bit samples (the common case): reads just the buffer's columns straight from the
     * decoded bytes, where {@code Raster.getSamples} would unpack every column of a full-width strip (20,000 for the
     * 1024 a full-extent view of a 20,000-pixel raster needs) through the generic sample model.
     */
    private static void copyBytes(Raster raster, ComponentSampleModel sm, DataBufferByte bytes, int r0, int[] c,
            int minCol, int[] bands, int[] rows, int[] colIdx, int bufWidth, float[][] out) {
        int pixelStride = sm.getPixelStride();
        int scanline = sm.getScanlineStride();
        int tx = raster.getMinX() - raster.getSampleModelTranslateX();
        int ty = raster.getMinY() - raster.getSampleModelTranslateY();
        int[] offsets = new int[bufWidth];
        for (int i = 0; i < bufWidth; i++) {
            offsets[i] = (tx + colIdx[i] - minCol) * pixelStride;
        }
        for (int b = 0; b < bands.length; b++) {
            int band = bands[b] - 1;
            int bank = sm.getBankIndices()[band];
            byte[] data = bytes.getData(bank);
            int start = bytes.getOffsets()[bank] + sm.getBandOffsets()[band];
            float[] dst = out[b];
            for (int j = c[2]; j < c[3]; j++) {
                int row = start + (ty + rows[j] - r0) * scanline;
                int base = j * bufWidth;
                for (int i = 0; i < bufWidth; i++) {
                    dst[base + i] = data[row + offsets[i]] & 0xff;
                }
            }
        }
    }

    @Override
    public boolean hasMaskBand() {
        return !maskImages.isEmpty();
    }

    @Override
    public int[] readMask(int xoff, int yoff, int xsize, int ysize, int bufWidth, int bufHeight)
            throws RasterReadException {
        if (maskImages.isEmpty()) {
            return null;
        }
        NearestPlan plan = NearestPlan.of(info.width(), info.height(), maskOverviews, xoff, yoff, xsize, ysize,
                bufWidth, bufHeight);
        int image = maskImages.get(plan.level());
        int levelHeight = plan.level() == 0 ? info.height() : maskOverviews.get(plan.level() - 1)[1];
        int[] out = new int[bufWidth * bufHeight];
        int minCol = plan.minCol();
        int cols = plan.maxCol() - minCol + 1;
        int[] rows = plan.rows();
        int[] colIdx = plan.cols();
        int chunk = 256; // rows per decode: a 1-bit or byte mask, a few MB at most even for very wide rasters
        int j = 0;
        try {
            ImageReader decoder = jdkReader() != null ? jdkReader() : reader;
            int[] line = new int[cols];
            while (j < bufHeight) {
                int r0 = rows[j] / chunk * chunk;
                int r1 = Math.min(r0 + chunk, levelHeight);
                ImageReadParam param = decoder.getDefaultReadParam();
                param.setSourceRegion(new Rectangle(minCol, r0, cols, r1 - r0));
                Raster raster = decoder.read(image, param).getRaster();
                while (j < bufHeight && rows[j] < r1) {
                    raster.getSamples(raster.getMinX(), rows[j] - r0 + raster.getMinY(), cols, 1, 0, line);
                    int base = j * bufWidth;
                    for (int i = 0; i < bufWidth; i++) {
                        int v = line[colIdx[i] - minCol];
                        out[base + i] = maskOneBit ? (v != 0 ? 255 : 0) : Math.min(255, v);
                    }
                    j++;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new RasterReadException("failed to read the mask band of '" + file + "': " + describe(e));
        }
        return out;
    }

    /**
     * Raw samples of the region: readRaster keeps float samples as stored (read() clamps them to a colour model's
     * 0..1) and palette indexes as indexes; YCbCr JPEG needs read(), which converts to RGB.
     */
    private Raster readRegion(ImageReader decoder, int image, ImageReadParam param) throws IOException {
        if (decoder == reader && (info.sampleType() == SampleType.FLOAT32
                || info.sampleType() == SampleType.FLOAT64)) {
            return reader.readRaster(image, param);
        }
        BufferedImage img = decoder.read(image, param);
        return img.getRaster();
    }

    /**
     * The JDK's own TIFF reader (javax.imageio, since Java 9), for levels it can decode: it reads column sub-regions
     * of tiled files correctly, so a 1:1 view of a wide raster decodes only the tiles under the map.
     */
    private ImageReader jdkReader() throws IOException {
        if (jdkReader == null) {
            java.util.Iterator<ImageReader> it = javax.imageio.ImageIO.getImageReadersByFormatName("tiff");
            while (it.hasNext()) {
                ImageReader r = it.next();
                if (r.getClass().getName().startsWith("com.sun.imageio.plugins.tiff.")) {
                    jdkReader = r;
                } else {
                    r.dispose();
                }
            }
            if (jdkReader == null) {
                return null;
            }
            jdkIn = new BufferedFileImageInputStream(file.toFile());
            jdkReader.setInput(jdkIn, false, true);
        }
        return jdkReader;
    }

    /** A block reader when the level's compression is one ImageIO's TIFF readers lack. */
    private static TiffBlockReader blockReader(Path file, Directory d, ByteOrder order, int width, int height,
            int spp, int bits, SampleType type) throws RasterReadException {
        TiffCodec codec = TiffCodec.of(intOf(d, COMPRESSION, 1));
        if ((codec == TiffCodec.NONE || codec == TiffCodec.DEFLATE) && !blockReadable(d, bits, type)) {
            return null; // bit-packed, YCbCr or an odd predictor: ImageIO decodes those
        }
        return codec == null ? null
                : new TiffBlockReader(file, codec, new TiffDirectory(d), order, width, height, spp, bits, type);
    }

    /** The file's byte order, from its "II" or "MM" header. */
    private static ByteOrder byteOrder(ImageInputStream in) throws IOException {
        long pos = in.getStreamPosition();
        in.seek(0);
        int b = in.read();
        in.seek(pos);
        return b == 'M' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    private int bytesPerSample() {
        return switch (info.sampleType()) {
            case BYTE -> 1;
            case UINT16, INT16 -> 2;
            case FLOAT64 -> 8;
            default -> 4;
        };
    }

    @Override
    public void close() {
        reader.dispose();
        for (TiffBlockReader blocks : levelCodecs) {
            if (blocks != null) {
                blocks.close();
            }
        }
        closeQuietly(in);
        if (jdkReader != null) {
            jdkReader.dispose();
            closeQuietly(jdkIn);
        }
    }

    static void closeQuietly(ImageInputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

}
