package org.jmapserv.http.settings;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The map side of the settings, already merged in MapServer's order by the WMS code: layer
 * METADATA, map WEB METADATA, map CONFIG, config-file ENV. Empty values count as absent.
 */
@FunctionalInterface
public interface SettingsLookup {
    Optional<String> get(HttpSetting setting);

    /** No map-side settings. */
    static SettingsLookup empty() {
        return s -> Optional.empty();
    }

    /** A fixed map of settings (tests, simple callers). */
    static SettingsLookup of(Map<HttpSetting, String> values) {
        Map<HttpSetting, String> copy = values.isEmpty() ? Map.of() : new EnumMap<>(values);
        return s -> Optional.ofNullable(copy.get(s)).filter(v -> !v.isEmpty());
    }
}
