package org.jmapserv.data.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CONNECTION strings, pg_service.conf, .pgpass and PG* variables resolve as libpq resolves them. */
class ResolvesConnectionLikeLibpqTest {

    @TempDir
    Path home;

    @Test
    void parsesQuotedAndEscapedValues() {
        ConnInfo c = ConnInfo.parse("host = db.example  dbname='my db' password='it\\'s a \\\\secret' user=bob\\ x");
        assertEquals("db.example", c.get("host"));
        assertEquals("my db", c.get("dbname"));
        assertEquals("it's a \\secret", c.get("password"));
        assertEquals("bob x", c.get("user"));
        assertThrows(IllegalArgumentException.class, () -> ConnInfo.parse("host=a dbname='open"));
        assertThrows(IllegalArgumentException.class, () -> ConnInfo.parse("host=a dbname"));
    }

    @Test
    void masksPasswordsInAnyForm() {
        String s = "host=a password=plain user=u";
        assertEquals("host=a password=*** user=u", ConnInfo.mask(s));
        assertEquals("host=a password =*** x=1", ConnInfo.mask("host=a password ='q u\\'oted' x=1"));
        assertFalse(ConnInfo.parse("password=hunter2 host=h").toString().contains("hunter2"));
        PgConnectionSettings p = PgConnectionSettings.resolve("host=h password=hunter2", Map.of(), home);
        assertFalse(p.toString().contains("hunter2"));
        assertFalse(p.describe().contains("hunter2"));
    }

    @Test
    void connectionStringBeatsServiceFileBeatsEnvironment() throws Exception {
        Path svc = home.resolve("svc.conf");
        Files.writeString(svc, "# comment\n[other]\nhost=wrong\n[gisdb]\nhost=svc-host\nport=6543\ndbname=svcdb\n"
                + "user=svcuser\n");
        Map<String, String> env = Map.of("PGSERVICEFILE", svc.toString(), "PGUSER", "envuser", "PGPORT", "7000",
                "PGSSLMODE", "require");
        PgConnectionSettings s = PgConnectionSettings.resolve("service=gisdb dbname=mine", env, home);
        assertEquals("svc-host", s.host());
        assertEquals(6543, s.port());
        assertEquals("mine", s.dbname());
        assertEquals("svcuser", s.user());
        assertEquals("require", s.sslmode());
        PgConnectionSettings e = PgConnectionSettings.resolve("host=x", Map.of("PGUSER", "envuser", "PGPORT", "7000"), home);
        assertEquals(7000, e.port());
        assertEquals("envuser", e.dbname()); // dbname defaults to the user, as in libpq
    }

