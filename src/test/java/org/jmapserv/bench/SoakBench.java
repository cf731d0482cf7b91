package org.jmapserv.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import com.sun.net.httpserver.HttpServer;

import org.jmapserv.http.HttpFetcher;
import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.server.EmbeddedServer;
import org.jmapserv.server.MapfileCache;
import org.jmapserv.server.MapservHandler;
import org.jmapserv.server.ServerSettings;
import org.jmapserv.wms.client.WmsHttpProfiles;

/**
 * Soak: 32 clients for a while (10 minutes by default) against the embedded server, half on healthy maps (local
 * shapefile layers), a quarter on a map whose remote WMS hangs, a quarter on one whose remote answers every GetMap
 * with a 16384 x 16384 PNG. Acceptance (issue 15): zero 5xx on healthy maps, their p99 within 2x of a run of the
 * same healthy clients without the sick ones, resident memory flat (first vs last fifth of the samples). Prints the figures and PASS/FAIL.
 * Usage: {@code bench/run SoakBench [seconds] [clients]}.
 */
public final class SoakBench {

    private SoakBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        Path dir = Files.createTempDirectory("soak");
        byte[] huge = hugePng(16384, 16384);
        HttpServer remote = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        remote.setExecutor(Executors.newCachedThreadPool());
        remote.createContext("/hang", ex -> {
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        remote.createContext("/huge", ex -> {
            ex.getResponseHeaders().add("Content-Type", "image/png");
            ex.sendResponseHeaders(200, huge.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(huge);
            }
        });
        remote.start();
        String base = "http://127.0.0.1:" + remote.getAddress().getPort();
        Path data = Path.of("test-data/data").toAbsolutePath();
        String healthy = """
                MAP NAME "healthy" EXTENT -180 -90 180 90 SIZE 512 256 SHAPEPATH "%s"
                  PROJECTION "init=epsg:4326" END
                  LAYER NAME "countries" TYPE POLYGON STATUS ON DATA "countries"
                    CLASS STYLE COLOR 200 220 180 OUTLINECOLOR 80 80 80 END END END
                  LAYER NAME "cities" TYPE POINT STATUS ON DATA "cities"
                    CLASS STYLE COLOR 200 0 0 SIZE 4 SYMBOL 0 END END END
                END
                """.formatted(data);
        String sick = """
                MAP NAME "%s" EXTENT -180 -90 180 90 SIZE 512 256 SHAPEPATH "%s"
                  PROJECTION "init=epsg:4326" END
                  LAYER NAME "countries" TYPE POLYGON STATUS ON DATA "countries"
                    CLASS STYLE COLOR 200 220 180 END END END
                  LAYER NAME "remote" TYPE RASTER STATUS ON CONNECTIONTYPE WMS CONNECTION "%s?"
                    METADATA "wms_name" "x" "wms_srs" "EPSG:4326" "wms_server_version" "1.1.1"
                      "wms_format" "image/png" "wms_connectiontimeout" "5" END
                  END
                END
                """;
        Path h = Files.writeString(dir.resolve("healthy.map"), healthy);
        Path hang = Files.writeString(dir.resolve("hang.map"), sick.formatted("hang", data, base + "/hang"));
        Path big = Files.writeString(dir.resolve("huge.map"), sick.formatted("huge", data, base + "/huge"));
        ConfigFileDef.Builder cfg = new ConfigFileDef.Builder();
        cfg.maps = Metadata.of(List.of(new Metadata.Entry("H", h.toString()), new Metadata.Entry("HANG",
                hang.toString()), new Metadata.Entry("HUGE", big.toString())));
        try (HttpFetcher fetcher = new HttpFetcher()) {
            MapservHandler handler = new MapservHandler(ServerSettings.of(cfg.build(), Map.of()),
                    new MapfileCache(new MapfileReader()), MapRenderer.withRemoteLayers(fetcher,
                    WmsHttpProfiles.isolated()));
            try (EmbeddedServer server = new EmbeddedServer(handler, "127.0.0.1", 0, null, line -> { }).start()) {
                String url = "http://127.0.0.1:" + server.port() + "/mapserv?mode=map&layers=all&map=";
                HttpClient client = HttpClient.newBuilder().executor(Executors.newCachedThreadPool()).build();
                run(client, url, 1, 0, 0, 20, new ArrayList<>()); // warm-up
                // the same healthy clients without the sick ones: on a small machine healthy clients compete with each
                // other for CPU, which is not what this measures
                Phase unloaded = run(client, url, clients / 2, 0, 0, Math.max(20, seconds / 10), new ArrayList<>());
                List<long[]> rss = Collections.synchronizedList(new ArrayList<>());
                Phase loaded = run(client, url, clients / 2, clients / 4, clients - clients / 2 - clients / 4,
                        seconds, rss);
                double ratio = loaded.p99() / unloaded.p99();
                long firstRss = averageRss(rss, true);
                long lastRss = averageRss(rss, false);
                System.out.printf(Locale.ROOT, "healthy clients alone: %d requests, p50 %.0f ms, p99 %.0f ms%n",
                        unloaded.latencies.size(), unloaded.p50(), unloaded.p99());
                System.out.printf(Locale.ROOT, "loaded (%d clients, %d s): healthy %d requests, p50 %.0f ms,"
                        + " p99 %.0f ms, 5xx %d, other non-200 %d; hang map %d answers (%s); huge map %d answers"
                        + " (%s)%n", clients, seconds, loaded.latencies.size(), loaded.p50(), loaded.p99(),
                        loaded.healthy5xx.get(), loaded.healthyOther.get(), loaded.hangAnswers.get(),
                        loaded.hangStatuses, loaded.hugeAnswers.get(), loaded.hugeStatuses);
                System.out.printf(Locale.ROOT, "healthy p99 loaded / unloaded: %.2f x (goal <= 2)%n", ratio);
                System.out.printf(Locale.ROOT, "RSS: first sampled stretch %d MB, last %d MB, max %d MB%n",
                        firstRss >> 20, lastRss >> 20, rss.stream().mapToLong(r -> r[1]).max().orElse(0) >> 20);
                boolean pass = loaded.healthy5xx.get() == 0 && ratio <= 2 && lastRss <= firstRss * 1.25;
                System.out.println(pass ? "PASS" : "FAIL");
            }
        } finally {
            remote.stop(0);
        }
    }

    private static final class Phase {
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final AtomicInteger healthy5xx = new AtomicInteger();
        final AtomicInteger healthyOther = new AtomicInteger();
        final AtomicInteger hangAnswers = new AtomicInteger();
        final AtomicInteger hugeAnswers = new AtomicInteger();
        final Map<Integer, AtomicLong> hangStatuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        final Map<Integer, AtomicLong> hugeStatuses = new java.util.concurrent.ConcurrentSkipListMap<>();

        double p50() {
            return percentile(0.50);
        }

        double p99() {
            return percentile(0.99);
        }

        private double percentile(double p) {
            long[] v = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            return v.length == 0 ? Double.NaN : v[Math.min(v.length - 1, (int) (v.length * p))] / 1e6;
        }
    }

    private static Phase run(HttpClient client, String url, int healthy, int hang, int huge, int seconds,
            List<long[]> rss) throws InterruptedException {
        Phase phase = new Phase();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < healthy + hang + huge; i++) {
            String map = i < healthy ? "H" : i < healthy + hang ? "HANG" : "HUGE";
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = client.send(HttpRequest.newBuilder(URI.create(url + map))
                                .timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                    } catch (IOException e) {
                        status = 599;
                    } catch (InterruptedException e) {
                        return;
                    }
                    long took = System.nanoTime() - t0;
                    switch (map) {
                        case "H" -> {
                            phase.latencies.add(took);
                            if (status >= 500) {
                                phase.healthy5xx.incrementAndGet();
                            } else if (status != 200) {
                                phase.healthyOther.incrementAndGet();
                            }
                        }
                        case "HANG" -> {
                            phase.hangAnswers.incrementAndGet();
                            phase.hangStatuses.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                        }
                        default -> {
                            phase.hugeAnswers.incrementAndGet();
                            phase.hugeStatuses.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                        }
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        while (System.nanoTime() < end) {
            Thread.sleep(2000);
            rss.add(new long[] {System.nanoTime(), rss()});
        }
        for (Thread t : threads) {
            t.join(120_000);
        }
        return phase;
    }

    /** Mean RSS of the first (or last) fifth of the samples. */
    private static long averageRss(List<long[]> samples, boolean first) {
        if (samples.isEmpty()) {
            return 0;
        }
        int n = Math.max(1, samples.size() / 5);
        List<long[]> part = first ? samples.subList(0, n) : samples.subList(samples.size() - n, samples.size());
        return (long) part.stream().mapToLong(r -> r[1]).average().orElse(0);
    }

    private static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** A valid all-transparent RGBA PNG of w x h (compresses to a few hundred KB). */
    private static byte[] hugePng(int w, int h) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        Deflater d = new Deflater(9);
        byte[] row = new byte[1 + w * 4];
        byte[] buf = new byte[1 << 16];
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        for (int y = 0; y < h; y++) {
            d.setInput(row);
            while (!d.needsInput()) {
                int n = d.deflate(buf);
                z.write(buf, 0, n);
            }
        }
        d.finish();
        while (!d.finished()) {
            int n = d.deflate(buf);
            z.write(buf, 0, n);
        }
        raw.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        ihdr.write(new byte[] {(byte) (w >>> 24), (byte) (w >>> 16), (byte) (w >>> 8), (byte) w,
            (byte) (h >>> 24), (byte) (h >>> 16), (byte) (h >>> 8), (byte) h, 8, 6, 0, 0, 0});
        chunk(raw, "IHDR", ihdr.toByteArray());
        chunk(raw, "IDAT", z.toByteArray());
        chunk(raw, "IEND", new byte[0]);
        return raw.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        int n = data.length;
        out.write(n >>> 24);
        out.write(n >>> 16);
        out.write(n >>> 8);
        out.write(n);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        long c = crc.getValue();
        out.write((int) (c >>> 24));
        out.write((int) (c >>> 16));
        out.write((int) (c >>> 8));
        out.write((int) c);
    }
}
