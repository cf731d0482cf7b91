package org.jmapserv.data.postgis;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;

/**
 * The rows of one PostGIS query read and decoded on a thread of their own while the caller draws the features
 * already read (msPostGISLayerNextShape, pipelined). MapServer runs the whole query, then draws; a cursor fetched in
 * batches on the drawing thread would leave PostgreSQL idle while we draw and us idle while it produces the next
 * batch. Here fetching (PostgreSQL's work plus the driver's and WKB decoding) overlaps drawing, which on a machine
 * with two cores or more takes the wall time of a big layer from their sum towards the larger of the two
 * (PostgisBench, docs/performance.md). Features arrive in the query's order, in batches through a bounded queue, so
 * memory stays bounded whatever the result's size; a failure on the reading thread is thrown by {@link #next()} on
 * the caller's. {@link #close()} stops the reader (cancelling the statement when it is waiting on the database)
 * and only then releases the result. Used by one caller thread.
 */
final class PrefetchingCursor implements FeatureCursor {

    /** Reads the next feature of the result, or null at its end; called on the reading thread only. */
    interface RowReader {
        Feature read() throws Exception;
    }

    /** Releases what the reader used; called on the caller's thread once the reading thread has stopped. */
    interface Release {
        void release();
    }

    /** Turns a failure of the reading thread into the exception {@link #next()} throws. */
    interface Failure {
        RuntimeException of(Throwable cause);
    }

    /** Aborts a read blocked on the database (Statement.cancel). */
    interface Cancel {
        void cancel();
    }

    static final int BATCH = 256;
    private static final int QUEUED_BATCHES = 32;
    private static final Object END = new Object();

    private final ArrayBlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread reader;
    private final Release release;
    private final Failure failure;
    private final Cancel cancel;
    private volatile boolean closed;
    private Feature[] batch = new Feature[0];
    private int at;
    private boolean ended;

    private record Failed(Throwable cause) {
    }

    PrefetchingCursor(String name, RowReader rows, Cancel cancel, Release release, Failure failure) {
        this.release = release;
        this.failure = failure;
        this.cancel = cancel;
        this.reader = new Thread(() -> read(rows), name);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(RowReader rows) {
        while (!closed) {
            Feature[] b = new Feature[BATCH];
            int n = 0;
            Object last = null; // END or a failure, once the result has no more rows
            try {
                Feature f;
                while (n < BATCH && (f = rows.read()) != null) {
                    b[n++] = f;
                }
                if (n < BATCH) {
                    last = END;
                }
            } catch (Throwable e) {
                last = new Failed(e); // the rows read before it are drawn first, as on a single thread
            }
            if (n > 0) {
                hand(n == BATCH ? b : java.util.Arrays.copyOf(b, n));
            }
            if (last != null) {
                hand(last);
                return;
            }
        }
    }

    /** Queues for the caller; gives up once the caller has closed the cursor. */
    private void hand(Object o) {
        try {
            while (!closed) {
                if (queue.offer(o, 50, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Feature next() {
        if (at < batch.length) {
            return batch[at++];
        }
        if (ended) {
            return null;
        }
        Object o;
        try {
            o = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = true;
            throw failure.of(e);
        }
        if (o == END) {
            ended = true;
            return null;
        }
        if (o instanceof Failed failed) {
            ended = true;
            throw failure.of(failed.cause());
        }
        batch = (Feature[]) o;
        at = 1;
        return batch[0];
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        boolean interrupted = Thread.interrupted(); // wait for the reader even when the draw was interrupted
        try {
            if (!stopped(100)) {
                cancel.cancel(); // waiting on the database: abort rather than wait for the rest of its batch
                while (!stopped(1000)) {
                    interrupted |= Thread.interrupted();
                }
            }
        } finally {
            release.release();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean stopped(long millis) {
        try {
            reader.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !reader.isAlive();
    }
}
