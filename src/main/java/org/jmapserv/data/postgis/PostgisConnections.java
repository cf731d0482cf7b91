package org.jmapserv.data.postgis;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Database connections for PostGIS layers, as MapServer's connection pool (mappool.c) hands them out: a layer with
 * {@code PROCESSING "CLOSE_CONNECTION=DEFER"} borrows from a HikariCP pool kept per connection settings and shared
 * by every request of this process (the server's renderer holds one instance), so its connection outlives the draw;
 * any other layer opens its own connection and closes it after the draw, as msConnPoolRelease does without DEFER.
 * Every connection attempt is bounded by the settings' connect timeout. Thread-safe.
 */
public final class PostgisConnections implements AutoCloseable {

    private static final int POOL_SIZE = Integer.getInteger("jmapserv.postgis.poolSize", 16);
    /**
     * Distinct connection settings that get a pool: each pool keeps a housekeeping thread, so a CONNECTION built
     * from request values must not grow them without bound; past this many, DEFER layers connect directly.
     */
    static final int MAX_POOLS = Integer.getInteger("jmapserv.postgis.maxPools", 64);
    /**
     * HikariCP announces every pool start and stop at INFO, which would land on map2img's stderr; unless logging
     * was configured for it, only its warnings are shown. Held here so the setting is not garbage-collected.
     */
    private static final java.util.logging.Logger HIKARI_LOG = quietHikari();

    private static java.util.logging.Logger quietHikari() {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger("com.zaxxer.hikari");
        if (l.getLevel() == null) {
            l.setLevel(java.util.logging.Level.WARNING);
        }
        return l;
    }

    private final ConcurrentHashMap<PgConnectionSettings, HikariDataSource> pools = new ConcurrentHashMap<>();

    /** A connection for one layer draw; closing it returns it to the pool ({@code defer}) or disconnects. */
    Connection open(PgConnectionSettings settings, boolean defer) throws SQLException {
        if (!defer || (pools.size() >= MAX_POOLS && !pools.containsKey(settings))) {
            return new org.postgresql.Driver().connect(settings.jdbcUrl(), settings.jdbcProperties());
        }
        return pools.computeIfAbsent(settings, PostgisConnections::pool).getConnection();
    }

    private static HikariDataSource pool(PgConnectionSettings s) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("jmapserv-postgis " + s.host() + ":" + s.port() + "/" + s.dbname());
        c.setDriverClassName("org.postgresql.Driver");
        c.setJdbcUrl(s.jdbcUrl());
        c.setDataSourceProperties(s.jdbcProperties()); // Hikari masks "password" when it logs its configuration
        c.setMaximumPoolSize(POOL_SIZE);
        c.setMinimumIdle(0);
        c.setIdleTimeout(300_000);
        c.setConnectionTimeout(s.effectiveConnectTimeout() * 1000L);
        c.setInitializationFailTimeout(-1); // a database that is down fails the layer, not the pool's creation
        c.setRegisterMbeans(false);
        return new HikariDataSource(c);
    }

    /** Number of pools (distinct connection settings) opened so far. */
    public int poolCount() {
        return pools.size();
    }

    /** Connections the pools hold open (idle or in use), for tests and monitoring. */
    public int openConnections() {
        return pools.values().stream().mapToInt(p -> p.getHikariPoolMXBean() == null ? 0
                : p.getHikariPoolMXBean().getTotalConnections()).sum();
    }

    @Override
    public void close() {
        pools.values().forEach(HikariDataSource::close);
        pools.clear();
    }
}
