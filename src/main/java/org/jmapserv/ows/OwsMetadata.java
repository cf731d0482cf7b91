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

    /**
     * msOWSLookupMetadataWithLanguage: {@code <key>.<language>} first when a language was negotiated, then
     * {@code <key>}.
     */
    public static String lookup(Metadata md, String key, String language) {
        if (language != null && !language.isEmpty()) {
            String v = lookup(md, key + "." + language);
            if (v != null) {
                return v;
            }
        }
        return lookup(md, key);
    }

    /**
     * msOWSGetLanguageFromList: with a {@code languages} list, the requested language when listed, else the list's
     * first (the default); without a list, null.
     */
    public static String language(Metadata web, String requested) {
        String list = lookup(web, "languages");
        if (list == null || list.isBlank()) {
            return null;
        }
        String[] langs = list.split(",");
        if (requested != null) {
            for (String l : langs) {
                if (l.trim().equalsIgnoreCase(requested.trim())) {
                    return l.trim();
                }
            }
        }
        return langs[0].trim();
    }
}
