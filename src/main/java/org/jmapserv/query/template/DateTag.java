package org.jmapserv.query.template;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * processDateTag (maptemplate.c): {@code [date format="..." tz="gmt"]} is the current time through C's strftime
 * in the C locale; the default format is {@code %d/%b/%Y:%H:%M:%S %z}, and any tz other than "gmt" (any case) is
 * local time. The clock is the context's, so tests can fix it.
 */
final class DateTag {

    static final String DEFAULT_FORMAT = "%d/%b/%Y:%H:%M:%S %z";

    private DateTag() {
    }

    static String now(Clock clock, String format, String tz) {
        boolean gmt = tz != null && tz.equalsIgnoreCase("gmt");
        ZonedDateTime t = gmt ? ZonedDateTime.now(clock.withZone(ZoneOffset.UTC))
                : ZonedDateTime.now(clock);
        return strftime(format, t, gmt);
    }

    /** glibc strftime in the C locale for the conversions it documents; an unknown one is copied as written. */
    static String strftime(String f, ZonedDateTime t, boolean gmt) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '%' || i + 1 >= f.length()) {
                b.append(c);
                continue;
            }
            char k = f.charAt(++i);
            switch (k) {
                case 'a' -> b.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'A' -> b.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'b', 'h' -> b.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'B' -> b.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'c' -> b.append(strftime("%a %b %e %H:%M:%S %Y", t, gmt));
                case 'C' -> b.append(two(t.getYear() / 100));
                case 'd' -> b.append(two(t.getDayOfMonth()));
                case 'D', 'x' -> b.append(strftime("%m/%d/%y", t, gmt));
                case 'e' -> b.append(String.format(Locale.ROOT, "%2d", t.getDayOfMonth()));
                case 'F' -> b.append(strftime("%Y-%m-%d", t, gmt));
                case 'g' -> b.append(two(t.get(IsoFields.WEEK_BASED_YEAR) % 100));
                case 'G' -> b.append(t.get(IsoFields.WEEK_BASED_YEAR));
                case 'H' -> b.append(two(t.getHour()));
                case 'I' -> b.append(two(hour12(t)));
                case 'j' -> b.append(String.format(Locale.ROOT, "%03d", t.getDayOfYear()));
                case 'k' -> b.append(String.format(Locale.ROOT, "%2d", t.getHour()));
                case 'l' -> b.append(String.format(Locale.ROOT, "%2d", hour12(t)));
                case 'm' -> b.append(two(t.getMonthValue()));
                case 'M' -> b.append(two(t.getMinute()));
                case 'n' -> b.append('\n');
                case 'p' -> b.append(t.getHour() < 12 ? "AM" : "PM");
                case 'P' -> b.append(t.getHour() < 12 ? "am" : "pm");
                case 'r' -> b.append(strftime("%I:%M:%S %p", t, gmt));
                case 'R' -> b.append(strftime("%H:%M", t, gmt));
                case 's' -> b.append(t.toEpochSecond());
                case 'S' -> b.append(two(t.getSecond()));
                case 't' -> b.append('\t');
                case 'T', 'X' -> b.append(strftime("%H:%M:%S", t, gmt));
                case 'u' -> b.append(t.getDayOfWeek().getValue());
                case 'U' -> b.append(two((t.getDayOfYear() + 6 - t.getDayOfWeek().getValue() % 7) / 7));
                case 'V' -> b.append(two(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
                case 'w' -> b.append(t.getDayOfWeek().getValue() % 7);
                case 'W' -> b.append(two((t.getDayOfYear() + 6 - (t.getDayOfWeek().getValue() + 6) % 7) / 7));
                case 'y' -> b.append(two(t.getYear() % 100));
                case 'Y' -> b.append(t.getYear());
                case 'z' -> {
                    int s = t.get(ChronoField.OFFSET_SECONDS);
                    int m = Math.abs(s) / 60;
                    b.append(s < 0 ? '-' : '+').append(two(m / 60)).append(two(m % 60));
                }
                case 'Z' -> b.append(gmt ? "GMT" : t.getZone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                        .replace("Coordinated Universal Time", "UTC"));
                case '%' -> b.append('%');
                default -> b.append('%').append(k);
            }
        }
        return b.toString();
    }

    private static int hour12(ZonedDateTime t) {
        int h = t.getHour() % 12;
        return h == 0 ? 12 : h;
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
