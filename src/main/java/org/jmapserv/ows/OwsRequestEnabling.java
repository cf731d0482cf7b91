package org.jmapserv.ows;

import java.util.Locale;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;

/**
 * Which OWS requests a mapfile enables (msOWSParseRequestMetadata, msOWSRequestLayersEnabled and
 * msOWSRequestIsEnabled in mapows.cpp): {@code wms_enable_request} / {@code ows_enable_request} lists, read left to
 * right ({@code *}, {@code !*}, {@code Name}, {@code !Name}); a layer's own list wins over the map's, and a
 * request the layer disables explicitly stays off whatever the map says.
 */
public final class OwsRequestEnabling {

    /** The outcome of one list for one request. */
    public record Parsed(boolean enabled, boolean disabled) {
    }

    private OwsRequestEnabling() {
    }

    public static Parsed parse(String list, String request) {
        if (list == null) {
            return new Parsed(false, false);
        }
        boolean enabled = false;
        boolean disabled = false;
        String want = request.toLowerCase(Locale.ROOT);
        for (String raw : list.trim().split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            String t = raw.toLowerCase(Locale.ROOT);
            boolean negate = t.startsWith("!");
            String name = negate ? t.substring(1) : t;
            if (name.equals("*") || name.equals(want)) {
                enabled = !negate;
                disabled = negate;
            }
        }
        return new Parsed(enabled, disabled);
    }

    /** The map-level list alone (wms_ first, then ows_). */
    public static boolean globallyEnabled(MapDef map, String request) {
        return parse(OwsMetadata.lookup(map.web().metadata(), "enable_request"), request).enabled();
    }

    /** msOWSRequestLayersEnabled: per layer index, whether {@code request} is enabled for it. */
    public static boolean[] layersEnabled(MapDef map, String request) {
        boolean global = globallyEnabled(map, request);
        boolean[] out = new boolean[map.layers().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = layerEnabled(map.layers().get(i), global, request);
        }
        return out;
    }

    public static boolean layerEnabled(LayerDef layer, boolean globallyEnabled, String request) {
        Parsed p = parse(OwsMetadata.lookup(layer.metadata(), "enable_request"), request);
        if (p.disabled()) {
            return false;
        }
        return p.enabled() || globallyEnabled;
    }

    /**
     * msOWSRequestIsEnabled for the map (no layer): the map's list, or with {@code checkAllLayers} any layer that
     * enables the request itself.
     */
    public static boolean isEnabled(MapDef map, String request, boolean checkAllLayers) {
        Parsed p = parse(OwsMetadata.lookup(map.web().metadata(), "enable_request"), request);
        if (p.enabled()) {
            return true;
        }
        if (p.disabled() || !checkAllLayers) {
            return false;
        }
        for (LayerDef l : map.layers()) {
            if (parse(OwsMetadata.lookup(l.metadata(), "enable_request"), request).enabled()) {
                return true;
            }
        }
        return false;
    }
}
