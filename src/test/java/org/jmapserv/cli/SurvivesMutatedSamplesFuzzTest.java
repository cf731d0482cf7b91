package org.jmapserv.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz over mutated samples: map2img loads and draws each (small size) and must exit 0 or 1 with
 * MapServer-style messages — never throw, never print a stack trace, never hang. A failure names the seed,
 * the iteration and the mutated file (kept under the temp directory), so it can be replayed.
 */
class SurvivesMutatedSamplesFuzzTest {

    private static final long SEED = Long.getLong("jmapserv.fuzz.seed", 15);
    private static final int ITERATIONS = Integer.getInteger("jmapserv.fuzz.iterations", 70);
    private static final String[] INSERTS = {"(", ")", "\"", "'", "END", "LAYER", "CLASS", "STYLE", "\u0000", "1e400",
        "-1", "nan", "99999999999999999999", "[", "]", "{", "}", "/", "/*", "INCLUDE \"/dev/null\"", "%x%",
        "EXPRESSION (1 2)", "EXPRESSION ([a] = \"b\" \"c\")", "PROJECTION \"+proj=foo\" END",
        "PROJECTION \"init=epsg:999999\" END", "\t", "\u00e9", "#", "EXTENT 0 0 1e400 10", "SIZE 0 0",
        "FILTER (1 = 1 1)", "TEXT ([x] + )", "GEOMTRANSFORM (buffer([shape], 1e300))", "SYMBOL 999",
        "LABELITEM \"nope\"", "FONT \"nofont\"", "OUTLINEWIDTH -5", "WIDTH 1e9", "SIZE 1e9"};
    private static final String[] NUMBERS = {"0", "-0", "1e400", "-1e308", "NaN", "1e-300", "2147483648", "-7"};

    @TempDir
    Path dir;

    @Test
    void map2imgExitsZeroOrOneWithoutStackTracesOnMutatedSamples() throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        Path samples = Files.createDirectories(dir.resolve("samples"));
        Files.createSymbolicLink(dir.resolve("test-data"), repo.resolve("test-data"));
        List<Path> sources;
        try (Stream<Path> s = Files.list(repo.resolve("samples"))) {
            sources = s.filter(p -> p.toString().endsWith(".map") && !p.getFileName().toString().equals("demo.map"))
                    .sorted().toList();
        }
        Random random = new Random(SEED);
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-map2img");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < ITERATIONS; i++) {
                Path source = sources.get(random.nextInt(sources.size()));
                String text = Files.readString(source, StandardCharsets.UTF_8);
                int mutations = 1 + random.nextInt(3);
                for (int m = 0; m < mutations; m++) {
                    text = mutate(text, random);
                }
                Path mutated = samples.resolve(String.format("fuzz-%03d-%s", i, source.getFileName()));
                Files.writeString(mutated, text, StandardCharsets.UTF_8);
                run(runner, mutated, i);
            }
        } finally {
            runner.shutdownNow();
        }
    }

    private static void run(ExecutorService runner, Path map, int iteration) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = {"-m", map.toString(), "-o", map.resolveSibling(map.getFileName() + ".png").toString(),
            "-s", "160", "120"};
        Future<Integer> exit = runner.submit(() -> new Map2ImgCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()).execute(args));
        int code;
        String where = "seed " + SEED + ", iteration " + iteration + ", " + map;
        try {
            code = exit.get(20, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            exit.cancel(true);
            fail("map2img hung on " + where);
            return;
        } catch (java.util.concurrent.ExecutionException e) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.getCause().printStackTrace(new java.io.PrintWriter(trace));
            fail("map2img threw on " + where + ":\n" + trace);
            return;
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(code == 0 || code == 1, "exit " + code + " on " + where + "\n" + stderr);
        assertFalse(stderr.contains("\tat ") || stderr.contains("Exception"), "stack trace on " + where + "\n"
                + stderr);
    }

    private static String mutate(String text, Random r) {
        if (text.isEmpty()) {
            return INSERTS[r.nextInt(INSERTS.length)];
        }
        int at = r.nextInt(text.length());
        switch (r.nextInt(5)) {
            case 0 -> {
                int end = Math.min(text.length(), at + 1 + r.nextInt(20));
                return text.substring(0, at) + text.substring(end);
            }
            case 1 -> {
                String insert = INSERTS[r.nextInt(INSERTS.length)];
                return text.substring(0, at) + " " + insert + " " + text.substring(at);
            }
            case 2 -> {
                List<String> lines = new ArrayList<>(text.lines().toList());
                int i = r.nextInt(lines.size());
                lines.add(i, lines.get(r.nextInt(lines.size())));
                return String.join("\n", lines) + "\n";
            }
            case 3 -> {
                List<String> lines = new ArrayList<>(text.lines().toList());
                java.util.Collections.swap(lines, r.nextInt(lines.size()), r.nextInt(lines.size()));
                return String.join("\n", lines) + "\n";
            }
            default -> {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?").matcher(text);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                if (spans.isEmpty()) {
                    return text;
                }
                int[] s = spans.get(r.nextInt(spans.size()));
                return text.substring(0, s[0]) + NUMBERS[r.nextInt(NUMBERS.length)] + text.substring(s[1]);
            }
        }
    }
}