    @Test
    void serviceFromHomeAndSystemDirectory() throws Exception {
        Files.writeString(home.resolve(".pg_service.conf"), "[a]\nhost=from-home\n");
        Path sys = Files.createDirectory(home.resolve("sys"));
        Files.writeString(sys.resolve("pg_service.conf"), "[a]\nhost=from-sys\n[b]\nhost=sys-only\n");
        Map<String, String> env = Map.of("PGSYSCONFDIR", sys.toString());
        assertEquals("from-home", PgConnectionSettings.resolve("service=a", env, home).host());
        assertEquals("sys-only", PgConnectionSettings.resolve("service=b", env, home).host());
        assertEquals("sys-only", PgConnectionSettings.resolve("", Map.of("PGSYSCONFDIR", sys.toString(),
                "PGSERVICE", "b"), home).host());
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> PgConnectionSettings.resolve("service=nope", env, home));
        assertTrue(x.getMessage().contains("definition of service \"nope\" not found"), x.getMessage());
    }

    @Test
    void passwordFileMatchesWithWildcardsAndEscapes() throws Exception {
        Path pass = home.resolve(".pgpass");
        Files.writeString(pass, "other:5432:*:bob:nope\ndb\\:1:5432:gis:bob:first\n*:*:*:bob:pa\\:ss\n");
        Files.setPosixFilePermissions(pass, PosixFilePermissions.fromString("rw-------"));
        assertEquals("first", PgConnectionSettings.resolve("host=db:1 dbname=gis user=bob", Map.of(), home).password());
        assertEquals("pa:ss", PgConnectionSettings.resolve("host=x dbname=gis user=bob", Map.of(), home).password());
        assertEquals("given", PgConnectionSettings.resolve("host=x user=bob password=given", Map.of(), home).password());
        assertEquals("env", PgConnectionSettings.resolve("host=x user=bob", Map.of("PGPASSWORD", "env"), home).password());
        Path elsewhere = home.resolve("pp");
        Files.writeString(elsewhere, "*:*:*:*:viaPGPASSFILE\n");
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-------"));
        assertEquals("viaPGPASSFILE", PgConnectionSettings.resolve("host=x user=bob",
                Map.of("PGPASSFILE", elsewhere.toString()), home).password());
        Files.setPosixFilePermissions(pass, PosixFilePermissions.fromString("rw-r--r--"));
        assertNull(PgConnectionSettings.resolve("host=x dbname=gis user=bob", Map.of(), home).password(),
                "libpq ignores a password file others can read");
    }

    @Test
    void refusesWhatLibpqRefuses() {
        assertThrows(IllegalArgumentException.class, () -> PgConnectionSettings.resolve("hots=x", Map.of(), home));
        assertThrows(IllegalArgumentException.class, () -> PgConnectionSettings.resolve("port=abc", Map.of(), home));
        assertThrows(IllegalArgumentException.class, () -> PgConnectionSettings.resolve("sslmode=maybe", Map.of(), home));
        IllegalArgumentException abs = assertThrows(IllegalArgumentException.class,
                () -> PgConnectionSettings.resolve("host=@pg", Map.of(), home));
        assertTrue(abs.getMessage().contains("abstract namespace"), abs.getMessage());
    }

    @Test
    void socketDirectoriesAndTheDefaultHostAreUnixSockets() throws Exception {
        PgConnectionSettings dflt = PgConnectionSettings.resolve("dbname=gis user=bob", Map.of(), home);
        assertEquals("/var/run/postgresql", dflt.host());
        assertTrue(dflt.unixSocket());
        assertEquals(Path.of("/var/run/postgresql/.s.PGSQL.5432"), dflt.socketFile());
        PgConnectionSettings dir = PgConnectionSettings.resolve("host=/tmp/pg port=6000 sslmode=require", Map.of(), home);
        assertEquals("/tmp/pg/.s.PGSQL.6000", dir.jdbcProperties().getProperty("socketFactoryArg"));
        assertEquals("disable", dir.jdbcProperties().getProperty("sslmode"), "libpq never uses TLS on a socket");
        assertFalse(PgConnectionSettings.resolve("host=db", Map.of(), home).unixSocket());
        assertFalse(PgConnectionSettings.resolve("hostaddr=127.0.0.1", Map.of(), home).unixSocket());
        // the default socket directory matches "localhost" in the password file, other directories their path
        Path pass = home.resolve(".pgpass");
        Files.writeString(pass, "localhost:5432:gis:bob:viaLocalhost\n/tmp/pg:6000:*:bob:viaPath\n");
        Files.setPosixFilePermissions(pass, PosixFilePermissions.fromString("rw-------"));
        assertEquals("viaLocalhost", dflt.password() == null
                ? PgConnectionSettings.resolve("dbname=gis user=bob", Map.of(), home).password() : dflt.password());
        assertEquals("viaPath", PgConnectionSettings.resolve("host=/tmp/pg port=6000 user=bob", Map.of(), home).password());
    }

    @Test
    void boundsTheConnectTimeout() {
        assertEquals(PgConnectionSettings.DEFAULT_CONNECT_TIMEOUT,
                PgConnectionSettings.resolve("host=x", Map.of(), home).effectiveConnectTimeout());
        assertEquals(2, PgConnectionSettings.resolve("host=x connect_timeout=1", Map.of(), home).effectiveConnectTimeout());
        assertEquals("3", PgConnectionSettings.resolve("host=x connect_timeout=3", Map.of(), home).jdbcProperties()
                .getProperty("connectTimeout"));
    }
}
