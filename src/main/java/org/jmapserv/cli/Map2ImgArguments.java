package org.jmapserv.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jmapserv.mapfile.model.Extent;

/**
 * map2img's command line, read the way map2img.c reads it: options in any order, each followed by its fixed
 * number of values (so {@code -e -180 -90 180 90} works), {@code -v} only as the first argument.
 */
record Map2ImgArguments(
        String mapfile,
        String output,
        Extent extent,
        int[] size,
        List<String> layers,
        String format,
        Integer allDebug,
        Integer mapDebug,
        Map<String, Integer> layerDebug,
        int count,
        int pause,
        Map<String, String> dataOverrides,
        String configFile,
        boolean version,
        boolean help) {

    /** A malformed command line; the message is MapServer's. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static Map2ImgArguments parse(String[] args) throws UsageException {
        Builder b = new Builder();
        if (args.length > 0 && (args[0].equals("-v") || args[0].equals("--version"))) {
            b.version = true;
            return b.build();
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help", "-help" -> b.help = true;
                case "-m" -> b.mapfile = value(args, i++, 1)[0];
                case "-o" -> b.output = value(args, i++, 1)[0];
                case "-i" -> b.format = value(args, i++, 1)[0];
                case "-conf" -> b.configFile = value(args, i++, 1)[0];
                case "-l" -> b.layers = List.of(value(args, i++, 1)[0].trim().split("\\s+"));
                case "-e" -> {
                    double[] e = numbers(a, value(args, i, 4));
                    i += 4;
                    b.extent = new Extent(e[0], e[1], e[2], e[3]);
                }
                case "-s" -> {
                    double[] s = numbers(a, value(args, i, 2));
                    i += 2;
                    b.size = new int[] {(int) s[0], (int) s[1]};
                }
                case "-all_debug" -> b.allDebug = integer(a, value(args, i++, 1)[0]);
                case "-map_debug" -> b.mapDebug = integer(a, value(args, i++, 1)[0]);
                case "-layer_debug" -> {
                    String[] v = value(args, i, 2);
                    i += 2;
                    b.layerDebug.put(v[0], integer(a, v[1]));
                }
                case "-d" -> {
                    String[] v = value(args, i, 2);
                    i += 2;
                    b.dataOverrides.put(v[0], v[1]);
                }
                case "-c" -> {
                    b.count = integer(a, value(args, i++, 1)[0]);
                    if (b.count < 0) {
                        throw new UsageException("Invalid number of iterations");
                    }
                }
                case "-p" -> b.pause = integer(a, value(args, i++, 1)[0]);
                default -> throw new UsageException("Unrecognized argument: " + a);
            }
        }
        return b.build();
    }

    private static String[] value(String[] args, int at, int n) throws UsageException {
        if (at + n >= args.length) {
            throw new UsageException(n == 1 ? "Argument " + args[at] + " requires an additional argument."
                    : "Argument " + args[at] + " needs " + n + " space separated arguments.");
        }
        String[] out = new String[n];
        System.arraycopy(args, at + 1, out, 0, n);
        return out;
    }

    private static double[] numbers(String option, String[] values) throws UsageException {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            try {
                out[i] = Double.parseDouble(values[i]);
            } catch (NumberFormatException e) {
                throw new UsageException("Argument " + option + " expects numbers, got '" + values[i] + "'.");
            }
        }
        return out;
    }

    private static int integer(String option, String value) throws UsageException {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("Argument " + option + " expects a whole number, got '" + value + "'.");
        }
    }

    /** Accumulates options; defaults as map2img (one draw, no pause). */
    private static final class Builder {
        String mapfile;
        String output;
        Extent extent;
        int[] size;
        List<String> layers;
        String format;
        Integer allDebug;
        Integer mapDebug;
        Map<String, Integer> layerDebug = new LinkedHashMap<>();
        int count = 1;
        int pause;
        Map<String, String> dataOverrides = new LinkedHashMap<>();
        String configFile;
        boolean version;
        boolean help;

        Map2ImgArguments build() {
            return new Map2ImgArguments(mapfile, output, extent, size, layers == null ? null : new ArrayList<>(layers),
                    format, allDebug, mapDebug, layerDebug, count, pause, dataOverrides, configFile, version, help);
        }
    }
}
