package org.jmapserv.http.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NCRCENV_RC, DAPRCFILE, then ./.ncrc .daprc .dodsrc, then $HOME/.ncrc .daprc .dodsrc; first found wins. */
class FindsTheRcFileInNetcdfSearchOrderTest {
    @TempDir
    Path cwd;
    @TempDir
    Path home;

    private Optional<Path> locate(Map<String, String> env) {
        return RcFileLocator.locate(env, cwd, home);
    }

    @Test
    void ncrcBeatsDaprcAndDodsrcInTheSameDirectory() throws Exception {
        Files.writeString(home.resolve(".dodsrc"), "");
        assertEquals(Optional.of(home.resolve(".dodsrc")), locate(Map.of()));
        Files.writeString(home.resolve(".daprc"), "");
        assertEquals(Optional.of(home.resolve(".daprc")), locate(Map.of()));
        Files.writeString(home.resolve(".ncrc"), "");
        assertEquals(Optional.of(home.resolve(".ncrc")), locate(Map.of()));
    }

    @Test
    void anyRcFileInTheWorkingDirectoryBeatsTheHomeDirectory() throws Exception {
        Files.writeString(home.resolve(".ncrc"), "");
        Files.writeString(cwd.resolve(".dodsrc"), "");
        assertEquals(Optional.of(cwd.resolve(".dodsrc")), locate(Map.of()));
    }

    @Test
    void ncrcenvRcNamesTheFileAheadOfDaprcfile() throws Exception {
        Files.writeString(cwd.resolve(".ncrc"), "");
        assertEquals(Optional.of(Path.of("/etc/named.rc")), locate(Map.of("DAPRCFILE", "/etc/named.rc")));
        assertEquals(Optional.of(Path.of("/etc/new.rc")),
                locate(Map.of("DAPRCFILE", "/etc/named.rc", "NCRCENV_RC", "/etc/new.rc")));
    }

    @Test
    void ncrcenvHomeReplacesHomeForTheSearch(@TempDir Path other) throws Exception {
        Files.writeString(home.resolve(".ncrc"), "");
        Files.writeString(other.resolve(".daprc"), "");
        assertEquals(Optional.of(other.resolve(".daprc")), locate(Map.of("NCRCENV_HOME", other.toString())));
        assertEquals(Optional.of(home.resolve(".ncrc")), locate(Map.of("HOME", home.toString())));
    }

    @Test
    void findsNothingWhenNoRcFileExists() {
        assertEquals(Optional.empty(), locate(Map.of()));
    }

    @Test
    void theResolverReadsSettingsFromAnNcrcFile() throws Exception {
        Files.writeString(home.resolve(".ncrc"), "[wms.example.org]HTTP.USERAGENT=from-ncrc\n");
        Files.writeString(home.resolve(".daprc"), "HTTP.USERAGENT=from-daprc\n");
        HttpProfileResolver resolver = new HttpProfileResolver(Map.of(), cwd, home, w -> { });
        assertEquals("from-ncrc", resolver.resolve(java.net.URI.create("https://wms.example.org/x"),
                SettingsLookup.of(Map.of())).userAgent());
    }
}
