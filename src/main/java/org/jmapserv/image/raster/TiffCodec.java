package org.jmapserv.image.raster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.tukaani.xz.BasicArrayCache;
import org.tukaani.xz.XZInputStream;

import com.github.luben.zstd.Zstd;

/**
 * The TIFF compressions GDAL writes (libtiff's tif_zstd.c and tif_lzma.c) that neither ImageIO TIFF reader decodes:
 * a block's bytes are inflated by the codec's own library to exactly the block's size, never more (a block that
 * claims to inflate further is corrupt, not a reason to allocate). WebP blocks are whole images and go through
 * {@link WebpBlocks} instead.
 */
enum TiffCodec {
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

    /** The codec for a TIFF Compression value, or null when ImageIO's readers handle it. */
    static TiffCodec of(int compression) {
        for (TiffCodec c : values()) {
            if (c.tag == compression) {
                return c;
            }
        }
        return null;
    }
}
