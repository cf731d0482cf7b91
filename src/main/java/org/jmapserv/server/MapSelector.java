package org.jmapserv.server;

import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Decides which mapfile a request may load, mirroring msCGILoadMap (mapservutil.c) and msLoadMap's
 * MS_MAPFILE_PATTERN check: a MAPS alias first (no pattern checks); else refused when MS_MAP_NO_PATH is set;
 * else the path must not match MS_MAP_BAD_PATTERN (default: doubled slashes, {@code ./} or {@code ../}
 * segments, commas) and must match the mandatory MS_MAP_PATTERN; no {@code map} at all falls back to
 * MS_MAPFILE. Every refusal is a 403 whose message never echoes the requested path.
 */
public final class MapSelector {

    static final String DEFAULT_BAD_PATTERN = "[/\\\\]{2}|[/\\\\]?\\.+[/\\\\]|,";
    static final String DEFAULT_MAPFILE_PATTERN = "\\.map$";

    private final ServerSettings settings;

    public MapSelector(ServerSettings settings) {
        this.settings = settings;
    }

    /** The mapfile to load for the {@code map} parameter (null when absent). */
    public Path select(String mapParam) throws MapservException {
        String path = chooseCandidate(mapParam);
        String mapfilePattern = orDefault(settings.option("MS_MAPFILE_PATTERN"), DEFAULT_MAPFILE_PATTERN);
        if (!matches(mapfilePattern, path)) {
            throw MapservException.refused("msLoadMap(): Regular expression error. "
                    + "MS_DEFAULT_MAPFILE_PATTERN validation failed.");
        }
        if (path.indexOf('\0') >= 0) {
            throw failsToValidate();
        }
        return Path.of(path).toAbsolutePath().normalize();
    }

    private String chooseCandidate(String mapParam) throws MapservException {
        if (mapParam == null || mapParam.isEmpty()) {
            String fallback = settings.option("MS_MAPFILE");
            if (fallback == null || fallback.isEmpty()) {
                throw MapservException.refused("msCGILoadMap(): Web application error. CGI variable \"map\" is not set.");
            }
            return fallback;
        }
        String alias = settings.mapAliases().value(mapParam);
        if (alias != null) {
            return alias;
        }
        if (settings.option("MS_MAP_NO_PATH") != null) {
            throw MapservException.refused("msCGILoadMap(): Web application error. CGI variable \"map\" not found"
                    + " in configuration and this server is not configured for full paths.");
        }
        String bad = orDefault(settings.option("MS_MAP_BAD_PATTERN"), DEFAULT_BAD_PATTERN);
        if (matches(bad, mapParam)) {
            throw failsToValidate();
        }
        String good = settings.option("MS_MAP_PATTERN");
        if (good == null || good.isEmpty()) {
            throw MapservException.refused("msCGILoadMap(): Web application error. "
                    + "Required configuration value MS_MAP_PATTERN not set.");
        }
        if (!matches(good, mapParam)) {
            throw failsToValidate();
        }
        return mapParam;
    }

    private static MapservException failsToValidate() {
        return MapservException.refused("msCGILoadMap(): Web application error. CGI variable \"map\" fails to validate.");
    }

    private static String orDefault(String v, String d) {
        return v == null || v.isEmpty() ? d : v;
    }

    /** msEvalRegex: an unparsable pattern refuses rather than allows. */
    private static boolean matches(String regex, String value) throws MapservException {
        try {
            return Pattern.compile(regex).matcher(value).find();
        } catch (PatternSyntaxException e) {
            throw MapservException.refused("msEvalRegex(): Regular expression error. Failed to compile expression.");
        }
    }
}
