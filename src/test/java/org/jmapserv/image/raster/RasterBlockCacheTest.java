package org.jmapserv.image.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The block cache behaves as GDAL's: within its byte budget (least recently used out), one decode per block however
 * many draws ask at once, never a stale block of a changed file, and failed decodes are not kept.
 */
class RasterBlockCacheTest {

    private static RasterBlockCache.Key key(int block) {
        return new RasterBlockCache.Key(Path.of("/x.tif"), 100, 1, 0, block, 3, 1);
    }

    /** Acquires and releases a block of 1000 bytes filled with {@code fill}, counting decodes. */
    private static byte first(RasterBlockCache c, int block, AtomicInteger decodes) throws IOException {
        RasterBlockCache.Block b = c.acquire(key(block), 1000, buf -> {
            decodes.incrementAndGet();
            for (int i = 0; i < 1000; i++) {
                buf.put(i, (byte) block);
            }
        });
        try {
            assertTrue(b.data().isDirect(), "blocks live off the heap");
            return b.data().get(0);
        } finally {
            c.release(b);
        }
    }

    @Test
    void evictsTheLeastRecentlyUsedBlocksBeyondTheBudget() throws Exception {
        RasterBlockCache c = new RasterBlockCache(3000);
        AtomicInteger decodes = new AtomicInteger();
        first(c, 0, decodes);
        first(c, 1, decodes);
        first(c, 2, decodes);
        first(c, 0, decodes); // 0 is now the most recently used
        assertEquals(3, decodes.get());
        first(c, 3, decodes); // over budget: 1 goes
        assertEquals(3000, c.bytes(), "never more than the budget");
        assertEquals(0, first(c, 0, decodes));
        assertEquals(2, first(c, 2, decodes));
        assertEquals(4, decodes.get(), "0, 2 and 3 were still cached");
        assertEquals(1, first(c, 1, decodes));
        assertEquals(5, decodes.get(), "1 was evicted and decoded again");
        assertEquals(3000, c.bytes());
    }

    @Test
    void aBudgetOfZeroCachesNothingButStillReads() throws Exception {
        RasterBlockCache c = new RasterBlockCache(0);
        AtomicInteger decodes = new AtomicInteger();
        assertEquals(7, first(c, 7, decodes));
        assertEquals(7, first(c, 7, decodes));
        assertEquals(2, decodes.get());
        assertEquals(0, c.bytes());
    }

    @Test
    void concurrentDrawsOfTheSameBlockDecodeItOnce() throws Exception {
        RasterBlockCache c = new RasterBlockCache(1 << 20);
        AtomicInteger decodes = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RasterBlockCache.Block>> got = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                got.add(pool.submit(() -> {
                    start.await();
                    return c.acquire(key(5), 1000, buf -> {
                        decodes.incrementAndGet();
                        try {
                            Thread.sleep(200); // a slow decode: the others arrive meanwhile
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        buf.put(0, (byte) 42);
                    });
                }));
            }
            start.countDown();
            RasterBlockCache.Block one = got.get(0).get();
            for (Future<RasterBlockCache.Block> f : got) {
                RasterBlockCache.Block b = f.get();
                assertSame(one, b, "every draw reads the one decoded block");
                assertEquals(42, b.data().get(0));
                c.release(b);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, decodes.get(), "decoded once for eight draws");
        assertEquals(1000, c.bytes());
    }

    @Test
    void aFailedDecodeIsReportedAndNotKept() throws Exception {
        RasterBlockCache c = new RasterBlockCache(1 << 20);
        IOException e = assertThrows(IOException.class, () -> c.acquire(key(1), 1000, buf -> {
            throw new IOException("corrupt deflate block");
        }));
        assertEquals("corrupt deflate block", e.getMessage());
        assertEquals(0, c.bytes());
        AtomicInteger decodes = new AtomicInteger();
        assertEquals(1, first(c, 1, decodes), "the next draw decodes again");
    }

