package org.jmapserv.mapfile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jmapserv.mapfile.Diagnostic;
import org.jmapserv.mapfile.MapfileException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of test-data/mapfiles/invalid (and config/invalid-*.conf) must be rejected, with the first
 * diagnostic on the EXPECT-LINE of the EXPECT-FILE, mentioning the EXPECT text; every config/valid-*.conf loads.
 */
class RejectsEveryInvalidCorpusFileWhereExpectedTest {
    private static final Path CORPUS = Path.of("test-data/mapfiles");

    @TestFactory
    Stream<DynamicTest> invalidMapfilesFailAtTheExpectedPlace() throws IOException {
        return files(CORPUS.resolve("invalid"), ".map").map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> check(f, () -> new MapfileReader().read(f))));
    }

    @TestFactory
    Stream<DynamicTest> invalidConfigFilesFailAtTheExpectedPlace() throws IOException {
        return files(CORPUS.resolve("config"), ".conf").filter(f -> f.getFileName().toString().startsWith("invalid"))
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                        () -> check(f, () -> new ConfigFileReader().read(f))));
    }

    @TestFactory
    Stream<DynamicTest> validConfigFilesLoad() throws IOException {
        return files(CORPUS.resolve("config"), ".conf").filter(f -> f.getFileName().toString().startsWith("valid"))
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                        () -> new ConfigFileReader().read(f)));
    }

    private static void check(Path file, org.junit.jupiter.api.function.Executable load) throws IOException {
        Map<String, String> expect = headers(file);
        MapfileException e = assertThrows(MapfileException.class, load, file + " must be rejected");
        Diagnostic first = e.diagnostics().get(0);
        String message = e.getMessage();
        if (expect.containsKey("EXPECT-LINE")) {
            assertEquals(Integer.parseInt(expect.get("EXPECT-LINE").trim()), first.position().line(),
                    () -> "line of the first diagnostic for " + file + ":\n" + message);
        }
        if (expect.containsKey("EXPECT-FILE")) {
            String want = expect.get("EXPECT-FILE").trim();
            assertTrue(first.position().file().endsWith(want), () -> "file named for " + file + ":\n" + message);
        }
        if (expect.containsKey("EXPECT")) {
            String want = expect.get("EXPECT").trim();
            assertTrue(message.toLowerCase().contains(want.toLowerCase()),
                    () -> "'" + want + "' should be mentioned for " + file + ":\n" + message);
        }
    }

    private static Map<String, String> headers(Path file) throws IOException {
        Path sidecar = file.resolveSibling(file.getFileName() + ".expect");
        byte[] bytes = Files.readAllBytes(Files.exists(sidecar) ? sidecar : file);
        Map<String, String> out = new HashMap<>();
        for (String line : new String(bytes, StandardCharsets.ISO_8859_1).split("\n")) {
            if (!line.startsWith("#")) {
                if (!line.isBlank()) {
                    break;
                }
                continue;
            }
            String body = line.substring(1).trim();
            int colon = body.indexOf(':');
            if (colon > 0 && body.substring(0, colon).matches("[A-Z-]+")) {
                out.putIfAbsent(body.substring(0, colon), body.substring(colon + 1));
            }
        }
        return out;
    }

    private static Stream<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> list = s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
            return list.stream();
        }
    }
}
