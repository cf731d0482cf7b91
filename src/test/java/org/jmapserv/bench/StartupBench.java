package org.jmapserv.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One-shot start-up, side by side: {@code bin/map2img -m samples/world.map -o x.png} (through the launcher, so
 * with whatever AOT cache or CDS archive it keeps) against Debian's {@code map2img} on the same map, run
 * alternately (so machine load hits both alike) after warm-up runs that let the launcher build its caches.
 * Prints median wall time and median CPU time (user + sys, from /usr/bin/time) and their ratios, and the JVM's
 * floor: {@code bin/map2img --version} through the same launcher, which draws nothing, and a bare JVM's
 * ({@code java -version} of the launcher's JDK).
 * Usage: {@code bench/run StartupBench [runs]} (default 15).
 */
public final class StartupBench {

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path root = Path.of("").toAbsolutePath();
        Path out = Files.createTempDirectory("startup-bench");
        try {
            List<String> ours = List.of(root.resolve("bin/map2img").toString(), "-m",
                    root.resolve("samples/world.map").toString(), "-o", out.resolve("ours.png").toString());
            List<String> theirs = List.of("map2img", "-m", root.resolve("samples/world.map").toString(), "-o",
                    out.resolve("theirs.png").toString());
            String loadBefore = loadAverage();
            for (int i = 0; i < 3; i++) { // builds the jar if needed, trains the AOT cache / CDS archive
                time(ours, out);
                if (i == 0) {
                    awaitTraining(root.resolve("target"));
                }
            }
            time(theirs, out);
            // the JVM's own floor: the same launcher, flags and cache, drawing nothing
            List<String> floor = List.of(root.resolve("bin/map2img").toString(), "--version");
            // the JVM alone: the launcher's JDK starting with its default CDS archive and printing its version
            String java = Files.readString(root.resolve("target/launch-java")).trim().split("\\s+")[0];
            List<String> bare = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                    "-version");
            List<double[]> a = new ArrayList<>();
            List<double[]> j = new ArrayList<>();
            List<double[]> b = new ArrayList<>();
            List<double[]> f = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                a.add(time(ours, out));
                b.add(time(theirs, out));
                f.add(time(floor, out));
                j.add(time(bare, out));
            }
            double aw = median(a, 0);
            double bw = median(b, 0);
            double ac = median(a, 1);
            double bc = median(b, 1);
            System.out.printf(Locale.ROOT, "runs: %d each, alternating; load average %s before, %s after%n", runs,
                    loadBefore, loadAverage());
            System.out.printf(Locale.ROOT, "bin/map2img  wall median %.0f ms, cpu median %.0f ms%n", aw * 1000,
                    ac * 1000);
            System.out.printf(Locale.ROOT, "Debian map2img wall median %.0f ms, cpu median %.0f ms%n", bw * 1000,
                    bc * 1000);
            System.out.printf(Locale.ROOT, "ratio (ours / MapServer): wall %.2f x, cpu %.2f x (goal <= 2)%n",
                    aw / bw, ac / bc);
            System.out.printf(Locale.ROOT, "JVM floor (bin/map2img --version: start, map the AOT cache, exit): wall "
                    + "%.0f ms, cpu %.0f ms = %.2f x / %.2f x of Debian's whole map%n", median(f, 0) * 1000,
                    median(f, 1) * 1000, median(f, 0) / bw, median(f, 1) / bc);
            System.out.printf(Locale.ROOT, "bare JVM (%s -version, default CDS): wall %.0f ms, cpu %.0f ms%n", java,
                    median(j, 0) * 1000, median(j, 1) * 1000);
        } finally {
            try (var s = Files.walk(out)) {
                s.sorted(Collections.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /**
     * Waits (at most 3 minutes) for the launcher's background AOT training to finish: it holds
     * {@code target/*.aot.lock} while it runs, and runs timed before it ends would start without the cache. A
     * fixed pause was too short on a loaded machine.
     */
    private static void awaitTraining(Path target) throws Exception {
        long deadline = System.nanoTime() + 180_000_000_000L;
        Thread.sleep(500); // the launcher starts the training in the background just before the JVM
        while (System.nanoTime() < deadline) {
            try (var s = Files.list(target)) {
                if (s.noneMatch(p -> p.getFileName().toString().endsWith(".aot.lock"))) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        System.out.println("warning: the AOT training did not finish within 3 minutes; timing anyway");
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    /** {wall seconds, cpu seconds} of one run, via /usr/bin/time. */
    private static double[] time(List<String> command, Path dir) throws Exception {
        Path report = dir.resolve("time.txt");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S", "-o", report.toString()));
        cmd.addAll(command);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
        String[] f = Files.readString(report).trim().split("\\s+");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2])};
    }

    private static double median(List<double[]> xs, int i) {
        double[] v = xs.stream().mapToDouble(x -> x[i]).sorted().toArray();
        return v[v.length / 2];
    }
}
