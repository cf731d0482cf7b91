package org.jmapserv.wms.client;

import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jmapserv.http.HttpFetchException;
import org.jmapserv.http.HttpProfile;
import org.jmapserv.http.settings.HttpProfileResolver;
import org.jmapserv.http.settings.HttpSetting;
import org.jmapserv.http.settings.SettingsLookup;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.ows.OwsMetadata;

/**
 * The HTTP settings of a WMS layer's request, merged in MapServer's order (msHTTPAuthProxySetup and friends, then
 * our additions): layer METADATA, map WEB METADATA, map CONFIG, the config file's ENV section — {@code wms_} before
 * {@code ows_} at each level — and then, inside {@link HttpProfileResolver}, the host-scoped rc file, .netrc and the
 * environment. The Cookie header is chosen by {@link HttpCookieSelector} (RFC 42). Relative certificate and key
 * paths resolve against the mapfile's directory, like the mapfile's other paths.
 */
public final class WmsHttpProfiles implements HttpProfileSource {

    private static final Set<HttpSetting> PATHS = EnumSet.of(HttpSetting.SSL_CA_BUNDLE, HttpSetting.CURL_CA_BUNDLE,
            HttpSetting.SSL_CLIENT_CERT, HttpSetting.SSL_CLIENT_KEY);

    private final HttpProfileResolver resolver;
    private final Metadata configFileEnv;

    /**
     * @param resolver      host files and environment (HttpProfileResolver.fromSystem in production)
     * @param configFileEnv the ENV section of the MapServer config file, or {@link Metadata#EMPTY}
     */
    public WmsHttpProfiles(HttpProfileResolver resolver, Metadata configFileEnv) {
        this.resolver = resolver;
        this.configFileEnv = configFileEnv;
    }

    @Override
    public HttpProfile profileFor(LayerDef layer, MapDef map, URI target) throws HttpFetchException {
        String cookie = HttpCookieSelector.select(layer, map);
        SettingsLookup lookup = setting -> {
            if (setting == HttpSetting.HTTP_COOKIE) {
                return Optional.ofNullable(cookie);
            }
            return find(setting, layer, map).map(v -> PATHS.contains(setting) ? resolvePath(map, v) : v);
        };
        return resolver.resolve(target, lookup);
    }

    private Optional<String> find(HttpSetting setting, LayerDef layer, MapDef map) {
        if (setting == HttpSetting.CURL_CA_BUNDLE || setting == HttpSetting.MS_ENCRYPTION_KEY) {
            return first(map.config().value(setting.suffix()), configFileEnv.value(setting.suffix()));
        }
        Metadata web = map.web().metadata();
        String key = setting.suffix();
        return first(OwsMetadata.lookup(layer.metadata(), key), OwsMetadata.lookup(web, key),
                map.config().value("wms_" + key), map.config().value("ows_" + key),
                configFileEnv.value("wms_" + key), configFileEnv.value("ows_" + key));
    }

    private static Optional<String> first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static String resolvePath(MapDef map, String value) {
        Path p = Path.of(value);
        if (p.isAbsolute() || map.mapPath() == null) {
            return value;
        }
        return Path.of(map.mapPath()).resolve(p).normalize().toString();
    }

    /** A source with no host files and no environment, for callers that pass everything in the mapfile. */
    public static WmsHttpProfiles isolated() {
        return new WmsHttpProfiles(new HttpProfileResolver(Map.of(), null, null, w -> { }), Metadata.EMPTY);
    }
}
