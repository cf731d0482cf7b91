package org.jmapserv.mapfile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.antlr.MapfileLexer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's parser cost cliffs. The timeouts are generous safety nets (each case took minutes, or gigabytes,
 * before), not performance targets: the assertions are on tokens, messages and allocated bytes.
 */
class ReadsHostileInputInLinearTimeAndBoundedMemoryTest {

    @Test
    @Timeout(30)
    void unclosedParenthesesBracesAndBracketsLexOneCharacterEachWithoutRescanning() {
        for (String open : new String[] {"(", "{", "["}) {
            String text = "NAME " + open.repeat(200_000) + "\n";
            LinearMapfileLexer lexer = new LinearMapfileLexer(CharStreams.fromString(text), text);
            int others = 0;
            for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
                if (t.getType() == MapfileLexer.OTHER) {
                    assertEquals(1, t.getText().length());
                    others++;
                }
            }
            assertEquals(200_000, others, open);
        }
    }

    @Test
    void theShortcutGivesTheGeneratedLexersTokens() {
        String text = "NAME ((a) (b\nEXPRESSION ([x] = 1) { {a,b} [[y] \"s\" ( 😀 (z)\n[";
        LinearMapfileLexer linear = new LinearMapfileLexer(CharStreams.fromString(text), text);
        MapfileLexer plain = new MapfileLexer(CharStreams.fromString(text));
        while (true) {
            Token a = linear.nextToken();
            Token b = plain.nextToken();
            assertEquals(b.getType() + " " + b.getText() + " " + b.getLine() + ":" + b.getCharPositionInLine(),
                    a.getType() + " " + a.getText() + " " + a.getLine() + ":" + a.getCharPositionInLine());
            if (a.getType() == Token.EOF) {
                return;
            }
        }
    }

    @Test
    @Timeout(60)
    void fiftyMegabytesOfNulBytesAreRefusedWithBoundedAllocation(@TempDir Path dir) throws Exception {
        Path map = dir.resolve("nul.map");
        byte[] bytes = new byte[50_000_000];
        byte[] head = "MAP\n".getBytes();
        System.arraycopy(head, 0, bytes, 0, head.length);
        Files.write(map, bytes);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        String m = assertThrows(MapfileException.class, () -> new MapfileReader().read(map)).getMessage();
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(m.contains("refusing to read further"), m);
        assertTrue(allocated < 1_500_000_000L, "allocated " + allocated + " bytes (was 6 GB)");
    }

    @Test
    @Timeout(30)
    void aHugeUnknownWordGetsAShortMessageAndCheapSuggestions() {
        String m = MapfileFixtures.errorOf("MAP\n " + "X".repeat(400_000) + " 1\nEND\n");
        assertTrue(m.contains("expected one of"), m);
        assertTrue(m.length() < 1000, "message of " + m.length() + " characters");
        assertTrue(m.contains("(400000 characters)"), m);
    }

    @Test
    void aHugeNumberIsQuotedAsAnExcerpt() {
        String m = MapfileFixtures.errorOf("MAP\n SIZE " + "9".repeat(5_000_000) + " 10\nEND\n");
        assertTrue(m.length() < 1000, "message of " + m.length() + " characters");
    }
}
