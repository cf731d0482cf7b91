package org.jmapserv.server;

import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the endpoint's drawing: at most {@code maxConcurrentDraws} draws run at once (a request waits at most
 * {@code queueWait} for a slot, then gets 503), and a request waits at most {@code drawTimeout} for its draw
 * (then gets 504 and the draw is interrupted). A draw keeps its slot until it really ends, so a dead remote
 * server cannot make the endpoint start unbounded work; request threads are never held beyond the two waits.
 * Bulkheads: one map (one mapfile) may hold at most half the slots (at least one), so a map whose remote layer
 * hangs can never take the slots other maps need.
 */
public final class DrawGate implements AutoCloseable {

    /** The work a draw does; may fail with the endpoint's own exceptions. */
    @FunctionalInterface
    public interface Draw<T> {
        T run() throws Exception;
    }

    private final ServerSettings.Limits limits;
    private final Semaphore slots;
    private final int perMap;
    private final ConcurrentHashMap<String, Semaphore> maps = new ConcurrentHashMap<>();
    private final ExecutorService workers;

    public DrawGate(ServerSettings.Limits limits) {
        this.limits = limits;
        this.slots = new Semaphore(limits.maxConcurrentDraws(), true);
        this.perMap = Math.max(1, limits.maxConcurrentDraws() / 2);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "jmapserv-draw-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public <T> T run(Draw<T> draw) throws Exception {
        return run("", draw);
    }

    /** {@link #run(Draw)} inside the bulkhead of map {@code mapKey} (its mapfile). */
    public <T> T run(String mapKey, Draw<T> draw) throws Exception {
        long waitNanos = limits.queueWait().toNanos();
        long start = System.nanoTime();
        Semaphore mine = maps.computeIfAbsent(mapKey, k -> new Semaphore(perMap, true));
        if (!mine.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
            throw new MapservException(503, "msDrawMap(): Web application error. Server busy: too many draws"
                    + " of this map in progress, try again later.");
        }
        long left = waitNanos - (System.nanoTime() - start);
        boolean global;
        try {
            global = slots.tryAcquire(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (InterruptedException | RuntimeException e) {
            mine.release();
            throw e;
        }
        if (!global) {
            mine.release();
            throw new MapservException(503, "msDrawMap(): Web application error. Server busy: too many draws"
                    + " in progress, try again later.");
        }
        Callable<T> task = () -> {
            try {
                return draw.run();
            } finally {
                slots.release();
                mine.release();
            }
        };
        Future<T> future;
        try {
            future = workers.submit(task);
        } catch (RuntimeException e) {
            slots.release();
            mine.release();
            throw e;
        }
        try {
            return future.get(limits.drawTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new MapservException(504, "msDrawMap(): Web application error. Draw took longer than "
                    + limits.drawTimeout().toSeconds() + " s and was abandoned.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof Exception ex ? ex : new IllegalStateException("draw failed", cause);
        }
    }

    /** Draw slots in all (for /metrics). */
    public int capacity() {
        return limits.maxConcurrentDraws();
    }

    /** Draws running now (for /health). */
    public int busy() {
        return limits.maxConcurrentDraws() - slots.availablePermits();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
