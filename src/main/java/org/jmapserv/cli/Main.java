package org.jmapserv.cli;

import java.util.Arrays;

/**
 * Single entry point of the runnable jar: the launchers in {@code bin/} pass the tool name
 * ({@code map2img}, {@code mapfile}, {@code mapserv}, {@code server}, {@code demo}) as the first argument.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: jmapserv.jar (map2img|mapfile|mapserv|server|demo) [arguments]");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int code;
        try {
            code = run(args[0], rest);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // last line of defence: a bug must still end in one line and exit 1, never a stack trace
            System.err.println(args[0] + ": internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + org.jmapserv.mapfile.MessageExcerpt.of(e.getMessage()))
                    + " (a bug; " + traceFile(e) + ")");
            code = 1;
        }
        System.exit(code);
    }

    /**
     * Where the stack trace went: a user never sees one on the terminal, but a developer who sets
     * {@code JMAPSERV_DEBUG=/path/file} gets it in that file for a bug report.
     */
    private static String traceFile(Throwable e) {
        String target = System.getenv("JMAPSERV_DEBUG");
        if (target == null || target.isBlank()) {
            return "set JMAPSERV_DEBUG to a file name to have its stack trace written there";
        }
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(target), trace.toString());
            return "stack trace written to " + target;
        } catch (java.io.IOException | RuntimeException io) {
            return "could not write the stack trace to " + target + ": " + io.getMessage();
        }
    }

    private static int run(String command, String[] rest) {
        return switch (command) {
            case "server" -> new picocli.CommandLine(new ServerCommand()).execute(rest);
            case "mapserv" -> new picocli.CommandLine(new MapservCommand()).execute(rest);
            case "demo" -> new picocli.CommandLine(new DemoCommand()).execute(rest);
            case "mapfile" -> MapfileCommand.run(rest);
            case "map2img", "shp2img" -> Map2ImgCommand.run(rest);
            default -> {
                System.err.println("unknown command: " + command);
                yield 2;
            }
        };
    }
}
