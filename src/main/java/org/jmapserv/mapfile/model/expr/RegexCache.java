package org.jmapserv.mapfile.model.expr;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compiled POSIX regexes by pattern text and case flag, shared by the threads of one evaluator.
 * MapServer compiles the pattern of {@code ~} on every evaluation; a pattern taken from an attribute can
 * differ per feature, so the cache is emptied when it grows past a bound instead of growing forever.
 */
final class RegexCache {

    private static final int MAX_ENTRIES = 1024;

    private final ConcurrentHashMap<String, Pattern> sensitive = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Pattern> insensitive = new ConcurrentHashMap<>();

    Pattern get(String ere, boolean caseInsensitive) {
        ConcurrentHashMap<String, Pattern> map = caseInsensitive ? insensitive : sensitive;
        Pattern p = map.get(ere);
        if (p == null) {
            p = PosixRegex.compile(ere, caseInsensitive);
            if (map.size() >= MAX_ENTRIES) {
                map.clear();
            }
            map.put(ere, p);
        }
        return p;
    }
}
