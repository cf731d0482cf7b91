package org.jmapserv.data.postgis;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL 15 + PostGIS 3 cluster for tests and benchmarks, from Debian's {@code postgresql-15} and
 * {@code postgresql-15-postgis-3}: initdb under {@code target/}, a free loopback port, its unix socket directory
 * inside the cluster directory, password (SCRAM) authentication over TCP, fsync off. PostgreSQL refuses to run as
 * root, so when we are root the cluster runs as the system user {@code jmapserv-pg} (created with useradd if
 * missing) through runuser. The fixture (test-data/postgis/fixture.sql) is loaded into database {@code gis}. It
 * also writes a pg_service.conf ({@code [jmapserv_samples]}) and a {@code .pgpass} for the samples.
 */
public final class PostgisCluster implements AutoCloseable {

    public static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    static final Path POSTGIS_CONTROL = Path.of("/usr/share/postgresql/15/extension/postgis.control");
    static final String SERVICE = "jmapserv_samples";
    private static final String OS_USER = "jmapserv-pg";

    private static PostgisCluster shared;

    private final Path dir;
    private final int port;
    private final String password;
    private final boolean asRoot;

    private PostgisCluster(Path dir, int port, String password, boolean asRoot) {
        this.dir = dir;
        this.port = port;
        this.password = password;
        this.asRoot = asRoot;
    }

    /** Null when the binaries are there; otherwise why the cluster cannot start (tests skip with it). */
    public static String unavailableReason() {
        if (!Files.isExecutable(BIN.resolve("initdb")) || !Files.isExecutable(BIN.resolve("pg_ctl"))) {
            return "PostgreSQL 15 not installed (" + BIN + "/initdb missing): apt-get install postgresql-15 "
                    + "postgresql-15-postgis-3 postgis (.ci/run does this)";
        }
        if (!Files.exists(POSTGIS_CONTROL)) {
            return "PostGIS 3 for PostgreSQL 15 not installed (" + POSTGIS_CONTROL + " missing): apt-get install "
                    + "postgresql-15-postgis-3";
        }
        return null;
    }

    /** One cluster per JVM, with the fixture loaded, stopped when the JVM exits. */
    public static synchronized PostgisCluster shared() throws Exception {
        if (shared == null) {
            PostgisCluster c = start(Path.of("target").toAbsolutePath());
            c.loadFixture();
            Runtime.getRuntime().addShutdownHook(new Thread(c::close, "postgis-cluster-stop"));
            shared = c;
        }
        return shared;
    }

    /** A fresh cluster (database {@code gis} with PostGIS, no fixture) under {@code parent}. */
    public static PostgisCluster start(Path parent) throws Exception {
        String why = unavailableReason();
        if (why != null) {
            throw new IllegalStateException(why);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = parent.resolve("postgis-cluster-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8));
        if (dir.resolve("sock/.s.PGSQL.65535").toString().length() > 100) { // sun_path limit
            dir = Files.createTempDirectory("jmapserv-pg");
        }
        Files.createDirectories(dir.resolve("sock"));
        String password = UUID.randomUUID().toString();
        Files.writeString(dir.resolve("pwfile"), password + "\n");
        if (root) {
            ensureOsUser();
            run(List.of("chown", "-R", OS_USER, dir.toString()), false);
        }
        PostgisCluster c = new PostgisCluster(dir, freePort(), password, root);
        c.pg(List.of(BIN.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
                "--pwfile=" + dir.resolve("pwfile"), "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
                "--locale=C", "--no-sync"));
        Files.deleteIfExists(dir.resolve("pwfile"));
        c.pg(List.of(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("postgres.log").toString(), "-w", "-t", "60", "-o", "-p " + c.port + " -k " + dir.resolve("sock")
                        + " -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
                        + " -c synchronous_commit=off -c max_connections=200", "start"));
        try (Connection conn = c.connect("postgres"); Statement st = conn.createStatement()) {
            st.execute("CREATE DATABASE gis");
        }
        try (Connection conn = c.connect("gis"); Statement st = conn.createStatement()) {
            st.execute("CREATE EXTENSION postgis");
        }
        c.writeClientFiles();
        return c;
    }

    private static void ensureOsUser() throws Exception {
        if (run(List.of("id", "-u", OS_USER), true) != 0) {
            run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", OS_USER), false);
        }
    }

    private static int run(List<String> cmd, boolean quiet) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", cmd) + " timed out");
        }
        if (p.exitValue() != 0 && !quiet) {
            throw new IOException(String.join(" ", cmd) + " failed (" + p.exitValue() + "): " + out.strip());
        }
        return p.exitValue();
    }

    /** Runs a PostgreSQL program as the cluster's owner. */
    private void pg(List<String> cmd) throws Exception {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        full.addAll(cmd);
        run(full, false);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void writeClientFiles() throws IOException {
        Files.writeString(serviceFile(), "# written by PostgisCluster for this test run\n[" + SERVICE + "]\nhost=127.0.0.1\n"
                + "port=" + port + "\ndbname=gis\nuser=postgres\n");
        Files.writeString(passFile(), "127.0.0.1:" + port + ":*:postgres:" + password + "\n");
        Files.setPosixFilePermissions(passFile(), PosixFilePermissions.fromString("rw-------"));
    }

    public void loadFixture() throws Exception {
        executeFile(Path.of("test-data/postgis/fixture.sql"));
    }

    public void executeFile(Path sql) throws Exception {
        execute(Files.readString(sql));
    }

    /** Runs (possibly several) SQL statements in database gis as the superuser. */
    public void execute(String sql) throws SQLException {
        try (Connection conn = connect("gis"); Statement st = conn.createStatement()) {
            st.execute(sql);
        }
    }

    public Connection connect(String db) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + db, "postgres", password);
    }

    public int port() {
        return port;
    }

    public String password() {
        return password;
    }

    public Path dir() {
        return dir;
    }

    /** The directory of the server's unix-domain socket (local connections are trusted, as Debian's default peer is). */
    public Path socketDir() {
        return dir.resolve("sock");
    }

    /** The pg_service.conf holding {@code [jmapserv_samples]}. */
    public Path serviceFile() {
        return dir.resolve("pg_service.conf");
    }

    /** The password file (mode 0600) with the superuser's password. */
    public Path passFile() {
        return dir.resolve("pgpass");
    }

    /** A CONNECTION with everything spelled out (password included). */
    public String connection() {
        return "host=127.0.0.1 port=" + port + " dbname=gis user=postgres password=" + password;
    }

    /** The environment the samples are drawn with: the service file and the password file. */
    public Map<String, String> clientEnvironment() {
        return Map.of("PGSERVICEFILE", serviceFile().toString(), "PGPASSFILE", passFile().toString());
    }

    /** Stops the server (immediate shutdown) and deletes the cluster directory. Never throws. */
    @Override
    public void close() {
        try {
            pg(List.of(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"));
        } catch (Exception e) {
            System.err.println("PostgisCluster: stopping " + dir + " failed: " + e.getMessage());
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left under target/, removed by mvn clean
        }
    }
}
