package org.jmapserv.http.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jmapserv.http.FailureKind;
import org.jmapserv.http.HttpFetchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DecryptsMsencryptTokensLikeMapServerTest {
    /** Key made by {@code msencrypt -keygen} (mapserver-bin 8.0) on the development machine. */
    static final String KEY = "570E8CB23E14BD83CB855C21939EDC56";

    @Test
    void encryptsExactlyAsMsencryptDid() {
        // vectors produced by: msencrypt -key key.txt "secret" / "exactly8" / "a longer password!"
        MapServerCrypto c = MapServerCrypto.fromHex(KEY);
        assertEquals("F9895C2DF7D575C3", c.encrypt("secret"));
        assertEquals("4FE316F810DDF60D", c.encrypt("exactly8"));
        assertEquals("5FDA26C9CA3482A498AA04E6ECD40D4540476F72DA80161D", c.encrypt("a longer password!"));
    }

    @Test
    void decryptsMsencryptOutput() {
        MapServerCrypto c = MapServerCrypto.fromHex(KEY);
        assertEquals("secret", c.decrypt("F9895C2DF7D575C3"));
        assertEquals("exactly8", c.decrypt("4FE316F810DDF60D"));
        assertEquals("a longer password!", c.decrypt("5FDA26C9CA3482A498AA04E6ECD40D4540476F72DA80161D"));
    }

    @Test
    void roundTripsAnyLengthWithAFreshKey() {
        MapServerCrypto c = MapServerCrypto.fromHex("00112233445566778899AABBCCDDEEFF");
        for (String s : new String[] {"t", "test1234", "test123456", "p@ss:w{o}rd with spaces and more"}) {
            assertEquals(s, c.decrypt(c.encrypt(s)));
        }
    }

    @Test
    void decryptsOnlyBracedHexTokensInsideAString() {
        MapServerCrypto c = MapServerCrypto.fromHex(KEY);
        assertEquals("user:secret and {not-hex} {}", c.decryptTokens("user:{F9895C2DF7D575C3} and {not-hex} {}"));
    }

    @Test
    void readsTheKeyFileWrittenByMsencrypt(@TempDir Path dir) throws Exception {
        Path key = Files.writeString(dir.resolve("key.txt"), KEY + "\n");
        assertEquals("secret", MapServerCrypto.fromKeyFile(key).decryptTokens("{F9895C2DF7D575C3}"));
    }

    @Test
    void rejectsAKeyFileThatIsNotThirtyTwoHexCharacters(@TempDir Path dir) throws Exception {
        Path key = Files.writeString(dir.resolve("bad.txt"), "1234");
        HttpFetchException e = assertThrows(HttpFetchException.class, () -> MapServerCrypto.fromKeyFile(key));
        assertEquals(FailureKind.INVALID_SETTING, e.kind());
        assertTrue(e.getMessage().contains("expected 32 hex characters"));
    }
}
