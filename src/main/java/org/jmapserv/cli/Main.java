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
        int code = switch (args[0]) {
            case "server" -> new picocli.CommandLine(new ServerCommand()).execute(rest);
            case "mapserv" -> new picocli.CommandLine(new MapservCommand()).execute(rest);
            case "demo" -> new picocli.CommandLine(new DemoCommand()).execute(rest);
            case "mapfile" -> MapfileCommand.run(rest);
            case "map2img", "shp2img" -> Map2ImgCommand.run(rest);
            default -> {
                System.err.println("unknown command: " + args[0]);
                yield 2;
            }
        };
        System.exit(code);
    }
}
