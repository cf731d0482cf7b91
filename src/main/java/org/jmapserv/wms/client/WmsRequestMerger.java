package org.jmapserv.wms.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Merges adjacent WMS layers into one GetMap, as msPrepareWMSLayerRequest does, but only where it is safe
 * (MapServer's own rule has three bugs, see the reference's list of surprises):
 * <ul>
 * <li>only layers with no other visible layer between them in draw order merge (MapServer skips local layers, so a
 * local layer could end up under a merged layer drawn at the first layer's position);</li>
 * <li>only layers whose HTTP settings are identical merge — cookies, credentials, proxy and TLS (MapServer's cookie
 * check compares against a field it never sets, so a cookie-less layer inherits its neighbour's cookie);</li>
 * <li>{@code wms_force_separate_request} accepts "true" as well as "1".</li>
 * </ul>
 * Otherwise as MapServer: same base URL and every parameter equal except LAYERS, QUERY_LAYERS and STYLES, which
 * are joined with commas; the merged request keeps the first layer's position, COMPOSITE and timeout = max.
 */
public final class WmsRequestMerger {

    /**
     * One visible layer in draw order. {@code request} is null for a layer that is not WMS (it blocks merging);
     * {@code httpKey} is anything with value equality describing the layer's HTTP settings (e.g. its profile).
     */
    public record Candidate(int layerIndex, GetMapRequest request, WmsLayerSettings settings, Object httpKey) {
    }

    /** A request to send and the layers (indexes, in draw order) it draws; the first one owns it. */
    public record Planned(GetMapRequest request, List<Integer> layerIndexes, WmsLayerSettings owner,
            Object httpKey, int timeoutSeconds) {

        public Planned {
            layerIndexes = List.copyOf(layerIndexes);
        }
    }

    private WmsRequestMerger() {
    }

    public static List<Planned> plan(List<Candidate> visibleLayersInDrawOrder) {
        List<Planned> out = new ArrayList<>();
        Planned open = null;
        for (Candidate c : visibleLayersInDrawOrder) {
            if (c.request() == null) {
                open = null;
                continue;
            }
            if (open != null && canMerge(open, c)) {
                List<Integer> idx = new ArrayList<>(open.layerIndexes());
                idx.add(c.layerIndex());
                Planned merged = new Planned(merge(open.request(), c.request()), idx, open.owner(), open.httpKey(),
                        Math.max(open.timeoutSeconds(), c.settings().timeoutSeconds()));
                out.set(out.size() - 1, merged);
                open = merged;
            } else {
                open = new Planned(c.request(), List.of(c.layerIndex()), c.settings(), c.httpKey(),
                        c.settings().timeoutSeconds());
                out.add(open);
            }
            if (c.settings().forceSeparateRequest()) {
                open = null;
            }
        }
        return out;
    }

    private static boolean canMerge(Planned open, Candidate c) {
        if (open.owner().forceSeparateRequest() || c.settings().forceSeparateRequest()
                || !Objects.equals(open.httpKey(), c.httpKey())) {
            return false;
        }
        GetMapRequest a = open.request();
        GetMapRequest b = c.request();
        if (!a.base().equals(b.base()) || a.params().size() != b.params().size()) {
            return false;
        }
        for (GetMapRequest.Param p : a.params()) {
            if (isJoined(p.key())) {
                continue;
            }
            if (!p.value().equals(b.param(p.key()))) {
                return false;
            }
        }
        return true;
    }

    private static GetMapRequest merge(GetMapRequest a, GetMapRequest b) {
        GetMapRequest merged = a;
        for (GetMapRequest.Param p : a.params()) {
            if (isJoined(p.key())) {
                merged = merged.withParam(p.key(), p.value() + "," + b.param(p.key()));
            }
        }
        List<String> names = new ArrayList<>(a.layerNames());
        names.addAll(b.layerNames());
        return merged.withLayerNames(names);
    }

    private static boolean isJoined(String key) {
        return key.equalsIgnoreCase("LAYERS") || key.equalsIgnoreCase("QUERY_LAYERS")
                || key.equalsIgnoreCase("STYLES");
    }
}
