package org.jmapserv.wms.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jmapserv.geo.Rect;

/**
 * One GetMap as it will be sent: the base URL (with any vendor parameters of the CONNECTION), our parameters
 * (already encoded) in insertion order, and the georeferencing of the image it asks for: the CRS text
 * ({@code EPSG:4326}), the edge-based BBOX in that CRS's x/y order (before any axis flip), and the pixel size.
 * <p>{@link #url()} orders our parameters as MapServer's 41-bucket hash table does (maphash.c), so that URLs are
 * byte-identical to MapServer's; servers do not care, tests and log comparisons do.
 */
public record GetMapRequest(
        String base,
        List<Param> params,
        String crs,
        Rect bbox,
        int width,
        int height,
        List<String> layerNames) {

    /** One parameter; {@code value} is already encoded for the URL. */
    public record Param(String key, String value) {
    }

    private static final int MS_HASHSIZE = 41;

    public GetMapRequest {
        params = List.copyOf(params);
        layerNames = List.copyOf(layerNames);
    }

    /** The value of a parameter (encoded), or {@code null}. */
    public String param(String key) {
        for (Param p : params) {
            if (p.key().equalsIgnoreCase(key)) {
                return p.value();
            }
        }
        return null;
    }

    /** A copy with {@code key} replaced in place. */
    public GetMapRequest withParam(String key, String value) {
        List<Param> copy = new ArrayList<>(params);
        copy.replaceAll(p -> p.key().equalsIgnoreCase(key) ? new Param(p.key(), value) : p);
        return new GetMapRequest(base, copy, crs, bbox, width, height, layerNames);
    }

    public GetMapRequest withLayerNames(List<String> names) {
        return new GetMapRequest(base, params, crs, bbox, width, height, names);
    }

    public String url() {
        StringBuilder sb = new StringBuilder(base);
        if (base.indexOf('?') < 0) {
            sb.append('?');
        } else if (!base.endsWith("?") && !base.endsWith("&")) {
            sb.append('&');
        }
        List<Param> ordered = new ArrayList<>(params);
        List<Param> insertion = List.copyOf(params);
        ordered.sort(Comparator.comparingInt((Param p) -> bucket(p.key()))
                .thenComparing(Comparator.comparingInt((Param p) -> insertion.indexOf(p)).reversed()));
        boolean first = true;
        for (Param p : ordered) {
            if (!first) {
                sb.append('&');
            }
            sb.append(p.key()).append('=').append(p.value());
            first = false;
        }
        return sb.toString();
    }

    /** maphash.c hash(): h = tolower(c) + 31 * h over unsigned 32-bit ints, modulo 41. */
    static int bucket(String key) {
        int h = 0;
        for (char c : key.toLowerCase(Locale.ROOT).toCharArray()) {
            h = c + 31 * h;
        }
        return Integer.remainderUnsigned(h, MS_HASHSIZE);
    }
}