    @Test
    void aChangedFileIsReadAgainAndItsOldBlocksDropped(@TempDir Path dir) throws Exception {
        Path tif = dir.resolve("changing.tif");
        SyntheticTiff.write(tif, 600, 300);
        RasterBlockCache c = new RasterBlockCache(64 << 20);
        float[][] before;
        try (TiffRasterSource src = TiffRasterSource.open(tif, c)) {
            before = src.read(new int[] {1, 2, 3}, 0, 0, 600, 300, 60, 30);
        }
        assertEquals(SyntheticTiff.rgb(SyntheticTiff.shade(0, 0))[0], (int) before[0][0]);
        long cached = c.bytes();
        assertEquals(600L * 300 * 3, cached, "all six tiles, cut to the image");
        // the same path, another raster: a different size (and time) is a different file
        SyntheticTiff.write(tif, 900, 300);
        Files.setLastModifiedTime(tif, FileTime.fromMillis(Files.getLastModifiedTime(tif).toMillis() + 5000));
        try (TiffRasterSource src = TiffRasterSource.open(tif, c)) {
            assertEquals(0, c.bytes(), "the old version's blocks are gone when the new one is opened");
            float[][] after = src.read(new int[] {1, 2, 3}, 0, 0, 900, 300, 90, 30);
            for (int y = 0; y < 30; y++) {
                for (int x = 0; x < 90; x++) {
                    int[] rgb = SyntheticTiff.pixel(x * 10 + 5, y * 10 + 5);
                    assertEquals(rgb[0], (int) after[0][y * 90 + x]);
                    assertEquals(rgb[2], (int) after[2][y * 90 + x]);
                }
            }
        }
        assertEquals(900L * 300 * 3, c.bytes());
    }

    @Test
    void readsTheSameSamplesFromTheCacheAsFromTheFile(@TempDir Path dir) throws Exception {
        Path tif = dir.resolve("s.tif");
        SyntheticTiff.write(tif, 1000, 700);
        RasterBlockCache c = new RasterBlockCache(64 << 20);
        try (TiffRasterSource src = TiffRasterSource.open(tif, c)) {
            int[][] cold = src.readBytes(new int[] {1, 2, 3}, 100, 50, 800, 600, 200, 150);
            long decoded = c.decodes();
            int[][] warm = src.readBytes(new int[] {3, 1}, 100, 50, 800, 600, 200, 150);
            float[][] floats = src.read(new int[] {1, 2, 3}, 100, 50, 800, 600, 200, 150);
            int[] argb = new int[210 * 152]; // written at (5, 1) of a 210-pixel-wide map
            assertTrue(src.readOpaqueRgbInto(new int[] {1, 2, 3}, 100, 50, 800, 600, 200, 150, argb, 215, 210));
            for (int y = 0; y < 150; y++) {
                for (int x = 0; x < 200; x++) {
                    int i = y * 200 + x;
                    assertEquals(0xff000000 | cold[0][i] << 16 | cold[1][i] << 8 | cold[2][i],
                            argb[215 + y * 210 + x]);
                }
            }
            assertEquals(0, argb[214], "nothing written outside the window");
            assertEquals(decoded, c.decodes(), "the later reads decode nothing");
            assertArrayEquals(cold[2], warm[0]);
            assertArrayEquals(cold[0], warm[1]);
            NearestPlan plan = NearestPlan.of(1000, 700, List.of(), 100, 50, 800, 600, 200, 150);
            for (int y = 0; y < 150; y++) {
                for (int x = 0; x < 200; x++) {
                    int[] rgb = SyntheticTiff.pixel(plan.cols()[x], plan.rows()[y]);
                    for (int b = 0; b < 3; b++) {
                        assertEquals(rgb[b], cold[b][y * 200 + x]);
                        assertEquals(rgb[b], (int) floats[b][y * 200 + x]);
                    }
                }
            }
        }
    }
}
