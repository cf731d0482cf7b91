package org.jmapserv.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * The breaker's rules, on a clock the test turns: only unanswered requests count, a host is skipped after N in a
 * row, one trial goes through after the cool-down (others are still skipped meanwhile), a failed trial skips the
 * host for another cool-down, an answered one closes the breaker. Hosts are independent.
 */
class HostBreakerOpensAfterUnansweredRequestsTest {

    private final AtomicLong now = new AtomicLong();
    private final HostBreaker breaker = new HostBreaker(new HostBreaker.Settings(3, Duration.ofSeconds(30)),
            now::get);
    private final URI uri = URI.create("http://sick.example:8080/wms?password=hunter2");
    private final Origin sick = Origin.of(uri);
    private final Origin other = Origin.of(URI.create("http://sick.example:9090/wms"));

    @Test
    void skipsAfterThreeUnansweredInARowAndTriesOnceAfterTheCoolDown() throws Exception {
        breaker.failed(sick, FailureKind.TOTAL_TIMEOUT);
        breaker.failed(sick, FailureKind.STALL_TIMEOUT);
        breaker.failed(sick, FailureKind.UNAUTHORIZED); // an answer: the count starts again
        breaker.failed(sick, FailureKind.TOTAL_TIMEOUT);
        breaker.failed(sick, FailureKind.CONNECTION_REFUSED);
        assertDoesNotThrow(() -> breaker.admit(sick, uri));
        breaker.failed(sick, FailureKind.CONNECT_TIMEOUT);

        HttpFetchException e = assertThrows(HttpFetchException.class, () -> breaker.admit(sick, uri));
        assertEquals(FailureKind.HOST_UNAVAILABLE, e.kind());
        assertEquals("host sick.example:8080 skipped: its last 3 requests got no answer (connect timeout); retried "
                + "after a 30 s cool-down, in 30 s", e.reason());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertTrue(breaker.isSkipped(sick));
        assertDoesNotThrow(() -> breaker.admit(other, uri), "another port is another host");

        now.addAndGet(Duration.ofSeconds(30).toNanos());
        assertFalse(breaker.isSkipped(sick));
        breaker.admit(sick, uri); // the trial
        HttpFetchException during = assertThrows(HttpFetchException.class, () -> breaker.admit(sick, uri));
        assertTrue(during.reason().endsWith("a trial request to it is in flight"), during.reason());
        breaker.failed(sick, FailureKind.TOTAL_TIMEOUT);
        assertTrue(breaker.isSkipped(sick), "a failed trial skips the host for another cool-down");

        now.addAndGet(Duration.ofSeconds(31).toNanos());
        breaker.admit(sick, uri);
        breaker.answered(sick);
        assertDoesNotThrow(() -> breaker.admit(sick, uri));
        assertDoesNotThrow(() -> breaker.admit(sick, uri), "closed again: every request goes");
    }
}
