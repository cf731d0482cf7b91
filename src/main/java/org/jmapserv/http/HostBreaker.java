package org.jmapserv.http;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A circuit breaker per remote host and port: after {@code failuresToOpen} requests in a row that got no answer
 * (timeouts, refused or broken connections) the host is skipped at once, with a message naming it, for
 * {@code coolDown}; then one trial request is let through, and its outcome closes the breaker or opens it for
 * another cool-down. A draw with a layer on a sick host thus costs milliseconds instead of a timeout, and requests
 * already waiting for one of the host's connection slots give up as soon as it opens. MapServer has no such guard
 * (every msHTTPExecute waits its full timeout); any answer, even an HTTP error, counts as the host being alive.
 */
public final class HostBreaker {

    /** When a host is skipped: after this many unanswered requests in a row, for this long. */
    public record Settings(int failuresToOpen, Duration coolDown) {
        public Settings {
            if (failuresToOpen < 1 || coolDown.isNegative()) {
                throw new IllegalArgumentException("failuresToOpen must be at least 1 and coolDown not negative");
            }
        }

        /** Three unanswered requests in a row skip a host for 30 seconds. */
        public static Settings defaults() {
            return new Settings(3, Duration.ofSeconds(30));
        }
    }

    /** Failures that mean the host did not answer at all. */
    private static final Set<FailureKind> UNANSWERED = Set.of(FailureKind.CONNECT_TIMEOUT, FailureKind.STALL_TIMEOUT,
            FailureKind.TOTAL_TIMEOUT, FailureKind.CONNECTION_REFUSED, FailureKind.IO);

    private final Settings settings;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

    HostBreaker(Settings settings) {
        this(settings, System::nanoTime);
    }

    HostBreaker(Settings settings, LongSupplier nanoClock) {
        this.settings = settings;
        this.clock = nanoClock;
    }

    /** One host's record: unanswered requests in a row, when it may be tried again, and a trial in flight. */
    private static final class State {
        int failures;
        FailureKind last;
        long openUntil;
        boolean open;
        boolean trialInFlight;
    }

    /**
     * Lets a request to {@code origin} go, or refuses it at once while the host is skipped.
     *
     * @throws HttpFetchException {@link FailureKind#HOST_UNAVAILABLE} naming the host and when it is retried
     */
    void admit(Origin origin, URI uri) throws HttpFetchException {
        State s = states.get(key(origin));
        if (s == null) {
            return;
        }
        synchronized (s) {
            if (!s.open) {
                return;
            }
            long now = clock.getAsLong();
            if (now - s.openUntil < 0) {
                throw skipped(origin, s, "retried after a " + seconds(settings.coolDown().toNanos())
                        + " cool-down, in " + seconds(s.openUntil - now), uri);
            }
            if (s.trialInFlight) {
                throw skipped(origin, s, "a trial request to it is in flight", uri);
            }
            s.trialInFlight = true; // half-open: this request finds out whether the host is back
        }
    }

    /** The host answered (any HTTP status, a TLS refusal...): it is healthy again. */
    void answered(Origin origin) {
        State s = states.get(key(origin));
        if (s != null) {
            synchronized (s) {
                s.failures = 0;
                s.open = false;
                s.trialInFlight = false;
            }
        }
    }

    /** A request to {@code origin} failed with {@code kind}; unanswered ones count towards skipping the host. */
    void failed(Origin origin, FailureKind kind) {
        if (kind == FailureKind.HOST_UNAVAILABLE) {
            return;
        }
        if (!UNANSWERED.contains(kind)) {
            answered(origin);
            return;
        }
        State s = states.computeIfAbsent(key(origin), k -> new State());
        synchronized (s) {
            s.failures++;
            s.last = kind;
            if (s.trialInFlight || s.failures >= settings.failuresToOpen()) {
                s.open = true;
                s.trialInFlight = false;
                s.openUntil = clock.getAsLong() + settings.coolDown().toNanos();
            }
        }
    }

    /** Whether requests to {@code origin} are being skipped now (for requests waiting on a connection slot). */
    boolean isSkipped(Origin origin) {
        State s = states.get(key(origin));
        if (s == null) {
            return false;
        }
        synchronized (s) {
            return s.open && clock.getAsLong() - s.openUntil < 0;
        }
    }

    /** The refusal for a request that was waiting for a connection slot when the host became skipped. */
    HttpFetchException skippedWhileWaiting(Origin origin, URI uri) {
        State s = states.get(key(origin));
        synchronized (s) {
            return skipped(origin, s, "retried after a " + seconds(settings.coolDown().toNanos()) + " cool-down",
                    uri);
        }
    }

    private static HttpFetchException skipped(Origin origin, State s, String when, URI uri) {
        return new HttpFetchException(FailureKind.HOST_UNAVAILABLE, "host " + key(origin) + " skipped: its last "
                + (s.failures == 1 ? "request" : s.failures + " requests") + " got no answer ("
                + s.last.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "); " + when, uri);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.0f s", Math.max(0, nanos) / 1e9);
    }

    private static String key(Origin o) {
        return o.host() + ":" + o.port();
    }
}
