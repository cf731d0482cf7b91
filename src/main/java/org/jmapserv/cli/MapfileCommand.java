package org.jmapserv.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.jmapserv.mapfile.Diagnostic;
import org.jmapserv.render.check.IgnoredKeywordScanner;
import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.LoadTimeChecks;
import org.jmapserv.mapfile.write.MapfileWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code mapfile check FILE...} and {@code mapfile format FILE}: load mapfiles as MapServer 8 does (each from its
 * own directory, so relative INCLUDE, SYMBOLSET and FONTSET paths resolve as for msLoadMap) and report every
 * problem as {@code file:line:column: message}, or print the canonical form.
 */
@Command(name = "mapfile", mixinStandardHelpOptions = true, versionProvider = VersionText.class,
        description = "Check MapServer 8 mapfiles, or print them in canonical form.",
        subcommands = {MapfileCommand.Check.class, MapfileCommand.Format.class})
public final class MapfileCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** Runs the command with {@code args}; returns the exit code. */
    public static int run(String[] args) {
        CommandLine cl = new CommandLine(new MapfileCommand());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("mapfile: " + e.getMessage());
            return USAGE;
        });
        return cl.execute(args);
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Load each FILE as MapServer 8 would and print every problem, one per line, as "
                    + "file:line:column: message.", "Keywords that load but are not drawn by jmapserv are listed "
                    + "as file:line:column: warning: ...", "Exit status 0 only when every file loads."})
    static final class Check implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "mapfiles to check")
        List<Path> files;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int failed = 0;
            for (Path f : files) {
                try {
                    MapDef map = LoadTimeChecks.require(new MapfileReader().read(f));
                    out.println(f + ": OK (" + map.layers().size() + " layers)");
                    // accepted but not honoured by the renderer: listed so that nothing is silently drawn wrong
                    for (Diagnostic d : new IgnoredKeywordScanner().scan(map)) {
                        out.println(d.position() + ": warning: " + d.message());
                    }
                } catch (MapfileException e) {
                    failed++;
                    for (Diagnostic d : e.diagnostics()) {
                        err.println(d);
                    }
                }
            }
            out.flush();
            err.flush();
            return failed == 0 ? OK : INVALID;
        }
    }

    @Command(name = "format", mixinStandardHelpOptions = true,
            description = "Print FILE in canonical form: upper-case keywords, two-space indent, only non-default "
                    + "values, INCLUDEs expanded.")
    static final class Format implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "the mapfile to format")
        Path file;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                spec.commandLine().getOut().print(new MapfileWriter().write(new MapfileReader().read(file)));
                spec.commandLine().getOut().flush();
                return OK;
            } catch (MapfileException e) {
                e.diagnostics().forEach(d -> spec.commandLine().getErr().println(d));
                spec.commandLine().getErr().flush();
                return INVALID;
            }
        }
    }
}
