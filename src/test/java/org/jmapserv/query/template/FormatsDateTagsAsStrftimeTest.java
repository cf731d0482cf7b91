package org.jmapserv.query.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * [date] (processDateTag) formats the clock through C's strftime. The expected strings are what Debian's
 * MapServer 8.0 printed for the same formats at 2026-12-07 23:32:46 UTC (epoch 1796686366), with TZ unset (UTC)
 * and TZ=America/New_York; the clock is fixed here so the comparison is exact.
 */
class FormatsDateTagsAsStrftimeTest {

    private static final Instant AT = Instant.ofEpochSecond(1796686366L);
    private static final String MANY = "%c|%x|%X|%D|%T|%F|%R|%u|%w|%U|%W|%V|%G|%g|%C|%h|%n|%t|%k|%l|%s";

    @Test
    void defaultFormatInLocalTime() {
        assertEquals("07/Dec/2026:23:32:46 +0000", DateTag.now(Clock.fixed(AT, ZoneId.of("UTC")),
                DateTag.DEFAULT_FORMAT, null));
        assertEquals("07/Dec/2026:18:32:46 -0500", DateTag.now(Clock.fixed(AT, ZoneId.of("America/New_York")),
                DateTag.DEFAULT_FORMAT, null));
    }

    @Test
    void gmtIgnoresTheLocalZoneWhateverItsCase() {
        Clock ny = Clock.fixed(AT, ZoneId.of("America/New_York"));
        assertEquals("2026-12-07 23:32:46 Mon Monday Dec December 341  7 11 PM 26 GMT +0000 %", DateTag.now(ny,
                "%Y-%m-%d %H:%M:%S %a %A %b %B %j %e %I %p %y %Z %z %%", "gmt"));
        assertEquals("07/Dec/2026:23:32:46 +0000", DateTag.now(ny, DateTag.DEFAULT_FORMAT, "GMT"));
    }

    @Test
    void everyConversionGlibcKnowsInTheCLocale() {
        assertEquals("Mon Dec  7 23:32:46 2026|12/07/26|23:32:46|12/07/26|23:32:46|2026-12-07|23:32|1|1|49|49|50|2026|"
                + "26|20|Dec|\n|\t|23|11|1796686366", DateTag.now(Clock.fixed(AT, ZoneId.of("UTC")), MANY, null));
        assertEquals("Mon Dec  7 18:32:46 2026|12/07/26|18:32:46|12/07/26|18:32:46|2026-12-07|18:32|1|1|49|49|50|2026|"
                + "26|20|Dec|\n|\t|18| 6|1796686366", DateTag.now(Clock.fixed(AT, ZoneId.of("America/New_York")),
                MANY, null));
    }
}
