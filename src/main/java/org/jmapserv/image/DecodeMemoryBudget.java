package org.jmapserv.image;

import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * Bytes that images being decoded at once may take, process-wide (a quarter of the maximum heap by default), so
 * that many large answers arriving together fail their own layers with a clear message instead of exhausting the
 * heap: an OutOfMemoryError in one draw would otherwise make layers of every draw vanish. MapServer has no such
 * bound; each CGI process simply dies.
 */
public final class DecodeMemoryBudget {

    private static final DecodeMemoryBudget SHARED = new DecodeMemoryBudget(Runtime.getRuntime().maxMemory() / 4);

    private final long totalKb;
    private final Semaphore kb;

    public DecodeMemoryBudget(long bytes) {
        this.totalKb = Math.max(1, Math.min(Integer.MAX_VALUE, bytes / 1024));
        this.kb = new Semaphore((int) totalKb);
    }

    public static DecodeMemoryBudget shared() {
        return SHARED;
    }

    /** A reservation released by close(); refused at once (never waits) when the budget is spent. */
    public Reservation reserve(long bytes) throws IOException {
        long wanted = Math.max(1, (bytes + 1023) / 1024);
        if (wanted > totalKb || !kb.tryAcquire((int) wanted)) {
            throw new IOException(String.format(java.util.Locale.ROOT,
                    "decoding needs %d MB, more than the %d MB left of the memory budget for images being decoded",
                    bytes >> 20, (long) kb.availablePermits() >> 10));
        }
        return () -> kb.release((int) wanted);
    }

    /** Held while an image is decoded. */
    public interface Reservation extends AutoCloseable {
        @Override
        void close();
    }
}
