package org.jmapserv.http.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jmapserv.http.HttpFetchException;

/**
 * A netCDF/OPeNDAP rc file ({@code .ncrc} / {@code .daprc} / {@code .dodsrc}): lines {@code [host:port]KEY=value}
 * or {@code KEY=value}; '#' starts a comment. For a request to host:port, an entry prefixed with
 * exactly that host:port wins, then one prefixed with the bare host (no port), then an unprefixed
 * one, as netCDF-C documents ("an entry with a matching host+port will take precedence").
 */
public final class RcFile {
    private record Entry(String host, Integer port, String key, String value) {
    }

    private final Path source;
    private final List<Entry> entries;

    private RcFile(Path source, List<Entry> entries) {
        this.source = source;
        this.entries = entries;
    }

    public static RcFile empty() {
        return new RcFile(null, List.of());
    }

    public static RcFile read(Path file) throws HttpFetchException {
        try {
            List<Entry> list = new ArrayList<>();
            int n = 0;
            for (String raw : Files.readAllLines(file)) {
                n++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                list.add(parse(line, file, n));
            }
            return new RcFile(file, List.copyOf(list));
        } catch (IOException e) {
            throw HttpFetchException.invalidSetting("cannot read rc file " + file + ": " + e.getMessage());
        }
    }

    private static Entry parse(String line, Path file, int n) throws HttpFetchException {
        String host = null;
        Integer port = null;
        if (line.startsWith("[")) {
            int close = line.indexOf(']');
            if (close < 0) {
                throw HttpFetchException.invalidSetting(file + " line " + n + ": missing ']' after host");
            }
            String hp = line.substring(1, close).trim().toLowerCase(Locale.ROOT);
            int colon = hp.lastIndexOf(':');
            host = colon < 0 ? hp : hp.substring(0, colon);
            try {
                port = colon < 0 ? null : Integer.valueOf(hp.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw HttpFetchException.invalidSetting(file + " line " + n + ": bad port in [" + hp + "]");
            }
            line = line.substring(close + 1).strip();
        }
        int eq = line.indexOf('=');
        if (eq <= 0) {
            throw HttpFetchException.invalidSetting(file + " line " + n + ": expected KEY=value");
        }
        return new Entry(host, port, line.substring(0, eq).strip().toUpperCase(Locale.ROOT), line.substring(eq + 1).strip());
    }

    /** The value of {@code key} for a request to host:port, by the precedence above. */
    public Optional<String> get(String key, String host, int port) {
        String k = key.toUpperCase(Locale.ROOT);
        String h = host.toLowerCase(Locale.ROOT);
        Optional<String> exact = find(e -> h.equals(e.host) && e.port != null && e.port == port, k);
        if (exact.isPresent()) {
            return exact;
        }
        Optional<String> hostOnly = find(e -> h.equals(e.host) && e.port == null, k);
        return hostOnly.isPresent() ? hostOnly : find(e -> e.host == null, k);
    }

    private Optional<String> find(java.util.function.Predicate<Entry> scope, String key) {
        String found = null;
        for (Entry e : entries) {
            if (e.key.equals(key) && scope.test(e)) {
                found = e.value; // a later line overrides an earlier one
            }
        }
        return Optional.ofNullable(found);
    }

    /** The file this came from, or null for none. */
    public Path source() {
        return source;
    }
}
