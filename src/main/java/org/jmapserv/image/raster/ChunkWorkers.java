package org.jmapserv.image.raster;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decodes the independent row chunks of one raster window on the calling thread plus the machine's other cores.
 * GDAL (msDrawRasterLayerGDAL's GDALRasterIO) inflates a window's blocks one after another; a full-extent view of a
 * big raster without overviews inflates every tile of the file, so spreading the chunks over the cores divides the
 * draw's wall time. The caller always works too and waits only for chunks a helper has actually taken: when the
 * shared helper pool is busy with other draws, the caller simply does more of the work itself. Each worker number
 * (0 = the caller) runs on one thread at a time, so a job may keep one decoder per worker.
 */
final class ChunkWorkers {

    /** One chunk's work, done by worker {@code worker} (0 = the calling thread). */
    interface Job {
        void chunk(int index, int worker) throws Exception;
    }

    /** Helpers besides the caller: one per other core. */
    static final int HELPERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);

    private static final ExecutorService POOL = HELPERS == 0 ? null : pool();

    private ChunkWorkers() {
    }

    private static ExecutorService pool() {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(HELPERS, HELPERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "jmapserv-raster-decode-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs chunks 0..count-1; the first failure is rethrown once every taken chunk has ended. */
    static void run(int count, Job job) throws Exception {
        Shared s = new Shared(count);
        int helpers = POOL == null ? 0 : Math.min(HELPERS, count - 1);
        for (int h = 1; h <= helpers; h++) {
            int worker = h;
            try {
                POOL.execute(() -> s.work(job, worker));
            } catch (RejectedExecutionException e) {
                break; // the caller does it all
            }
        }
        s.work(job, 0);
        s.awaitTaken();
        if (s.failure != null) {
            throw s.failure;
        }
        if (s.done.get() < count) { // the caller was interrupted (the draw was abandoned): stop the helpers too
            s.fail(new InterruptedException("raster decoding interrupted"));
            throw s.failure;
        }
    }

    /** The chunks of one run: the next to take, the taken ones not yet ended, the first failure. */
    private static final class Shared {
        private final int count;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private int running;
        private volatile Exception failure;

        Shared(int count) {
            this.count = count;
        }

        void work(Job job, int worker) {
            while (failure == null && !Thread.currentThread().isInterrupted()) {
                synchronized (this) {
                    running++;
                }
                int i = next.getAndIncrement();
                try {
                    if (i >= count) {
                        return;
                    }
                    job.chunk(i, worker);
                    done.incrementAndGet();
                } catch (Exception | Error e) {
                    fail(e instanceof Exception ex ? ex : new IllegalStateException(e));
                } finally {
                    synchronized (this) {
                        running--;
                        notifyAll();
                    }
                }
            }
        }

        synchronized void fail(Exception e) {
            if (failure == null) {
                failure = e;
            }
        }

        synchronized void awaitTaken() throws InterruptedException {
            while (running > 0) {
                wait();
            }
        }
    }
}
