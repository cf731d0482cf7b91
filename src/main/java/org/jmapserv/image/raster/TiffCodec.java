package org.jmapserv.image.raster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.tukaani.xz.BasicArrayCache;
import org.tukaani.xz.XZInputStream;

import com.github.luben.zstd.Zstd;

/**
 * TIFF block codecs read block by block (libtiff's tif_zstd.c, tif_lzma.c, tif_zip.c and uncompressed blocks):
 * ZSTD and LZMA, which neither ImageIO TIFF reader decodes, and deflate and none, whose blocks the JDK's zlib
 * inflates directly so that each block can be decoded alone into the {@link RasterBlockCache}. A block's bytes are
 * inflated by the codec's own library to exactly the block's size, never more (a block that claims to inflate
 * further is corrupt, not a reason to allocate). WebP blocks are whole images and go through {@link WebpBlocks}.
 */
enum TiffCodec {
    /** COMPRESSION=1: the block's bytes as they are (a block shorter than its size is corrupt). */
    NONE(1) {
        @Override
        byte[] inflate(byte[] src, int expected) throws IOException {
            if (src.length < expected) {
                throw new IOException("an uncompressed block of " + src.length + " bytes instead of " + expected);
            }
            return src.length == expected ? src : java.util.Arrays.copyOf(src, expected);
        }
    },
    /** COMPRESSION=8 (and the old 32946): one zlib stream per block, inflated by the JDK's zlib. */
    DEFLATE(8) {
        @Override
        byte[] inflate(byte[] src, int expected) throws IOException {
            byte[] dst = new byte[expected];
            java.util.zip.Inflater inflater = new java.util.zip.Inflater();
            try {
                inflater.setInput(src);
                int n = 0;
                while (n < expected && !inflater.finished()) {
                    int k = inflater.inflate(dst, n, expected - n);
                    if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        break;
                    }
                    n += k;
                }
                if (n != expected) {
                    throw new IOException("corrupt deflate block: " + n + " bytes instead of " + expected);
                }
            } catch (java.util.zip.DataFormatException e) {
                throw new IOException("corrupt deflate block: " + TiffRasterSource.describe(e), e);
            } finally {
                inflater.end();
            }
            return dst;
        }
    },
    /** COMPRESSION=50000: one zstd frame per block. */
    ZSTD(50000) {
        @Override
        byte[] inflate(byte[] src, int expected) throws IOException {
            byte[] dst = new byte[expected];
            long n;
            try {
                n = Zstd.decompressByteArray(dst, 0, expected, src, 0, src.length);
            } catch (RuntimeException e) { // zstd-jni reports most errors as ZstdException
                throw new IOException("corrupt ZSTD block: " + TiffRasterSource.describe(e), e);
            }
            if (Zstd.isError(n)) {
                throw new IOException("corrupt ZSTD block: " + Zstd.getErrorName(n));
            }
            if (n != expected) {
                throw new IOException("corrupt ZSTD block: " + n + " bytes instead of " + expected);
            }
            return dst;
        }
    },
    /** COMPRESSION=34925: one .xz stream per block (liblzma's stream encoder). */
    LZMA(34925) {
        @Override
        byte[] inflate(byte[] src, int expected) throws IOException {
            // the memory limit refuses dictionaries beyond preset 9's 64 MB; arrays are reused across blocks
            byte[] dst;
            try (InputStream in = new XZInputStream(new ByteArrayInputStream(src), 96 * 1024, true,
                    BasicArrayCache.getInstance())) {
                dst = in.readNBytes(expected);
            } catch (IOException | RuntimeException e) { // XZ's CorruptedInputException and friends
                throw new IOException("corrupt LZMA block: " + TiffRasterSource.describe(e), e);
            }
            if (dst.length != expected) {
                throw new IOException("corrupt LZMA block: " + dst.length + " bytes instead of " + expected);
            }
            return dst;
        }
    },
    /** COMPRESSION=50001: each block a WebP image (8-bit RGB or RGBA). */
    WEBP(50001) {
        @Override
        byte[] inflate(byte[] src, int expected) {
            throw new UnsupportedOperationException("WebP blocks are images, decoded by WebpBlocks");
        }
    };

    private final int tag;

    TiffCodec(int tag) {
        this.tag = tag;
    }

    /** The block's bytes, exactly {@code expected} of them, or an IOException naming the corruption. */
    abstract byte[] inflate(byte[] src, int expected) throws IOException;

    /** The codec for a TIFF Compression value, or null when only ImageIO's readers handle it. */
    static TiffCodec of(int compression) {
        if (compression == 32946) {
            return DEFLATE; // Adobe's code for the same zlib blocks
        }
        for (TiffCodec c : values()) {
            if (c.tag == compression) {
                return c;
            }
        }
        return null;
    }
}
