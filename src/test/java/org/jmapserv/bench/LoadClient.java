package org.jmapserv.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one load client every server in {@link ServerLoadBench} is measured with: {@code clients} threads sharing a
 * java.net.http client, each sending {@code perClient} GETs with its own session cookie; a request fails unless it
 * answers 200 with a PNG body. Every request is bounded (30 s).
 */
final class LoadClient {

    /** One measured run; {@code firstFailure} is a short description of the first failed request, or "". */
    record Result(String label, int requests, double requestsPerSecond, double p99Millis, int failures,
            String firstFailure) {
        void print() {
            System.out.printf("%-34s %5d requests  %7.1f req/s  p99 %7.1f ms  %d failed%s%n", label, requests,
                    requestsPerSecond, p99Millis, failures, firstFailure.isEmpty() ? "" : "  first: " + firstFailure);
        }
    }

    private LoadClient() {
    }

    static Result run(String label, String url, int clients, int perClient) throws Exception {
        return run(label, url, clients, perClient, LoadClient::isPng, "a PNG");
    }

    /** As {@link #run(String, String, int, int)}, a request succeeding when it answers 200 and {@code ok} holds. */
    static Result run(String label, String url, int clients, int perClient,
                      java.util.function.Predicate<byte[]> ok, String expected) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> first = new AtomicReference<>("");
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String cookie = "sid=client" + c;
            fs.add(pool.submit(() -> {
                for (int i = 0; i < perClient; i++) {
                    long t0 = System.nanoTime();
                    String failure = once(client, url, cookie, ok);
                    latencies.add(System.nanoTime() - t0);
                    if (failure != null) {
                        failures.incrementAndGet();
                        first.compareAndSet("", failure);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        double secs = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        return new Result(label, sorted.size(), sorted.size() / secs, p99 / 1e6, failures.get(), first.get());
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    /** Null when the answer is a 200 that {@code ok} accepts, else why not. */
    private static String once(HttpClient client, String url, String cookie, java.util.function.Predicate<byte[]> ok) {
        try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] b = r.body();
            if (r.statusCode() == 200 && ok.test(b)) {
                return null;
            }
            String text = new String(b, 0, Math.min(b.length, 300), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
            return r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse("?") + " " + text;
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
