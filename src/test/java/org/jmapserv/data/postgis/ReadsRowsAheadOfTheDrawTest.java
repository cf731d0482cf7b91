package org.jmapserv.data.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jmapserv.data.AttributeRow;
import org.jmapserv.data.Feature;
import org.jmapserv.data.ShapeGeometry;
import org.junit.jupiter.api.Test;

/** Rows are read on their own thread while the caller draws: same order, failures on the caller, clean stop. */
class ReadsRowsAheadOfTheDrawTest {

    private static Feature feature(long i) {
        return new Feature(i, ShapeGeometry.point(i, i), AttributeRow.EMPTY);
    }

    @Test
    void deliversEveryRowInTheQuerysOrderAcrossBatches() {
        int n = PrefetchingCursor.BATCH * 40 + 7; // more batches than the queue holds, and a partial last one
        AtomicLong next = new AtomicLong();
        AtomicInteger released = new AtomicInteger();
        try (PrefetchingCursor c = new PrefetchingCursor("t", () -> next.get() < n ? feature(next.getAndIncrement())
                : null, () -> { }, released::incrementAndGet, RuntimeException::new)) {
            for (long i = 0; i < n; i++) {
                assertEquals(i, c.next().index());
            }
            assertNull(c.next());
            assertNull(c.next(), "stays at its end");
        }
        assertEquals(1, released.get(), "the result is released once, after the reader stopped");
    }

    @Test
    void aFailureWhileReadingIsThrownToTheCallerAfterTheRowsBeforeIt() {
        AtomicLong next = new AtomicLong();
        try (PrefetchingCursor c = new PrefetchingCursor("t", () -> {
            if (next.get() == 300) {
                throw new java.sql.SQLException("connection lost");
            }
            return feature(next.getAndIncrement());
        }, () -> { }, () -> { }, e -> new IllegalStateException("layer 'x': " + e.getMessage()))) {
            for (long i = 0; i < 300; i++) {
                assertEquals(i, c.next().index());
            }
            IllegalStateException e = assertThrows(IllegalStateException.class, c::next);
            assertEquals("layer 'x': connection lost", e.getMessage());
        }
    }

    @Test
    void closingEarlyStopsTheReaderBeforeTheResultIsReleased() throws Exception {
        AtomicLong read = new AtomicLong();
        AtomicInteger released = new AtomicInteger();
        Thread[] readerThread = new Thread[1];
        PrefetchingCursor c = new PrefetchingCursor("t", () -> {
            readerThread[0] = Thread.currentThread();
            return feature(read.getAndIncrement()); // endless: only close() ends it
        }, () -> { }, released::incrementAndGet, RuntimeException::new);
        assertEquals(0, c.next().index());
        c.close();
        assertEquals(1, released.get());
        assertTrue(!readerThread[0].isAlive(), "the reading thread has ended");
        long after = read.get();
        Thread.sleep(50);
        assertEquals(after, read.get(), "nothing is read after close");
    }
}
