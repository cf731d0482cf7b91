package org.jmapserv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * map2img with an option missing its values (msautotest misc/map2img-argparse). MapServer 8.0.0's map2img crashes
 * here (segmentation fault for -s 640, -o, -c, -d x, -layer_debug 3; probed); later MapServer prints the messages
 * msautotest expects, and so do we, with exit status 1 and no image.
 */
class Map2ImgRefusesIncompleteArgumentsTest {

    private record Run(int status, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Map2ImgCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()).execute(args);
        return new Run(status, err.toString(StandardCharsets.UTF_8));
    }

    private static String map() {
        return Path.of("samples/104-circle-layer.map").toAbsolutePath().toString();
    }

    @Test
    void eachIncompleteOptionIsNamedWithMapServersMessage() {
        Object[][] cases = {
            {new String[] {"-s", "640"}, "Argument -s needs 2 space separated arguments."},
            {new String[] {"-e", "0", "1"}, "Argument -e needs 4 space separated arguments."},
            {new String[] {"-o"}, "Argument -o requires an additional argument."},
            {new String[] {"-c"}, "Argument -c requires an additional argument."},
            {new String[] {"-d", "otherlayer"}, "Argument -d needs 2 space separated arguments."},
            {new String[] {"-layer_debug", "3"}, "Argument -layer_debug needs 2 space separated arguments."},
        };
        for (Object[] c : cases) {
            String[] tail = (String[]) c[0];
            String[] args = new String[tail.length + 2];
            args[0] = "-m";
            args[1] = map();
            System.arraycopy(tail, 0, args, 2, tail.length);
            Run r = run(args);
            assertEquals(1, r.status(), String.join(" ", tail) + ": " + r.err());
            assertTrue(r.err().startsWith(c[1] + System.lineSeparator()), String.join(" ", tail) + ": " + r.err());
        }
    }
}
