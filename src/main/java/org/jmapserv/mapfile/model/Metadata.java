package org.jmapserv.mapfile.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable METADATA / VALIDATION / CONFIG / CONNECTIONOPTIONS / BINDVALS hash: keys are matched
 * case-insensitively (maphash.c lowercases and uses strcasecmp), file order is kept for writing back, and a
 * duplicate key replaces the earlier value in place, as msInsertHashTable does.
 */
public final class Metadata {

    public static final Metadata EMPTY = new Metadata(new LinkedHashMap<>());

    /** One key as first written and its current value. */
    public record Entry(String key, String value) {
    }

    private final Map<String, Entry> entries;

    private Metadata(LinkedHashMap<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    public static Metadata of(List<Entry> pairs) {
        LinkedHashMap<String, Entry> map = new LinkedHashMap<>();
        for (Entry e : pairs) {
            String folded = fold(e.key());
            Entry previous = map.get(folded);
            map.put(folded, previous == null ? e : new Entry(previous.key(), e.value()));
        }
        return map.isEmpty() ? EMPTY : new Metadata(map);
    }

    public Optional<String> get(String key) {
        Entry e = entries.get(fold(key));
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    /** The value, or {@code null} when absent. */
    public String value(String key) {
        Entry e = entries.get(fold(key));
        return e == null ? null : e.value();
    }

    public boolean containsKey(String key) {
        return entries.containsKey(fold(key));
    }

    /** A copy with {@code key} set (added at the end, or replaced in place). */
    public Metadata with(String key, String value) {
        List<Entry> all = new ArrayList<>(entries.values());
        all.add(new Entry(key, value));
        return of(all);
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    private static String fold(String key) {
        return key.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Metadata m && entries().equals(m.entries());
    }

    @Override
    public int hashCode() {
        return entries().hashCode();
    }

    /** Keys only: values may be secrets (passwords, cookies) and must never reach a log through toString. */
    @Override
    public String toString() {
        return "Metadata" + entries.values().stream().map(Entry::key).toList();
    }
}
