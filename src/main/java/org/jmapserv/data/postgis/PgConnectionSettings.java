package org.jmapserv.data.postgis;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where and as whom a PostGIS layer connects, resolved from its CONNECTION as libpq's PQconnectdb would: the
 * connection string's keywords first, then the {@code service=} (or {@code PGSERVICE}) section of pg_service.conf
 * ({@link PgServiceFile}), then the {@code PG*} environment, then libpq's defaults (port 5432, user = the OS user,
 * dbname = user). With no password so far, the password file ({@link PgPassFile}) is consulted. The password never
 * leaves this record except to the JDBC driver: {@link #toString()} and {@link #describe()} leave it out.
 *
 * @param host host name or address, or (starting with {@code /}) the directory of the server's unix-domain socket,
 *             as libpq reads it; with neither host nor hostaddr, libpq's default socket directory
 *             ({@link #DEFAULT_SOCKET_DIR})
 * @param connectTimeoutSeconds libpq connect_timeout; 0 = our default bound (see {@link #DEFAULT_CONNECT_TIMEOUT})
 * @param options libpq {@code options} (e.g. {@code -c statement_timeout=5000}), or null
 */
public record PgConnectionSettings(String host, int port, String dbname, String user, String password,
                                   String sslmode, int connectTimeoutSeconds, String options,
                                   String applicationName, String sslrootcert) {

    /** Debian's libpq DEFAULT_PGSOCKET_DIR: where it connects when neither host nor hostaddr is given. */
    public static final String DEFAULT_SOCKET_DIR = "/var/run/postgresql";

    /** pgjdbc's socket factory for unix-domain sockets: junixsocket's, given the socket file as its argument. */
    private static final String UNIX_SOCKET_FACTORY = "org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg";

    /** Seconds we wait for a connection when the CONNECTION says nothing: libpq waits forever, a server must not. */
    public static final int DEFAULT_CONNECT_TIMEOUT = 10;

    private static final Set<String> KEYWORDS = Set.of("host", "hostaddr", "port", "dbname", "user", "password",
            "sslmode", "connect_timeout", "options", "application_name", "service", "sslrootcert",
            "client_encoding", "keepalives", "target_session_attrs");

    private static final Map<String, String> ENV = Map.of("host", "PGHOST", "hostaddr", "PGHOSTADDR", "port",
            "PGPORT", "dbname", "PGDATABASE", "user", "PGUSER", "password", "PGPASSWORD", "sslmode", "PGSSLMODE",
            "connect_timeout", "PGCONNECT_TIMEOUT", "options", "PGOPTIONS", "application_name", "PGAPPNAME");

    /** Resolves {@code connection} with the process environment and the user's home directory. */
    public static PgConnectionSettings resolve(String connection) {
        return resolve(connection, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * @throws IllegalArgumentException with a libpq-style message (never a value) for a malformed string, an unknown
     *         keyword, or a service no file defines
     */
    public static PgConnectionSettings resolve(String connection, Map<String, String> env, Path home) {
        Map<String, String> v = new java.util.HashMap<>(ConnInfo.parse(connection).values());
        for (String k : v.keySet()) {
            if (!KEYWORDS.contains(k)) {
                throw new IllegalArgumentException("invalid connection option \"" + k + "\"");
            }
        }
        String service = v.containsKey("service") ? v.get("service") : env.get("PGSERVICE");
        if (service != null) {
            Map<String, String> section = PgServiceFile.lookup(service, env, home);
            if (section == null) {
                throw new IllegalArgumentException("definition of service \"" + service + "\" not found (looked in "
                        + PgServiceFile.candidates(env, home) + ")");
            }
            section.forEach(v::putIfAbsent);
        }
        ENV.forEach((k, var) -> {
            if (!v.containsKey(k) && env.get(var) != null) {
                v.put(k, env.get(var));
            }
        });
        String host = nonEmpty(v.get("hostaddr"), nonEmpty(v.get("host"), DEFAULT_SOCKET_DIR));
        if (host.startsWith("@")) {
            throw new IllegalArgumentException("host \"" + host + "\" is a socket in the abstract namespace, which "
                    + "jmapserv does not connect to (give the socket directory, e.g. host=/var/run/postgresql)");
        }
        if (host.contains(",")) {
            throw new IllegalArgumentException("host \"" + host + "\" lists several hosts, which jmapserv does not "
                    + "try in turn as libpq does: give one");
        }
        int port = integer(v.get("port"), 5432, "port");
        String user = nonEmpty(v.get("user"), System.getProperty("user.name"));
        String dbname = nonEmpty(v.get("dbname"), user);
        String password = v.get("password");
        if (password == null || password.isEmpty()) {
            // libpq matches a connection through its default socket directory as "localhost" in the password file
            String passHost = host.equals(DEFAULT_SOCKET_DIR) ? "localhost" : host;
            password = PgPassFile.lookup(PgPassFile.locate(env, home), passHost, Integer.toString(port), dbname, user);
        }
        String sslmode = nonEmpty(v.get("sslmode"), "prefer").toLowerCase(Locale.ROOT);
        if (!Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full").contains(sslmode)) {
            throw new IllegalArgumentException("invalid sslmode value: \"" + sslmode + "\"");
        }
        int timeout = integer(v.get("connect_timeout"), 0, "connect_timeout");
        return new PgConnectionSettings(host, port, dbname, user, password, sslmode, timeout,
                v.get("options"), v.get("application_name"), v.get("sslrootcert"));
    }

    private static String nonEmpty(String s, String dflt) {
        return s == null || s.isEmpty() ? dflt : s;
    }

    private static int integer(String s, int dflt, String key) {
        if (s == null || s.isEmpty()) {
            return dflt;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid integer value for parameter \"" + key + "\"");
        }
    }

    /** Seconds to wait for a connection: connect_timeout (libpq treats 1 as 2), else our default. */
    public int effectiveConnectTimeout() {
        return connectTimeoutSeconds <= 0 ? DEFAULT_CONNECT_TIMEOUT : Math.max(2, connectTimeoutSeconds);
    }

    /** Whether this connects through a unix-domain socket ({@code host} is its directory), as libpq's is_unixsock_path. */
    public boolean unixSocket() {
        return host.startsWith("/");
    }

    /** The socket file libpq connects to: {@code <dir>/.s.PGSQL.<port>}. */
    public Path socketFile() {
        return Path.of(host, ".s.PGSQL." + port);
    }

    /** The JDBC URL (no credentials in it); for a unix socket the host part is unused (the socket factory connects). */
    public String jdbcUrl() {
        String h = unixSocket() ? "localhost" : host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + java.net.URLEncoder.encode(dbname,
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Driver properties: credentials, TLS mode (pgjdbc's sslmode values mean what libpq's do, including verifying
     * against a root certificate under "require" when one exists), timeouts, and untyped string parameters (as
     * libpq sends them).
     */
    public Properties jdbcProperties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        if (unixSocket()) {
            p.setProperty("socketFactory", UNIX_SOCKET_FACTORY);
            p.setProperty("socketFactoryArg", socketFile().toString());
            // libpq never negotiates TLS on a unix-domain socket, whatever sslmode says
            p.setProperty("sslmode", "disable");
        } else {
            p.setProperty("sslmode", sslmode);
        }
        if (sslrootcert != null) {
            p.setProperty("sslrootcert", sslrootcert);
        }
        int t = effectiveConnectTimeout();
        p.setProperty("connectTimeout", Integer.toString(t));
        p.setProperty("loginTimeout", Integer.toString(t));
        p.setProperty("stringtype", "unspecified");
        // server-prepared from the first execution, so WKB (bytea) arrives in binary rather than as hex text that
        // the driver must decode: the largest single cost of reading a big layer (PostgisBench)
        p.setProperty("prepareThreshold", "-1");
        p.setProperty("ApplicationName", applicationName == null ? "jmapserv" : applicationName);
        if (options != null) {
            p.setProperty("options", options);
        }
        return p;
    }

    /** host, port, database and user, for messages: never the password. */
    public String describe() {
        return "host=" + host + " port=" + port + " dbname=" + dbname + " user=" + user;
    }

    @Override
    public String toString() {
        return describe() + (password == null ? "" : " password=***");
    }
}
