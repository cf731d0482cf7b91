package org.jmapserv.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.mapfile.source.InMemorySourceLoader;

/**
 * Times warm parses of a generated 10,000-layer mapfile (target: well under a second per parse) and prints the
 * median and best wall time, the reading thread's CPU time and the GC time per parse (on a shared machine the
 * wall time mostly measures the neighbours), and the ratio against a baseline measured in the same run: only lexing the same text with a plain scan of its
 * characters, so the number says how much the whole reader costs over touching every byte once.
 */
public final class ParseBench {
    private ParseBench() {
    }

    public static void main(String[] args) throws Exception {
        int layers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String text = generate(layers);
        MapfileReader reader = new MapfileReader(new InMemorySourceLoader());
        for (int i = 0; i < 5; i++) {
            reader.readString(text, "bench.map", Path.of("/bench"));
        }
        int runs = 10;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[runs];
        long cpu = 0;
        long gc = gcMillis();
        MapDef map = null;
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            map = reader.readString(text, "bench.map", Path.of("/bench"));
            wall[i] = System.nanoTime() - start;
            cpu += threads.getCurrentThreadCpuTime() - cpuStart;
        }
        double gcMs = (gcMillis() - gc) / (double) runs;
        Arrays.sort(wall);
        double parseMs = wall[runs / 2] / 1e6;
        long baseStart = System.nanoTime();
        long sum = 0;
        for (int i = 0; i < runs; i++) {
            for (int c = 0; c < text.length(); c++) {
                sum += text.charAt(c);
            }
        }
        double scanMs = (System.nanoTime() - baseStart) / 1e6 / runs;
        System.out.printf("%d layers, %d chars (%d layers read): median %.1f ms, best %.1f ms per parse; reading "
                + "thread CPU %.1f ms, GC %.1f ms per parse; char scan %.2f ms; ratio %.0fx%n", layers,
                text.length(), map.layers().size(), parseMs, wall[0] / 1e6, cpu / 1e6 / runs, gcMs, scanMs,
                parseMs / scanMs);
        if (sum == 42) {
            System.out.println();
        }
    }

    /** Collection time of all collectors so far: wall time on a loaded machine is mostly other processes and GC. */
    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    static String generate(int layers) {
        StringBuilder sb = new StringBuilder(layers * 400);
        sb.append("MAP\n  NAME \"bench\"\n  SIZE 800 600\n  EXTENT -180 -90 180 90\n");
        sb.append("  PROJECTION \"init=epsg:4326\" END\n");
        for (int i = 0; i < layers; i++) {
            sb.append("  LAYER\n    NAME \"layer").append(i).append("\"\n    TYPE POLYGON\n    STATUS ON\n")
              .append("    DATA \"data/layer").append(i).append(".shp\"\n")
              .append("    METADATA \"wms_title\" \"Layer ").append(i).append("\" END\n")
              .append("    CLASSITEM \"kind\"\n")
              .append("    CLASS\n      NAME \"c").append(i).append("\"\n      EXPRESSION ([pop] > ").append(i)
              .append(")\n      STYLE COLOR ").append(i % 256).append(" 100 200 OUTLINECOLOR 0 0 0 WIDTH 0.5 END\n")
              .append("      LABEL TEXT \"[name]\" SIZE 8 COLOR 0 0 0 END\n    END\n  END\n");
        }
        return sb.append("END\n").toString();
    }
}
