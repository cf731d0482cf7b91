package org.jmapserv.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jmapserv.http.HttpFetcher;
import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.server.CgiGateway;
import org.jmapserv.server.MapservHandler;
import org.jmapserv.server.ServerSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mapserv}: the CGI adapter (mirrors mapserv.c main). The request comes from the environment; options
 * ({@code -nh}, {@code -conf}, {@code QUERY_STRING=...}, {@code PATH_INFO=...}) are honoured only when
 * QUERY_STRING is unset, as mapserv does for safety; a command-line QUERY_STRING forces GET.
 */
@Command(name = "mapserv", mixinStandardHelpOptions = true, versionProvider = VersionText.class,
        description = "MapServer-compatible CGI program")
public final class MapservCommand implements Callable<Integer> {

    @Option(names = "-nh", description = "no HTTP headers")
    boolean noHeaders;

    @Option(names = "-conf", description = "MapServer config file")
    Path conf;

    @Parameters(arity = "0..*", description = "QUERY_STRING=... (only when QUERY_STRING is unset)")
    List<String> assignments = List.of();

    @Override
    public Integer call() throws Exception {
        Map<String, String> env = new HashMap<>(System.getenv());
        boolean fromEnvironment = env.containsKey("QUERY_STRING");
        if (fromEnvironment) {
            noHeaders = false;
            conf = null;
        } else {
            for (String a : assignments) {
                if (a.startsWith("QUERY_STRING=")) {
                    env.put("QUERY_STRING", a.substring("QUERY_STRING=".length()));
                    env.put("REQUEST_METHOD", "GET");
                }
            }
        }
        OutputStream out = new BufferedOutputStream(System.out);
        ServerSettings settings;
        try {
            settings = ServerSettings.of(EndpointFactory.config(conf, env), env);
        } catch (MapfileException e) {
            // the client sees mapserv's generic page; the reason (file:line:column) goes to the web server's log
            e.diagnostics().forEach(d -> System.err.println("msLoadConfig(): " + d));
            String msg = "Content-Type: text/html\r\n\r\n<HTML>\n<HEAD><TITLE>MapServer Message</TITLE></HEAD>\n"
                    + "<BODY BGCOLOR=\"#FFFFFF\">\nmsLoadConfig(): Unable to read the configuration file.\n</BODY></HTML>";
            out.write(msg.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.flush();
            return 0;
        }
        try (HttpFetcher fetcher = new HttpFetcher();
             MapservHandler handler = EndpointFactory.handler(settings, fetcher, w -> System.err.println(w))) {
            new CgiGateway(handler).respond(env, System.in, out, !noHeaders);
        }
        return 0;
    }
}
