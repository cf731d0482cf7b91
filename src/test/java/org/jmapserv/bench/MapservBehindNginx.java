package org.jmapserv.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The MapServer baseline for {@link ServerLoadBench}: Debian's {@code /usr/bin/mapserv} behind nginx, both as a
 * CGI program through fcgiwrap ({@code /cgi-bin/mapserv}) and as a native FastCGI process pool started with
 * spawn-fcgi ({@code /fcgi/mapserv}, MapServer's recommended deployment). Everything lives in one temp dir (its
 * own nginx.conf, sockets, logs), listens on 127.0.0.1 only, and every process started here is stopped by
 * {@link #close}. Installs nginx, fcgiwrap and spawn-fcgi with apt-get when they are missing and we are root.
 */
final class MapservBehindNginx implements AutoCloseable {

    static final Path MAPSERV = Path.of("/usr/bin/mapserv");
    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Path FCGIWRAP = Path.of("/usr/sbin/fcgiwrap");
    private static final Path SPAWN_FCGI = Path.of("/usr/bin/spawn-fcgi");

    private final Path dir;
    private final int port;
    private final List<Process> processes = new ArrayList<>();
    private final List<Process> fastCgi = new ArrayList<>();

    private MapservBehindNginx(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Null (with the reason printed) when the baseline cannot run on this machine. */
    static MapservBehindNginx startOrExplain(Path dir, Path mapserverConf, Path caBundle, int workers) throws Exception {
        if (!Files.isExecutable(MAPSERV)) {
            System.out.println("MapServer baseline skipped: " + MAPSERV + " not installed (Debian mapserver-bin)");
            return null;
        }
        if (!installed() && !install()) {
            System.out.println("MapServer baseline skipped: nginx/fcgiwrap/spawn-fcgi missing and apt-get failed");
            return null;
        }
        MapservBehindNginx m = new MapservBehindNginx(dir, freePort());
        try {
            m.startBackends(mapserverConf, caBundle, workers);
            Files.writeString(dir.resolve("nginx.conf"), m.nginxConf(mapserverConf, caBundle, workers));
            m.spawn(List.of(NGINX.toString(), "-p", dir + "/", "-c", dir.resolve("nginx.conf").toString(),
                    "-e", dir.resolve("nginx-error.log").toString()), List.of());
            m.awaitPort();
            return m;
        } catch (Exception e) {
            m.close();
            throw e;
        }
    }

    String cgiUrl() {
        return "http://127.0.0.1:" + port + "/cgi-bin/mapserv?";
    }

    String fastCgiUrl() {
        return "http://127.0.0.1:" + port + "/fcgi/mapserv?";
    }

    /** CPU milliseconds the native FastCGI mapserv processes have used so far (nginx's share not included). */
    long fastCgiCpuMillis() {
        return fastCgi.stream().mapToLong(p -> CpuMeter.treeMillis(p.pid())).sum();
    }

    private static boolean installed() {
        return Files.isExecutable(NGINX) && Files.isExecutable(FCGIWRAP) && Files.isExecutable(SPAWN_FCGI);
    }

    private static boolean install() throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return false;
        }
        System.out.println("installing nginx, fcgiwrap and spawn-fcgi with apt-get ...");
        ProcessBuilder pb = new ProcessBuilder("apt-get", "install", "-y", "--no-install-recommends", "nginx",
                "fcgiwrap", "spawn-fcgi").inheritIO();
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0 && installed();
    }

    /** fcgiwrap forks mapserv per request (CGI); spawn-fcgi -n execs one long-lived mapserv per socket. */
    private void startBackends(Path conf, Path ca, int workers) throws Exception {
        spawn(List.of(FCGIWRAP.toString(), "-c", String.valueOf(workers), "-s", "unix:" + dir.resolve("fcgiwrap.sock")),
                List.of());
        for (int i = 0; i < workers; i++) {
            spawn(List.of(SPAWN_FCGI.toString(), "-n", "-s", dir.resolve("mapserv" + i + ".sock").toString(), "--",
                    MAPSERV.toString()), List.of("MAPSERVER_CONFIG_FILE=" + conf, "CURL_CA_BUNDLE=" + ca));
            fastCgi.add(processes.get(processes.size() - 1));
        }
    }

    private String nginxConf(Path conf, Path ca, int workers) {
        StringBuilder upstream = new StringBuilder();
        for (int i = 0; i < workers; i++) {
            upstream.append("    server unix:").append(dir.resolve("mapserv" + i + ".sock")).append(";\n");
        }
        String params = """
                      include /etc/nginx/fastcgi_params;
                      fastcgi_param SCRIPT_FILENAME %s;
                      fastcgi_param MAPSERVER_CONFIG_FILE %s;
                      fastcgi_param CURL_CA_BUNDLE %s;
                """.formatted(MAPSERV, conf, ca);
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        return user + """
                worker_processes 2;
                daemon off;
                pid %1$s/nginx.pid;
                events { worker_connections 512; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body; fastcgi_temp_path %1$s/fastcgi; proxy_temp_path %1$s/proxy;
                  uwsgi_temp_path %1$s/uwsgi; scgi_temp_path %1$s/scgi;
                  upstream mapserv_fcgi {
                %2$s  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location = /cgi-bin/mapserv {
                      fastcgi_pass unix:%1$s/fcgiwrap.sock;
                %4$s    }
                    location = /fcgi/mapserv {
                      fastcgi_pass mapserv_fcgi;
                %4$s    }
                  }
                }
                """.formatted(dir, upstream, port, params);
    }

    private void spawn(List<String> command, List<String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("processes.log").toFile()));
        for (String kv : env) {
            int eq = kv.indexOf('=');
            pb.environment().put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        processes.add(pb.start());
    }

    private void awaitPort() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("nginx did not listen on 127.0.0.1:" + port + "; see " + dir.resolve("nginx-error.log")
                + " and " + dir.resolve("processes.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Stops nginx first, then the FastCGI back ends, with their children (fcgiwrap's preforked workers). */
    @Override
    public void close() throws Exception {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process p = processes.get(i);
            List<ProcessHandle> children = p.descendants().toList();
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
