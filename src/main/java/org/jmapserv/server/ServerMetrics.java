package org.jmapserv.server;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.jmapserv.render.LayerTiming;

/**
 * The endpoint's operations metrics, written at {@code /metrics} in Prometheus text format through Micrometer:
 * requests by status, draw time, time per layer, remote fetch latency and failures by origin (host:port only, no
 * path or query), draw slots and the HTTP thread pool. MapServer has no equivalent; its CGI processes leave this to
 * the web server.
 */
public final class ServerMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer draws;

    public ServerMetrics() {
        draws = Timer.builder("jmapserv.draw").description("Whole draws (msDrawMap), time in the draw pool")
                .publishPercentileHistogram().maximumExpectedValue(Duration.ofSeconds(60)).register(registry);
    }

    /** One answered HTTP request. */
    public void request(int status) {
        Counter.builder("jmapserv.requests").description("HTTP requests answered, by status")
                .tag("status", Integer.toString(status)).register(registry).increment();
    }

    /** One draw and the time of each of its layers. */
    public void drawn(long nanos, List<LayerTiming> layers) {
        draws.record(nanos, TimeUnit.NANOSECONDS);
        for (LayerTiming t : layers) {
            Timer.builder("jmapserv.layer.draw").description("Time per layer within draws")
                    .tag("layer", t.layerName() == null ? "" : t.layerName()).register(registry)
                    .record(t.nanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** A remote fetch ended (an {@link org.jmapserv.http.FetchObserver}). */
    public void fetched(String origin, long nanos, String failure) {
        Timer.builder("jmapserv.remote.fetch").description("Remote (WMS) fetches by origin")
                .tag("origin", origin).publishPercentileHistogram().maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
        if (failure != null) {
            Counter.builder("jmapserv.remote.fetch.failures").description("Remote fetches that failed, by origin")
                    .tag("origin", origin).tag("kind", failure).register(registry).increment();
        }
    }

    /** A live value read at each scrape (draw slots, thread pool). */
    public void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).strongReference(true).register(registry);
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }
}
