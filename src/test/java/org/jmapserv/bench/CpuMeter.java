package org.jmapserv.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time, the currency of throughput on a CPU-bound machine (Linux /proc): this JVM's own, that of the child
 * processes it has reaped (map2img runs), and that of a process tree (a PostgreSQL postmaster with its backends,
 * including those that already exited). Wall time on a shared machine measures the neighbours; CPU time does not.
 */
final class CpuMeter {

    private static final long TICK_MS = 10; // USER_HZ is 100 on Linux

    private CpuMeter() {
    }

    /** CPU milliseconds this JVM has used (all threads: JIT and GC included). */
    static long jvmMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /** CPU milliseconds of this JVM's children that have exited and been waited for. */
    static long reapedChildrenMillis() {
        long[] f = stat(ProcessHandle.current().pid());
        return f == null ? 0 : (f[2] + f[3]) * TICK_MS;
    }

    /** CPU milliseconds of {@code pid}, its reaped children and its live descendants (a postmaster's backends). */
    static long treeMillis(long pid) {
        long[] own = stat(pid);
        long ticks = own == null ? 0 : own[0] + own[1] + own[2] + own[3];
        for (ProcessHandle h : ProcessHandle.of(pid).map(p -> p.descendants().toList()).orElse(java.util.List.of())) {
            long[] f = stat(h.pid());
            if (f != null) {
                ticks += f[0] + f[1];
            }
        }
        return ticks * TICK_MS;
    }

    /** The postmaster's pid of the cluster whose data directory is {@code dataDir}. */
    static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
    }

    /** utime, stime, cutime, cstime in clock ticks, or null when the process is gone. */
    private static long[] stat(long pid) {
        try {
            String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                Long.parseLong(f[14])};
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
