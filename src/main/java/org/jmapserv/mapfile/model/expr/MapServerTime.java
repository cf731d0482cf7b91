package org.jmapserv.mapfile.model.expr;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time as MapServer's expressions see it: the {@code struct tm} fields that msParseTime (maptime.c)
 * fills, with unset fields left at zero (msTimeInit), compared field by field as msTimeCompare does.
 * {@code month} is 0-based like {@code tm_mon}; a date without a day has {@code day} 0, so
 * {@code `2004`} sorts before {@code `2004-01-01`}, as in MapServer.
 */
public record MapServerTime(int year, int month, int day, int hour, int minute, int second)
        implements Comparable<MapServerTime> {

    /** msParseTime's formats, tried in this order; each pattern need only match a prefix. */
    private static final List<Pattern> FORMATS = List.of(
            Pattern.compile("(\\d{4})(\\d{2})(\\d{2})"),
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})Z"),
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})"),
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2})"),
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})"),
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}) (\\d{2}):(\\d{2})"),
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})"),
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}) (\\d{2})"),
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})"),
            Pattern.compile("(\\d{4})-(\\d{2})"),
            Pattern.compile("(\\d{4})"),
            Pattern.compile("T()()()(\\d{2}):(\\d{2}):(\\d{2})Z"),
            Pattern.compile("T()()()(\\d{2}):(\\d{2}):(\\d{2})"));

    /** The formats as users write them, for error messages. */
    public static final String SUPPORTED_FORMATS = "YYYYMMDD, YYYY-MM-DDTHH:MM:SSZ, YYYY-MM-DDTHH:MM:SS, "
            + "YYYY-MM-DD HH:MM:SS, YYYY-MM-DDTHH:MM, YYYY-MM-DD HH:MM, YYYY-MM-DDTHH, YYYY-MM-DD HH, "
            + "YYYY-MM-DD, YYYY-MM, YYYY, THH:MM:SSZ, THH:MM:SS";

    /** Parses with the first matching format (mirrors msParseTime); empty when none matches. */
    public static Optional<MapServerTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Pattern p : FORMATS) {
            Matcher m = p.matcher(text);
            if (m.lookingAt()) {
                return Optional.of(new MapServerTime(field(m, 1), Math.max(field(m, 2) - 1, 0), field(m, 3),
                        field(m, 4), field(m, 5), field(m, 6)));
            }
        }
        return Optional.empty();
    }

    private static int field(Matcher m, int group) {
        if (group > m.groupCount()) {
            return 0;
        }
        String g = m.group(group);
        return g == null || g.isEmpty() ? 0 : Integer.parseInt(g);
    }

    @Override
    public int compareTo(MapServerTime o) {
        int[] a = {year, month, day, hour, minute, second};
        int[] b = {o.year, o.month, o.day, o.hour, o.minute, o.second};
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
