package org.jmapserv.image.raster;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * Decoded raster blocks (tiles or strips) kept across draws, as GDAL's process-wide block cache
 * (gcore/gdalrasterblock.cpp) keeps them for MapServer: least recently used out beyond the budget
 * ({@link GdalCacheMax}: {@code GDAL_CACHEMAX}, default 5 % of physical RAM), one entry per block of one image (full
 * resolution or overview) of one file version. The samples are held off the Java heap in direct buffers, freed as
 * soon as a block is evicted and no draw reads it, so a small heap draws rasters whose decoded blocks fill a large
 * cache. Thread-safe: draws running at once that need the same block wait for one decode. Keys carry the file's size
 * and modification time, so a changed file is never served stale (its old blocks are dropped when it is next opened).
 * The budget is capped at three quarters of the JVM's direct memory limit ({@code -XX:MaxDirectMemorySize}, by
 * default the heap's maximum), which direct buffers cannot exceed.
 */
public final class RasterBlockCache {

    /**
     * One block: the file version, the TIFF image (IFD: the level), the block's index in it, and the layout of its
     * decoded samples (samples per pixel and bytes per sample).
     */
    record Key(Path file, long size, long modified, int image, int block, int samplesPerPixel, int bytesPerSample) {
    }

    /** Fills a freshly allocated block buffer with the block's decoded samples. */
    interface Decoder {
        void decodeInto(ByteBuffer target) throws IOException;
    }

    /** A cached block's samples; valid while acquired (between {@link #acquire} and {@link #release}). */
    static final class Block {
        private final ByteBuffer data;
        private int pins;
        private boolean evicted;
        private boolean freed;

        private Block(ByteBuffer data) {
            this.data = data;
        }

        ByteBuffer data() {
            return data;
        }
    }

    private static final Object SHARED_LOCK = new Object();
    private static volatile RasterBlockCache shared;
    private static volatile String processOption;

    private final long budget;
    private final LinkedHashMap<Key, Block> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final Map<Key, FutureTask<Block>> loading = new HashMap<>();
    private final Map<Path, long[]> versions = new HashMap<>();
    private long bytes;
    private long decodes;
    private long hits;

    RasterBlockCache(long budget) {
        this.budget = Math.max(0, budget);
    }

    /**
     * Sets {@code GDAL_CACHEMAX} as the config file's ENV (or any process-wide setting) gives it: used unless the
     * first map drawn has its own {@code CONFIG "GDAL_CACHEMAX"}.
     */
    public static void setProcessOption(String value) {
        processOption = value;
    }

    /**
     * The process-wide cache, sized when first used as GDAL sizes its block cache on first use: {@code mapConfig}
     * (the drawn map's {@code CONFIG "GDAL_CACHEMAX"}), else the config file's ENV, else the environment variable,
     * else 5 % of physical RAM. Later values do not resize it (GDAL reads the option once per process).
     */
    public static RasterBlockCache shared(String mapConfig) {
        RasterBlockCache c = shared;
        if (c == null) {
            synchronized (SHARED_LOCK) {
                c = shared;
                if (c == null) {
                    String v = mapConfig != null ? mapConfig
                            : processOption != null ? processOption : System.getenv("GDAL_CACHEMAX");
                    c = new RasterBlockCache(Math.min(GdalCacheMax.bytes(v), directMemoryLimit() / 4 * 3));
                    shared = c;
                }
            }
        }
        return c;
    }

    /** The most direct buffers may take in this JVM: -XX:MaxDirectMemorySize, by default the heap's maximum. */
    static long directMemoryLimit() {
        try {
            HotSpotDiagnosticMXBean hs = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            long v = Long.parseLong(hs.getVMOption("MaxDirectMemorySize").getValue());
            if (v > 0) {
                return v;
            }
        } catch (RuntimeException e) {
            // not HotSpot: the default rule
        }
        return Runtime.getRuntime().maxMemory();
    }

    public long budget() {
        return budget;
    }

    /** Bytes of decoded samples held now. */
    public synchronized long bytes() {
        return bytes;
    }

    /** Blocks decoded since the cache was made (misses). */
    public synchronized long decodes() {
        return decodes;
    }

