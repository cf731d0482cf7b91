package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Query templates write .dbf text byte for byte as Debian's MapServer 8.0 CGI does (test-data/query/encoding-cases.txt,
 * answers in expected/*.bin made by regenerate-expected.sh): a latin1 .dbf without ENCODING comes out as latin1 bytes
 * (and url-escaped as %FC), with ENCODING as UTF-8; an itemquery or FILTER with a UTF-8 string finds only converted text.
 */
class QueryTemplatesWriteDbfBytesLikeMapserv8Test {

    private static final Path DIR = Path.of("test-data/query").toAbsolutePath();
    private static MapservHandler handler;

    @BeforeAll
    static void start() {
        ConfigFileDef.Builder cfg = new ConfigFileDef.Builder();
        cfg.env = Metadata.of(List.of(new Metadata.Entry("MS_MAP_PATTERN", ".")));
        ServerSettings settings = new ServerSettings(cfg.build(), Map.of(), ServerSettings.Limits.defaults());
        handler = new MapservHandler(settings, new MapfileCache(new MapfileReader()), MapRenderer.standard());
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("encoding-cases.txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\\|", 3);
                out.add(Arguments.of(f[0], f[1], f[2]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesTheBytesMapServer80Writes(String name, String mapfile, String query) throws IOException {
        byte[] expected = Files.readAllBytes(DIR.resolve("expected/" + name + ".bin"));
        MapservResponse r = handler.handle(MapservRequest.get("map=" + DIR.resolve(mapfile) + "&" + query, null,
                "http://localhost/mapserv"));
        assertEquals(HexFormat.of().formatHex(expected), HexFormat.of().formatHex(withoutVersionComment(r.body())),
                name + ": " + r.bodyText());
    }

    private static byte[] withoutVersionComment(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                int end = Math.min(i + 1, body.length);
                String head = new String(body, start, Math.min(end - start, 22), StandardCharsets.ISO_8859_1);
                if (!head.startsWith("<!-- MapServer version")) {
                    out.write(body, start, end - start);
                }
                start = i + 1;
            }
        }
        return out.toByteArray();
    }
}
