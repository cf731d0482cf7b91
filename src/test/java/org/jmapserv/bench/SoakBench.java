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


/**
 * Soak: 32 clients for a while (10 minutes by default) against {@code bin/server} running as its own process (so
 * its resident memory is its own, and the load clients do not share its heap or CPU accounting), half on a healthy
 * map (local shapefile layers), a quarter on a map whose remote WMS hangs, a quarter on one whose remote answers
 * every GetMap with a 16384 x 16384 PNG. Acceptance (issue 15): zero 5xx on healthy maps, their p99 within 2x of a
 * run of the same healthy clients without the sick ones, resident memory flat. The server's RSS is sampled every
 * 5 s and printed every 30 s with its Java heap and other committed memory (Native Memory Tracking); "flat" means
 * the mean RSS of the last sixth of the loaded run is within 10 % of the mean over the second sixth (the first
 * sixth lets the heap reach its working size), and the growth over the second half is under 10 MB a minute.
 * Usage: {@code bench/run SoakBench [seconds] [clients] [server JVM options...]} (defaults: 600 s, 32 clients,
 * {@link #SERVER_OPTS}).
 */
public final class SoakBench {

    /**
     * The server JVM's options unless given: a fixed heap committed and touched at start (so RSS shows what grows
     * besides the heap), direct memory bounded, Native Memory Tracking on.
     */
    static final String SERVER_OPTS = "-Xms1g -Xmx1g -XX:+AlwaysPreTouch -XX:MaxDirectMemorySize=256m "
            + "-XX:NativeMemoryTracking=summary";

