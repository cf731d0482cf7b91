package org.jmapserv.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fair load generator for server benchmarks: Debian's {@code wrk} as a separate native process (installed with
 * apt-get when missing and we are root), a fixed GET URL, {@code connections} keep-alive connections over 2 threads
 * for a fixed duration. Our server and mapserv behind nginx are driven by the same command, so neither pays for a
 * JVM client sharing its CPU and heap. Before and after the timed run one request is checked with {@code ok} (the
 * URL is fixed, so every answer is that answer); wrk's non-2xx and socket-error counts are reported as failures.
 */
final class WrkLoad {

    private static final Path WRK = Path.of("/usr/bin/wrk");
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private WrkLoad() {
    }

    /** True when wrk is installed (installing it with apt-get when root); prints why not otherwise. */
    static boolean available() throws Exception {
        if (Files.isExecutable(WRK)) {
            return true;
        }
        if ("root".equals(System.getProperty("user.name"))) {
            System.out.println("installing wrk with apt-get ...");
            ProcessBuilder pb = new ProcessBuilder("apt-get", "install", "-y", "--no-install-recommends", "wrk")
                    .inheritIO();
            pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process p = pb.start();
            if (p.waitFor(10, TimeUnit.MINUTES) && p.exitValue() == 0 && Files.isExecutable(WRK)) {
                return true;
            }
        }
        System.out.println("wrk missing (Debian package wrk): server throughput not measured");
        return false;
    }

    /**
     * Checks one answer, warms the server for {@code warmSeconds}, then measures for {@code seconds}; throws when
     * the answer is not what {@code ok} expects (a benchmark of error pages measures nothing).
     */
    static LoadClient.Result run(String label, String url, int connections, int warmSeconds, int seconds,
            Predicate<byte[]> ok, String expected) throws Exception {
        return run(label, url, connections, warmSeconds, seconds, ok, expected, () -> 0).load();
    }

    /** A timed run with the CPU {@code cpuMillis} counted over it, per request (the server's processes' CPU). */
    record Measured(LoadClient.Result load, double cpuMillisPerRequest) {
    }

    /** As above, also reading {@code cpuMillis} just before and after the timed run. */
    static Measured run(String label, String url, int connections, int warmSeconds, int seconds,
            Predicate<byte[]> ok, String expected, LongSupplier cpuMillis) throws Exception {
        check(url, ok, expected);
        if (warmSeconds > 0) {
            wrk(url, connections, warmSeconds);
        }
        long cpu0 = cpuMillis.getAsLong();
        String out = wrk(url, connections, seconds);
        long cpu = cpuMillis.getAsLong() - cpu0;
        check(url, ok, expected);
        long failures = 0;
        Matcher n = NON2XX.matcher(out);
        if (n.find()) {
            failures += Long.parseLong(n.group(1));
        }
        Matcher s = SOCKET.matcher(out);
        if (s.find()) {
            for (int g = 1; g <= 4; g++) {
                failures += Long.parseLong(s.group(g));
            }
        }
        int requests = (int) number(TOTAL, out);
        return new Measured(new LoadClient.Result(label + " [wrk]", requests, number(RPS, out), p99Millis(out),
                (int) failures, failures == 0 ? "" : out.replaceAll("\\s+", " ")), cpu / (double) requests);
    }

    /** As {@link #run(String, String, int, int, int, Predicate, String)} expecting a PNG. */
    static Measured png(String label, String url, int connections, int warmSeconds, int seconds,
            LongSupplier cpuMillis) throws Exception {
        return run(label, url, connections, warmSeconds, seconds,
                b -> b.length > 8 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G', "a PNG", cpuMillis);
    }

    private static String wrk(String url, int connections, int seconds) throws IOException, InterruptedException {
        List<String> cmd = List.of(WRK.toString(), "-t", Integer.toString(Math.min(2, connections)), "-c",
                Integer.toString(connections), "-d", seconds + "s", "--timeout", "30s", "--latency", url);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS) || p.exitValue() != 0 || !RPS.matcher(out).find()) {
            throw new IOException("wrk failed: " + out.strip());
        }
        return out;
    }

    private static void check(String url, Predicate<byte[]> ok, String expected) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200 || !ok.test(r.body())) {
            byte[] b = r.body();
            throw new IllegalStateException(url + " answered " + r.statusCode() + " without " + expected + ": "
                    + new String(b, 0, Math.min(b.length, 300), StandardCharsets.UTF_8));
        }
    }

    private static double number(Pattern p, String out) {
        Matcher m = p.matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static double p99Millis(String out) {
        Matcher m = P99.matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }
}
