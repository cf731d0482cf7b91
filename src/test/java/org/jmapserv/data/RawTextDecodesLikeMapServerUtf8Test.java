package org.jmapserv.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawTextDecodesLikeMapServerUtf8Test {

    private static String decode(byte... b) {
        return RawText.decode(b, 0, b.length);
    }

    @Test
    void validUtf8IsText() {
        byte[] b = "Zürich 𝄞".getBytes(StandardCharsets.UTF_8);
        assertEquals("Zürich 𝄞", RawText.decode(b, 0, b.length));
        assertFalse(RawText.hasEscapes("Zürich 𝄞"));
    }

    @Test
    void invalidBytesRoundTripAndDrawAsLatin1() {
        byte[][] cases = {
            {'Z', (byte) 0xFC, 'r'},                 // 4-byte lead with an ASCII trail
            {(byte) 0xC3},                           // truncated sequence at the end
            {(byte) 0xC0, (byte) 0xAF},              // overlong '/'
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // encoded surrogate
            {(byte) 0x80, 'a', (byte) 0xFF},         // lone trail and never-valid bytes
        };
        for (byte[] b : cases) {
            String s = decode(b);
            assertArrayEquals(b, RawText.toBytes(s));
            assertEquals(new String(b, StandardCharsets.ISO_8859_1), RawText.forDisplay(s));
            assertFalse(s.equals(new String(b, StandardCharsets.ISO_8859_1)), "never equal to converted text");
        }
    }
}
