package org.jmapserv.ows;

import org.jmapserv.mapfile.model.Metadata;

/**
 * Metadata lookup with MapServer's namespace fallback (msOWSLookupMetadata with "MO"): {@code wms_<key>} first,
 * then {@code ows_<key>}, keys case-insensitive; {@link #layerThenMap} adds the WEB METADATA fallback of
 * msOWSLookupMetadata2.
 */
public final class OwsMetadata {

    private OwsMetadata() {
    }

    public static String lookup(Metadata md, String key) {
        String v = md.value("wms_" + key);
        return v != null ? v : md.value("ows_" + key);
    }

    public static String layerThenMap(Metadata layer, Metadata map, String key) {
        String v = lookup(layer, key);
        return v != null ? v : lookup(map, key);
    }
}