    private SoakBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        String serverOpts = args.length > 2 ? String.join(" ", List.of(args).subList(2, args.length)) : SERVER_OPTS;
        Path dir = Files.createTempDirectory("soak");
        byte[] huge = hugePng(16384, 16384);
        // two remote hosts (two ports): the circuit breaker judges a host by all its answers, and a host that answers
        // on one path while it hangs on another is not down
        HttpServer remote = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        remote.setExecutor(Executors.newCachedThreadPool());
        HttpServer hugeRemote = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hugeRemote.setExecutor(Executors.newCachedThreadPool());
        remote.createContext("/hang", ex -> {
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        hugeRemote.createContext("/huge", ex -> {
            ex.getResponseHeaders().add("Content-Type", "image/png");
            ex.sendResponseHeaders(200, huge.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(huge);
            }
        });
        remote.start();
        hugeRemote.start();
        String base = "http://127.0.0.1:" + remote.getAddress().getPort();
        String hugeBase = "http://127.0.0.1:" + hugeRemote.getAddress().getPort();
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
        Path big = Files.writeString(dir.resolve("huge.map"), sick.formatted("huge", data, hugeBase + "/huge"));
        Path config = Files.writeString(dir.resolve("soak.conf"), "CONFIG\n  MAPS\n    H \"" + h + "\"\n    HANG \""
                + hang + "\"\n    HUGE \"" + big + "\"\n  END\nEND\n");
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of("bin/server").toAbsolutePath().toString(), "--port",
                Integer.toString(port), "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile());
        pb.environment().put("JMAPSERV_JAVA_OPTS", serverOpts);
        pb.environment().put("MALLOC_ARENA_MAX", "2");
        Process server = pb.start();
        try {
            HttpClient client = HttpClient.newBuilder().executor(Executors.newCachedThreadPool()).build();
            waitForHealth(client, port, server, dir.resolve("server.log"));
            long pid = serverJvmPid(server);
            System.out.printf(Locale.ROOT, "server: bin/server pid %d, JMAPSERV_JAVA_OPTS=\"%s\", MALLOC_ARENA_MAX=2"
                    + "; load average %s%n", pid, serverOpts, Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            String url = "http://127.0.0.1:" + port + "/mapserv?mode=map&layers=all&map=";
            run(client, url, 1, 0, 0, 20, pid, null); // warm-up
            // the same healthy clients without the sick ones: on a small machine healthy clients compete with each
            // other for CPU, which is not what this measures
            Phase unloaded = run(client, url, clients / 2, 0, 0, Math.max(20, seconds / 10), pid, null);
            List<long[]> rss = Collections.synchronizedList(new ArrayList<>());
            Phase loaded = run(client, url, clients / 2, clients / 4, clients - clients / 2 - clients / 4,
                    seconds, pid, rss);
            double ratio = loaded.p99() / unloaded.p99();
            System.out.printf(Locale.ROOT, "healthy clients alone: %d requests, p50 %.0f ms, p99 %.0f ms%n",
                    unloaded.latencies.size(), unloaded.p50(), unloaded.p99());
            System.out.printf(Locale.ROOT, "loaded (%d clients, %d s): healthy %d requests, p50 %.0f ms,"
                    + " p99 %.0f ms, 5xx %d, other non-200 %d; hang map %d answers (%s); huge map %d answers"
                    + " (%s)%n", clients, seconds, loaded.latencies.size(), loaded.p50(), loaded.p99(),
                    loaded.healthy5xx.get(), loaded.healthyOther.get(), loaded.hangAnswers.get(),
                    loaded.hangStatuses, loaded.hugeAnswers.get(), loaded.hugeStatuses);
            System.out.printf(Locale.ROOT, "healthy p99 loaded / unloaded: %.2f x (goal <= 2)%n", ratio);
            Flatness flat = Flatness.of(rss);
            System.out.println(flat);
            System.out.println("native memory at the end: " + nativeMemory(pid));
            boolean pass = loaded.healthy5xx.get() == 0 && ratio <= 2 && flat.flat();
            System.out.println(pass ? "PASS" : "FAIL");
        } finally {
            server.destroy();
            if (!server.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            server.descendants().forEach(ProcessHandle::destroy);
            remote.stop(0);
            hugeRemote.stop(0);
        }
    }

    /**
     * Whether the server's RSS stayed flat over the loaded run: the mean of the second sixth of the samples (after
     * the heap reached its working size) against the mean of the last sixth, and the least-squares slope over the
     * second half.
     */
    record Flatness(long earlyMb, long lateMb, long maxMb, double slopeMbPerMinute) {
        static Flatness of(List<long[]> samples) {
            if (samples.size() < 12) {
                return new Flatness(0, 0, 0, Double.NaN);
            }
            int sixth = samples.size() / 6;
            long early = mean(samples.subList(sixth, 2 * sixth));
            long late = mean(samples.subList(samples.size() - sixth, samples.size()));
            List<long[]> half = samples.subList(samples.size() / 2, samples.size());
            double mx = half.stream().mapToDouble(r -> r[0] / 6e10).average().orElse(0);
            double my = half.stream().mapToDouble(r -> r[1] / 1048576.0).average().orElse(0);
            double num = 0;
            double den = 0;
            for (long[] r : half) {
                double dx = r[0] / 6e10 - mx;
                num += dx * (r[1] / 1048576.0 - my);
                den += dx * dx;
            }
            return new Flatness(early >> 20, late >> 20,
                    samples.stream().mapToLong(r -> r[1]).max().orElse(0) >> 20, den == 0 ? 0 : num / den);
        }

        boolean flat() {
            return earlyMb > 0 && lateMb <= earlyMb * 1.10 && slopeMbPerMinute < 10;
        }

        private static long mean(List<long[]> part) {
            return (long) part.stream().mapToLong(r -> r[1]).average().orElse(0);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "server RSS: %d MB after warm-up (2nd sixth), %d MB at the end (last"
                    + " sixth), max %d MB; second half %+.1f MB/min -> %s", earlyMb, lateMb, maxMb,
                    slopeMbPerMinute, earlyMb == 0 ? "TOO SHORT TO JUDGE (run at least 60 s)"
                    : flat() ? "FLAT" : "GROWING");
        }
    }

    private static void waitForHealth(HttpClient client, int port, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L; // the launcher may build the jar first
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("bin/server exited: " + Files.readString(log));
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("bin/server did not answer /health: " + Files.readString(log));
    }

    /** The java process bin/server exec'd into (the launcher execs, so normally the same pid). */
    private static long serverJvmPid(Process server) {
        return server.pid();
    }

    /** Committed memory by NMT category (MB) via jcmd, or why not. */
    static String nativeMemory(long pid) {
        try {
            Path jcmd = Path.of(ProcessHandle.of(pid).flatMap(p -> p.info().command()).orElse("java"))
                    .resolveSibling("jcmd");
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.native_memory", "summary",
                    "scale=MB").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor();
            StringBuilder b = new StringBuilder();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    "(?m)^(?:Total: |-\\s+([A-Za-z ]+?)\\s*\\()reserved=\\d+MB, committed=(\\d+)MB").matcher(out);
            while (m.find()) {
                String name = m.group(1) == null ? "total" : m.group(1).trim();
                if (Integer.parseInt(m.group(2)) >= 5 || name.equals("total")) {
                    b.append(b.length() == 0 ? "" : ", ").append(name).append(' ').append(m.group(2)).append(" MB");
                }
            }
            return b.length() == 0 ? "(no NMT: start the server with -XX:NativeMemoryTracking=summary)" : b.toString();
        } catch (IOException | InterruptedException e) {
            return "(jcmd failed: " + e.getMessage() + ")";
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

    private static Phase run(HttpClient client, String url, int healthy, int hang, int huge, int seconds, long pid,
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
        long started = System.nanoTime();
        int printed = 0;
        while (System.nanoTime() < end) {
            Thread.sleep(Math.max(1, Math.min(5000, (end - System.nanoTime()) / 1_000_000)));
            if (rss == null) {
                continue;
            }
            long now = System.nanoTime();
            rss.add(new long[] {now - started, rss(pid)});
            int second = (int) ((now - started) / 1_000_000_000L);
            if (second / 30 > printed) { // the RSS timeline, with the heap / native split every minute
                printed = second / 30;
                System.out.printf(Locale.ROOT, "  t=%4d s  server RSS %5d MB  healthy answers so far %d%s%n", second,
                        rss.get(rss.size() - 1)[1] >> 20, phase.latencies.size(),
                        printed % 2 == 0 ? "  [" + nativeMemory(pid) + "]" : "");
            }
        }
        for (Thread t : threads) {
            t.join(120_000);
        }
        return phase;
    }

    /** The resident set of process {@code pid} in bytes (VmRSS), or 0. */
    private static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
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
