package org.jmapserv.http.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.jmapserv.http.HttpFetchException;

/**
 * MapServer's password encryption (MS RFC 18), compatible with the {@code msencrypt} tool: TEA
 * with 32 rounds in ECB mode over 8-byte blocks, little-endian words, zero padding, upper-case hex;
 * the key file holds 32 hex characters. Mirrors encipher/decipher, msEncryptStringWithKey,
 * msDecryptStringWithKey, msReadEncryptionKeyFromFile and msDecryptStringTokens (mapcrypto.c).
 * Quirk kept for compatibility: input bytes are sign-extended as C {@code char} before being
 * OR-ed into the block, exactly as mapcrypto.c does on platforms with signed char.
 */
public final class MapServerCrypto {
    private static final int DELTA = 0x9E3779B9;
    private final int[] key;

    private MapServerCrypto(int[] key) {
        this.key = key;
    }

    /** Reads a key file (the first 32 characters must be hex), as msReadEncryptionKeyFromFile. */
    public static MapServerCrypto fromKeyFile(Path file) throws HttpFetchException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw HttpFetchException.invalidSetting("Failed reading encryption key " + file
                    + ". Make sure MS_ENCRYPTION_KEY is set and points to a valid key file.");
        }
        if (text.length() < 32 || !text.substring(0, 32).matches("[0-9A-Fa-f]{32}")) {
            throw HttpFetchException.invalidSetting("Invalid key file " + file + ", expected 32 hex characters.");
        }
        return fromHex(text.substring(0, 32));
    }

    /** A key from 32 hex characters. */
    public static MapServerCrypto fromHex(String hex) {
        byte[] b = HexFormat.of().parseHex(hex);
        int[] k = new int[4];
        for (int i = 0; i < 4; i++) {
            k[i] = word(b, i * 4);
        }
        return new MapServerCrypto(k);
    }

    /** Encrypts like {@code msencrypt -key FILE text} (without braces). */
    public String encrypt(String plain) {
        byte[] in = plain.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        int pos = 0;
        boolean last = false;
        while (!last) {
            int[] v = new int[2];
            for (int i = 0; !last && i < 2; i++) {
                for (int j = 0; j < 4; j++) {
                    if (pos >= in.length) {
                        last = true;
                        break;
                    }
                    v[i] |= ((int) in[pos++]) << (j * 8); // sign-extended, as C char
                }
            }
            if (pos >= in.length) {
                last = true;
            }
            int[] w = encipher(v);
            out.append(hexWord(w[0])).append(hexWord(w[1]));
        }
        return out.toString();
    }

    /** Decrypts one token's hex (without braces), as msDecryptStringWithKey; stops at the first NUL. */
    public String decrypt(String hex) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int pos = 0; pos + 16 <= hex.length(); pos += 16) {
            byte[] block = HexFormat.of().parseHex(hex.substring(pos, pos + 16));
            int[] w = decipher(new int[] {word(block, 0), word(block, 4)});
            for (int x : w) {
                for (int s = 0; s < 32; s += 8) {
                    int c = (x >>> s) & 0xFF;
                    if (c == 0) {
                        return out.toString(StandardCharsets.UTF_8);
                    }
                    out.write(c);
                }
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Replaces every {@code {HEX}} token by its decryption, as msDecryptStringTokens. */
    public String decryptTokens(String in) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < in.length()) {
            int close = in.charAt(i) == '{' ? in.indexOf('}', i + 1) : -1;
            if (close > i + 2 && isToken(in.substring(i + 1, close))) {
                out.append(decrypt(in.substring(i + 1, close)));
                i = close + 1;
            } else {
                out.append(in.charAt(i++));
            }
        }
        return out.toString();
    }

    /** True if the value holds at least one {@code {HEX}} token (and so needs a key). */
    public static boolean hasTokens(String value) {
        return value != null && value.matches("(?s).*\\{[0-9A-Fa-f]{2,}\\}.*");
    }

    private static boolean isToken(String s) {
        return s.matches("[0-9A-Fa-f]+");
    }

    private int[] encipher(int[] v) {
        int y = v[0];
        int z = v[1];
        int sum = 0;
        for (int n = 0; n < 32; n++) {
            y += ((z << 4 ^ z >>> 5) + z) ^ (sum + key[sum & 3]);
            sum += DELTA;
            z += ((y << 4 ^ y >>> 5) + y) ^ (sum + key[(sum >>> 11) & 3]);
        }
        return new int[] {y, z};
    }

    private int[] decipher(int[] v) {
        int y = v[0];
        int z = v[1];
        int sum = 0xC6EF3720;
        for (int n = 0; n < 32; n++) {
            z -= ((y << 4 ^ y >>> 5) + y) ^ (sum + key[(sum >>> 11) & 3]);
            sum -= DELTA;
            y -= ((z << 4 ^ z >>> 5) + z) ^ (sum + key[sum & 3]);
        }
        return new int[] {y, z};
    }

    private static int word(byte[] b, int off) {
        return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8 | (b[off + 2] & 0xFF) << 16 | (b[off + 3] & 0xFF) << 24;
    }

    private static String hexWord(int w) {
        byte[] b = {(byte) w, (byte) (w >>> 8), (byte) (w >>> 16), (byte) (w >>> 24)};
        return HexFormat.of().withUpperCase().formatHex(b);
    }
}
