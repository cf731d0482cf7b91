package org.jmapserv.wms.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.ows.OwsMetadata;

/**
 * Everything the GetMap of one {@code CONNECTIONTYPE WMS} layer depends on, read from its METADATA as MapServer's
 * msBuildWMSLayerURLBase / msPrepareWMSLayerRequest read it (see the key table in mapwmslayer.c).
 * <p>Deliberate differences, where MapServer's behaviour is a bug: {@code wms_force_separate_request "true"} works
 * like {@code "1"} (MapServer's atoi reads it as 0); full-URL mode is detected from a real {@code VERSION} or
 * {@code WMTVER} parameter of the CONNECTION, not from any substring such as {@code SLD_VERSION=}.
 */
public record WmsLayerSettings(
        String layerName,
        String onlineResource,
        boolean fullUrlMode,
        WmsVersion version,
        String name,
        String format,
        String style,
        String sldUrl,
        String sldBody,
        String time,
        String bgColor,
        String transparent,
        List<String> srsList,
        String exceptionsFormat,
        boolean essential,
        Boolean strictAxisOrder,
        boolean forceSeparateRequest,
        int timeoutSeconds,
        boolean queryable,
        double[] latLonBoundingBox) {

    /** MapServer's default total timeout for a WMS request, in seconds. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;

    public WmsLayerSettings {
        srsList = List.copyOf(srsList);
    }

    /** Reads the settings of {@code layer}; fails with MapServer's messages when required metadata is missing. */
    public static WmsLayerSettings read(LayerDef layer, MapDef map) throws WmsLayerException {
        Metadata md = layer.metadata();
        String layerName = layer.name() == null ? "(unnamed)" : layer.name();
        String base = layer.connection() != null ? layer.connection() : OwsMetadata.lookup(md, "onlineresource");
        if (base == null || base.isBlank()) {
            throw new WmsLayerException(layerName, "no CONNECTION (or wms_onlineresource) to send GetMap to", null);
        }
        boolean fullUrl = QueryString.parse(base).stream()
                .anyMatch(p -> p.key().equalsIgnoreCase("version") || p.key().equalsIgnoreCase("wmtver"));
        WmsVersion version = readVersion(layerName, base, fullUrl, md);
        String name = OwsMetadata.lookup(md, "name");
        String format = fullUrl ? null : readFormat(layerName, md);
        if (!fullUrl && name == null) {
            throw new WmsLayerException(layerName, "One of wms_onlineresource, wms_server_version, wms_name metadata"
                    + " is missing in layer " + layerName + ". Please either provide a valid CONNECTION URL, or"
                    + " provide those values in the layer's metadata.", null);
        }
        Metadata web = map.web().metadata();
        return new WmsLayerSettings(layerName, base, fullUrl, version, name, format,
                valueOr(OwsMetadata.lookup(md, "style"), ""),
                OwsMetadata.lookup(md, "sld_url"),
                OwsMetadata.lookup(md, "sld_body"),
                OwsMetadata.lookup(md, "time"),
                OwsMetadata.lookup(md, "bgcolor"),
                valueOr(OwsMetadata.lookup(md, "transparent"), "TRUE"),
                readSrsList(layer),
                OwsMetadata.lookup(md, "exceptions_format"),
                isTrue(OwsMetadata.lookup(md, "essential")),
                readStrictAxisOrder(OwsMetadata.lookup(md, "strict_axis_order")),
                isTrue(OwsMetadata.lookup(md, "force_separate_request")),
                readTimeout(OwsMetadata.layerThenMap(md, web, "connectiontimeout")),
                isQueryable(layer),
                readLatLonBox(layerName, OwsMetadata.lookup(md, "latlonboundingbox")));
    }

    /** The STYLES value for the current request: a map-context style name {@code Style{...}} is sent empty. */
    public String styleForRequest() {
        return style.startsWith("Style{") ? "" : style;
    }

    /** The style-specific SLD URL or body ({@code wms_style_<name>_sld[_body]}), when the layer has one. */
    static String styleSld(Metadata md, String style, boolean body) {
        if (style == null || style.isEmpty()) {
            return null;
        }
        return OwsMetadata.lookup(md, "style_" + style + (body ? "_sld_body" : "_sld"));
    }

    private static WmsVersion readVersion(String layer, String base, boolean fullUrl, Metadata md)
            throws WmsLayerException {
        String text = null;
        if (fullUrl) {
            for (QueryString.Param p : QueryString.parse(base)) {
                if (p.key().equalsIgnoreCase("version") || p.key().equalsIgnoreCase("wmtver")) {
                    text = p.value();
                }
            }
        } else {
            text = OwsMetadata.lookup(md, "server_version");
            if (text == null) {
                text = "1.1.1";
            }
        }
        WmsVersion v = WmsVersion.parse(text);
        if (v == null) {
            throw new WmsLayerException(layer, "MapServer supports only WMS 1.0.0 to 1.3.0 (please verify the"
                    + " VERSION parameter in the connection string), got '" + text + "'", null);
        }
        return v;
    }

    /** wms_format verbatim, else the first PNG/JPEG entry of wms_formatlist (split on ',', untrimmed). */
    private static String readFormat(String layer, Metadata md) throws WmsLayerException {
        String format = OwsMetadata.lookup(md, "format");
        if (format != null) {
            return format;
        }
        String list = OwsMetadata.lookup(md, "formatlist");
        if (list == null) {
            throw new WmsLayerException(layer, "At least wms_format or wms_formatlist is required for layer "
                    + layer + ". Please either provide a valid CONNECTION URL, or provide those values in the"
                    + " layer's metadata.", null);
        }
        for (String f : list.split(",")) {
            String lower = f.toLowerCase(Locale.ROOT);
            if (lower.equals("png") || lower.equals("image/png") || lower.equals("jpeg")
                    || lower.equals("image/jpeg")) {
                return f;
            }
        }
        throw new WmsLayerException(layer, "Could not find a format that matches supported input formats in"
                + " wms_formatlist metadata in layer " + layer + ".", null);
    }

    private static List<String> readSrsList(LayerDef layer) {
        String srs = OwsMetadata.lookup(layer.metadata(), "srs");
        List<String> out = new ArrayList<>();
        if (srs != null) {
            for (String s : srs.trim().split("\\s+")) {
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Whether a failure of this layer fails the whole map ({@code wms_essential} / {@code ows_essential}). */
    public static boolean isEssential(LayerDef layer) {
        return isTrue(OwsMetadata.lookup(layer.metadata(), "essential"));
    }

    /** {@code true}/{@code on}/{@code yes} in any case, or a non-zero integer, as MapServer's essential check. */
    static boolean isTrue(String value) {
        if (value == null) {
            return false;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("on") || v.equals("yes")) {
            return true;
        }
        try {
            return Integer.parseInt(v) != 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Boolean readStrictAxisOrder(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("1") || v.startsWith("true")) {
            return Boolean.TRUE;
        }
        if (v.startsWith("0") || v.startsWith("false")) {
            return Boolean.FALSE;
        }
        return null;
    }

    private static int readTimeout(String value) {
        if (value == null) {
            return DEFAULT_TIMEOUT_SECONDS;
        }
        try {
            int t = Integer.parseInt(value.trim());
            return t > 0 ? t : DEFAULT_TIMEOUT_SECONDS;
        } catch (NumberFormatException e) {
            return DEFAULT_TIMEOUT_SECONDS;
        }
    }

    private static boolean isQueryable(LayerDef layer) {
        if (layer.template() != null) {
            return true;
        }
        for (ClassDef c : layer.classes()) {
            if (c.template() != null) {
                return true;
            }
        }
        return false;
    }

    private static double[] readLatLonBox(String layer, String value) throws WmsLayerException {
        if (value == null) {
            return null;
        }
        String[] parts = value.trim().split("\\s+");
        if (parts.length != 4) {
            throw new WmsLayerException(layer, "Wrong number of arguments for 'wms_latlonboundingbox' metadata.",
                    null);
        }
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                box[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new WmsLayerException(layer, "wms_latlonboundingbox value '" + parts[i]
                        + "' is not a number", null);
            }
        }
        return box;
    }

    private static String valueOr(String v, String fallback) {
        return v == null ? fallback : v;
    }
}
