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
                    + " (a bug; set JMAPSERV_DEBUG=1 for the stack trace)");
            if (System.getenv("JMAPSERV_DEBUG") != null) {
                e.printStackTrace();
            }
            code = 1;
        }
        System.exit(code);
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
