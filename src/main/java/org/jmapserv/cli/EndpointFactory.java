package org.jmapserv.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.jmapserv.http.HttpFetcher;
import org.jmapserv.http.settings.HttpProfileResolver;
import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.parse.ConfigFileReader;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.server.MapfileCache;
import org.jmapserv.server.MapservHandler;
import org.jmapserv.server.ServerSettings;
import org.jmapserv.wms.client.WmsHttpProfiles;

/**
 * Builds the shared {@link MapservHandler} for {@code server}, {@code mapserv} and {@code demo}: the config file
 * ({@code --config}, else MAPSERVER_CONFIG_FILE, else none), a renderer that cascades WMS layers with HTTP
 * settings resolved as MapServer does (map, config file ENV, rc files, environment).
 */
final class EndpointFactory {

    private EndpointFactory() {
    }

    static ConfigFileDef config(Path explicit, Map<String, String> env) throws MapfileException {
        ConfigFileReader reader = new ConfigFileReader();
        if (explicit != null) {
            return reader.read(explicit);
        }
        if (env.get(ConfigFileReader.ENV_VARIABLE) != null) {
            return reader.readFromEnvironment(env);
        }
        return new ConfigFileDef.Builder().build();
    }

    static MapservHandler handler(ServerSettings settings, HttpFetcher fetcher, Consumer<String> warnings) {
        // the config file's ENV sets GDAL_CACHEMAX for the process, as msConfigSetConfigOption does for GDAL
        org.jmapserv.image.raster.RasterBlockCache.setProcessOption(settings.config().env().value("GDAL_CACHEMAX"));
        MapRenderer renderer = MapRenderer.withRemoteLayers(fetcher,
                new WmsHttpProfiles(HttpProfileResolver.fromSystem(warnings), settings.config().env()));
        return new MapservHandler(settings, new MapfileCache(new MapfileReader()), renderer);
    }
}
