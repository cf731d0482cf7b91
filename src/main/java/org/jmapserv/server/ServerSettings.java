package org.jmapserv.server;

import java.time.Duration;
import java.util.Map;

import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.model.Metadata;

/**
 * What the endpoint runs with: the MapServer config file (ENV options and MAPS aliases), the process
 * environment, and the limits that keep slow remotes from exhausting threads. Options are looked up as
 * CPLGetConfigOption does once msLoadConfig has set the config file's ENV: config file first, then environment.
 */
public record ServerSettings(ConfigFileDef config, Map<String, String> environment, Limits limits) {

    /**
     * Bounds per endpoint: draws running at once, how long a request waits for a draw slot, how long a draw may
     * take, and the largest POST body read.
     */
    public record Limits(int maxConcurrentDraws, Duration queueWait, Duration drawTimeout, int maxBodyBytes) {
        public Limits {
            if (maxConcurrentDraws < 1) {
                throw new IllegalArgumentException("maxConcurrentDraws must be at least 1");
            }
        }

        public static Limits defaults() {
            return new Limits(Math.max(4, Runtime.getRuntime().availableProcessors() * 2), Duration.ofSeconds(10),
                    Duration.ofSeconds(60), 1 << 20);
        }
    }

    public ServerSettings {
        config = config == null ? new ConfigFileDef.Builder().build() : config;
        environment = Map.copyOf(environment);
    }

    public static ServerSettings of(ConfigFileDef config, Map<String, String> environment) {
        return new ServerSettings(config, environment, Limits.defaults());
    }

    public ServerSettings withLimits(Limits l) {
        return new ServerSettings(config, environment, l);
    }

    /** A config option: config file ENV first, then the environment; null when unset. */
    public String option(String name) {
        String v = config.env().value(name);
        return v != null ? v : environment.get(name);
    }

    public Metadata mapAliases() {
        return config.maps();
    }
}
