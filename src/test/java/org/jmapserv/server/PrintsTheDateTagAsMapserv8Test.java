package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.junit.jupiter.api.Test;

/**
 * A browse page's [date] tags print the current time in the layout Debian's MapServer 8.0 gives for
 * test-data/query/date.map ("date 07/Dec/2026:23:54:29 +0000 | 2026-12-07T23:54:29 | 40 30"): the structure is
 * compared, and the GMT time must be within a minute of the test's clock. Exact strftime output under a fixed clock
 * is pinned by FormatsDateTagsAsStrftimeTest.
 */
class PrintsTheDateTagAsMapserv8Test {

    private static final Pattern PAGE = Pattern.compile("date \\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} "
            + "[+-]\\d{4} \\| (\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}) \\| 40 30\n");

    @Test
    void printsTheCurrentTimeInMapServersLayout() {
        ConfigFileDef.Builder cfg = new ConfigFileDef.Builder();
        cfg.env = Metadata.of(List.of(new Metadata.Entry("MS_MAP_PATTERN", ".")));
        try (MapservHandler handler = new MapservHandler(new ServerSettings(cfg.build(), Map.of(),
                ServerSettings.Limits.defaults()), new MapfileCache(new MapfileReader()), MapRenderer.standard())) {
            String body = handler.handle(MapservRequest.get("map=" + Path.of("test-data/query/date.map")
                    .toAbsolutePath() + "&mode=browse", null, "http://localhost/mapserv")).bodyText();
            Matcher m = PAGE.matcher(body);
            assertTrue(m.matches(), body);
            LocalDateTime printed = LocalDateTime.parse(m.group(1));
            Duration off = Duration.between(printed, LocalDateTime.now(ZoneOffset.UTC));
            assertTrue(off.abs().getSeconds() < 60, body);
        }
    }
}
