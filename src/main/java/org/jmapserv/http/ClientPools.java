package org.jmapserv.http;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hc.core5.util.TimeValue;

/**
 * The fetcher's connection pools, one per distinct {@link ConnectionKey}, capped: when a new key
 * would exceed the cap, the least recently used pool is retired and closed as soon as no request
 * is using it. Layers with per-layer trust or certificates would otherwise grow this map for the
 * life of the server. Idle connections inside a pool are closed after {@link #IDLE_EVICTION}.
 */
final class ClientPools implements AutoCloseable {
    /** How long a kept-alive connection may sit unused before it is closed. */
    static final TimeValue IDLE_EVICTION = TimeValue.ofSeconds(30);

    /** Builds a pool for a key; {@link PooledClient#create} in production. */
    interface Factory {
        PooledClient create(ConnectionKey key) throws HttpFetchException;
    }

    private final int maxPools;
    private final Factory factory;
    private final Consumer<String> debug;
    private final LinkedHashMap<ConnectionKey, Lease> pools = new LinkedHashMap<>(16, 0.75f, true);
    /** Pools past the cap that still carry a request; closed when the last one is released. */
    private final Map<PooledClient, Lease> retiring = new IdentityHashMap<>();
    private boolean closed;

    ClientPools(int maxPools, Factory factory, Consumer<String> debug) {
        if (maxPools < 1) {
            throw new IllegalArgumentException("maxPools must be at least 1");
        }
        this.maxPools = maxPools;
        this.factory = factory;
        this.debug = debug;
    }

    /** The pool for {@code key}, created if needed; hand it back with {@link #release}. */
    synchronized PooledClient acquire(ConnectionKey key) throws HttpFetchException {
        if (closed) {
            throw new HttpFetchException(FailureKind.IO, "fetcher is closed", null);
        }
        Lease lease = pools.get(key);
        if (lease == null) {
            lease = new Lease(factory.create(key));
            pools.put(key, lease);
            retireBeyondCap();
        }
        lease.users++;
        return lease.client;
    }

    synchronized void release(PooledClient client) {
        for (Lease l : pools.values()) {
            if (l.client == client) {
                l.users--;
                return;
            }
        }
        Lease retired = retiring.get(client);
        if (retired != null && --retired.users == 0) {
            retiring.remove(client);
            closeQuietly(client);
        }
    }

    /** How many pools are open (for tests and debug output). */
    synchronized int size() {
        return pools.size();
    }

    private void retireBeyondCap() {
        Iterator<Map.Entry<ConnectionKey, Lease>> it = pools.entrySet().iterator();
        while (pools.size() > maxPools && it.hasNext()) {
            Lease oldest = it.next().getValue();
            it.remove();
            debug.accept("HTTP: closing the least recently used connection pool (more than " + maxPools + ")");
            if (oldest.users == 0) {
                closeQuietly(oldest.client);
            } else {
                retiring.put(oldest.client, oldest);
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        List<Lease> all = new ArrayList<>(pools.values());
        all.addAll(retiring.values());
        pools.clear();
        retiring.clear();
        all.forEach(l -> closeQuietly(l.client));
    }

    private static void closeQuietly(PooledClient c) {
        try {
            c.close();
        } catch (java.io.IOException e) {
            // closing a pool can only fail on sockets we are abandoning anyway
        }
    }

    private static final class Lease {
        final PooledClient client;
        int users;

        Lease(PooledClient client) {
            this.client = client;
        }
    }
}
