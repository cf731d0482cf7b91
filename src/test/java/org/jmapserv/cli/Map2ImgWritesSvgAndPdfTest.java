package org.jmapserv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jmapserv.render.output.VectorDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code map2img -i svg} and {@code -i pdf} write Cairo-like documents with exit status 0, as map2img 8.0 does,
 * and they look like 8.0's (test-data/expected/130-vector-lines-markers-labels.svg|.pdf).
 */
class Map2ImgWritesSvgAndPdfTest {

    @TempDir
    Path dir;

    @Test
    void writesSvgAndPdfDocuments() throws Exception {
        String map = Path.of("samples/130-vector-lines-markers-labels.map").toAbsolutePath().toString();
        for (String f : new String[] {"svg", "pdf"}) {
            Path target = dir.resolve("x." + f);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = new Map2ImgCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Map.of())
                    .execute(new String[] {"-m", map, "-i", f, "-o", target.toString()});
            assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
            assertTrue(err.toString(StandardCharsets.UTF_8).isEmpty(), err.toString(StandardCharsets.UTF_8));
            byte[] expected = Files.readAllBytes(Path.of("test-data/expected/130-vector-lines-markers-labels." + f));
            VectorDocuments.assertLooksLike(expected, Files.readAllBytes(target), f.equals("svg"), "map2img-" + f);
        }
    }
}