    /** Blocks served without decoding. */
    public synchronized long hits() {
        return hits;
    }

    /**
     * Notes the version of {@code file} being opened; blocks of any other version of it are dropped (they could
     * never be asked for again).
     */
    synchronized void openedVersion(Path file, long size, long modified) {
        long[] v = versions.get(file);
        if (v != null && v[0] == size && v[1] == modified) {
            return;
        }
        if (v != null) {
            Iterator<Map.Entry<Key, Block>> it = entries.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<Key, Block> e = it.next();
                Key k = e.getKey();
                if (k.file().equals(file) && (k.size() != size || k.modified() != modified)) {
                    it.remove();
                    evict(e.getValue());
                }
            }
        }
        if (versions.size() > 10_000) {
            versions.clear(); // only a hint for early release; a cleared entry costs nothing but that
        }
        versions.put(file, new long[] {size, modified});
    }

    /**
     * The block of {@code key}, decoded by {@code decoder} into {@code byteSize} bytes unless cached; the caller
     * must {@link #release} it. Concurrent callers of a block being decoded wait for that decode.
     */
    Block acquire(Key key, int byteSize, Decoder decoder) throws IOException {
        while (true) {
            FutureTask<Block> task;
            boolean mine = false;
            synchronized (this) {
                Block b = entries.get(key);
                if (b != null) {
                    b.pins++;
                    hits++;
                    return b;
                }
                task = loading.get(key);
                if (task == null) {
                    task = new FutureTask<>(() -> decode(byteSize, decoder));
                    loading.put(key, task);
                    mine = true;
                }
            }
            if (mine) {
                task.run();
            }
            Block b;
            try {
                b = task.get();
            } catch (ExecutionException e) {
                if (mine) {
                    synchronized (this) {
                        loading.remove(key);
                    }
                }
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IOException(cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while another draw decoded the block", e);
            }
            synchronized (this) {
                if (mine) {
                    loading.remove(key);
                    decodes++;
                    b.pins++;
                    entries.put(key, b);
                    bytes += b.data.capacity();
                    trim();
                    return b;
                }
                if (!b.freed) {
                    b.pins++;
                    hits++;
                    return b;
                }
            }
            // evicted and freed between its decode and our turn (a budget smaller than the blocks): decode again
        }
    }

    /** Ends a use of {@code b}; an evicted block is freed by its last user. */
    synchronized void release(Block b) {
        b.pins--;
        if (b.evicted && b.pins == 0) {
            free(b);
        }
    }

    private static Block decode(int byteSize, Decoder decoder) throws IOException {
        ByteBuffer buf = ByteBuffer.allocateDirect(byteSize).order(ByteOrder.nativeOrder());
        Block b = new Block(buf);
        try {
            decoder.decodeInto(buf);
        } catch (IOException | RuntimeException | Error e) {
            free(b);
            throw e;
        }
        return b;
    }

    /** Least recently used out while over the budget. */
    private void trim() {
        Iterator<Map.Entry<Key, Block>> it = entries.entrySet().iterator();
        while (bytes > budget && it.hasNext()) {
            Block b = it.next().getValue();
            it.remove();
            evict(b);
        }
    }

    private void evict(Block b) {
        bytes -= b.data.capacity();
        b.evicted = true;
        if (b.pins == 0) {
            free(b);
        }
    }

    /** Returns the block's memory now rather than whenever the garbage collector finds the buffer. */
    private static void free(Block b) {
        b.freed = true;
        Cleaner.clean(b.data);
    }

    /** sun.misc.Unsafe.invokeCleaner (jdk.unsupported): the supported way to free a direct buffer on Java 17. */
    private static final class Cleaner {
        private static final sun.misc.Unsafe UNSAFE = unsafe();

        private static sun.misc.Unsafe unsafe() {
            try {
                Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
                f.setAccessible(true);
                return (sun.misc.Unsafe) f.get(null);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null; // left to the garbage collector
            }
        }

        static void clean(ByteBuffer buf) {
            if (UNSAFE != null) {
                UNSAFE.invokeCleaner(buf);
            }
        }
    }
}
