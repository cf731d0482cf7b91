package org.jmapserv.wms.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jmapserv.geo.AxisOrder;
import org.jmapserv.geo.EpsgCodes;
import org.jmapserv.geo.PixelGrid;
import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.geo.Rect;
import org.jmapserv.geo.Reprojector;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.ProjectionDef;

/**
 * Builds the GetMap of one WMS layer for one map view; mirrors msBuildWMSLayerURL (mapwmslayer.c): request CRS
 * choice (map CRS if the layer lists it, else the layer's first SRS), the edge-based BBOX grown half a cell from
 * the pixel-centre map extent (#2843) and reprojected when the CRSs differ, the 1.3.0 axis flip, per-parameter
 * encodings and MapServer's parameter set per version.
 * <p>Deliberate difference: parameters of the CONNECTION that we set ourselves (LAYERS, BBOX, ...) are replaced,
 * not duplicated as MapServer does; the CONNECTION's other (vendor) parameters pass through unchanged.
 */
public final class GetMapRequestBuilder {

    private static final List<String> OWN_KEYS = List.of("VERSION", "WMTVER", "SERVICE", "LAYERS", "FORMAT", "STYLES",
            "SLD", "SLD_BODY", "QUERY_LAYERS", "TIME", "BGCOLOR", "TRANSPARENT", "REQUEST", "WIDTH", "HEIGHT", "SRS",
            "CRS", "BBOX", "EXCEPTIONS");

    private final RectTransformer transformer;

    /** Reprojects a rectangle between two CRSs given as projection args (msProjectRect). */
    @FunctionalInterface
    public interface RectTransformer {
        Rect transform(Rect rect, List<String> fromArgs, List<String> toArgs);
    }

    /** The builder MapServer users get: rectangles reprojected through proj4j as msProjectRect does. */
    public static GetMapRequestBuilder withProj4j() {
        ProjectionFactory factory = new ProjectionFactory();
        return new GetMapRequestBuilder((rect, from, to) -> Reprojector.between(factory.fromMapfileArgs(from),
                factory.fromMapfileArgs(to)).transform(rect));
    }

    public GetMapRequestBuilder(RectTransformer transformer) {
        this.transformer = transformer;
    }

    /**
     * The request for {@code layer}, or empty when MapServer would send none (outside wms_latlonboundingbox).
     */
    public Optional<GetMapRequest> build(WmsLayerSettings s, LayerDef layer, ProjectionDef mapProjection,
            PixelGrid grid) throws WmsLayerException {
        String crs = chooseCrs(s, layer, mapProjection);
        if (crs.toUpperCase(Locale.ROOT).startsWith("AUTO:") && crs.indexOf(',') < 0) {
            crs = withViewCentre(s, crs, mapProjection, grid);
        }
        List<String> crsArgs = crs.toUpperCase(Locale.ROOT).startsWith("AUTO:") ? List.of(crs)
                : List.of("init=" + crs.toLowerCase(Locale.ROOT));
        Rect bbox = grid.edgeBounds();
        if (!mapProjection.isEmpty() && !sameCrs(mapProjection.args(), crs)) {
            bbox = reproject(s, bbox, mapProjection.args(), crsArgs, crs);
        }
        if (s.latLonBoundingBox() != null && !overlapsLatLonBox(s, bbox, crsArgs)) {
            return Optional.empty();
        }
        List<GetMapRequest.Param> params = new ArrayList<>();
        String base = s.fullUrlMode() ? stripKeys(s.onlineResource(), List.of("REQUEST", "WIDTH", "HEIGHT", "SRS",
                "CRS", "BBOX", "EXCEPTIONS")) : stripKeys(s.onlineResource(), OWN_KEYS);
        if (!s.fullUrlMode()) {
            addMetadataParams(s, layer, params);
        }
        WmsVersion v = s.version();
        params.add(new GetMapRequest.Param("REQUEST", v.getMapRequestName()));
        params.add(new GetMapRequest.Param("WIDTH", Integer.toString(grid.width())));
        params.add(new GetMapRequest.Param("HEIGHT", Integer.toString(grid.height())));
        params.add(new GetMapRequest.Param(v.crsParameter(), crs));
        params.add(new GetMapRequest.Param("BBOX", formatBbox(bbox, flipAxes(s, crs))));
        if (!s.essential()) {
            String exceptions = s.exceptionsFormat() != null ? s.exceptionsFormat() : v.defaultInImageExceptions();
            params.add(new GetMapRequest.Param("EXCEPTIONS", exceptions));
        }
        List<String> names = s.name() == null ? List.of() : List.of(s.name());
        return Optional.of(new GetMapRequest(base, params, crs, bbox, grid.width(), grid.height(), names));
    }

    private static void addMetadataParams(WmsLayerSettings s, LayerDef layer, List<GetMapRequest.Param> params) {
        WmsVersion v = s.version();
        params.add(new GetMapRequest.Param(v == WmsVersion.V1_0_0 ? "WMTVER" : "VERSION", v.text()));
        params.add(new GetMapRequest.Param("SERVICE", "WMS"));
        params.add(new GetMapRequest.Param("LAYERS", WmsParameterEncoder.encode(s.name(), ",")));
        params.add(new GetMapRequest.Param("FORMAT",
                WmsParameterEncoder.encode(s.format(), v == WmsVersion.V1_3_0 ? "" : "/")));
        params.add(new GetMapRequest.Param("STYLES", WmsParameterEncoder.encode(s.styleForRequest(), ",")));
        String styleSld = WmsLayerSettings.styleSld(layer.metadata(), s.style(), false);
        String styleSldBody = WmsLayerSettings.styleSld(layer.metadata(), s.style(), true);
        if (styleSld != null) {
            params.add(new GetMapRequest.Param("SLD", WmsParameterEncoder.encode(styleSld, "")));
        } else if (styleSldBody != null) {
            params.add(new GetMapRequest.Param("SLD_BODY", WmsParameterEncoder.encode(styleSldBody, "")));
        } else if (s.sldUrl() != null) {
            params.add(new GetMapRequest.Param("SLD", WmsParameterEncoder.encode(s.sldUrl(), "")));
        } else if (s.sldBody() != null) {
            params.add(new GetMapRequest.Param("SLD_BODY", WmsParameterEncoder.encode(s.sldBody(), "")));
        }
        if (s.queryable()) {
            params.add(new GetMapRequest.Param("QUERY_LAYERS", WmsParameterEncoder.encode(s.name(), "")));
        }
        if (s.time() != null && !s.time().isEmpty()) {
            params.add(new GetMapRequest.Param("TIME", WmsParameterEncoder.encode(s.time(), "")));
        }
        addDimensions(layer, params);
        if (s.bgColor() != null) {
            params.add(new GetMapRequest.Param("BGCOLOR", WmsParameterEncoder.encode(s.bgColor(), "")));
        }
        params.add(new GetMapRequest.Param("TRANSPARENT", WmsParameterEncoder.encode(s.transparent(), "")));
    }

    /**
     * {@code wms_dimension_<name>} values (also {@code ows_}) become the WMS dimension parameters: TIME and ELEVATION
     * by their own name, any other as {@code DIM_<NAME>} (WMS 1.1.1 annex C / 1.3.0 annex C). MapServer 8.0's client
     * has no dimension support; this follows the specifications, and wms_time keeps precedence for TIME.
     */
    private static void addDimensions(LayerDef layer, List<GetMapRequest.Param> params) {
        for (var e : layer.metadata().entries()) {
            String key = e.key().toLowerCase(Locale.ROOT);
            String name = key.startsWith("wms_dimension_") ? key.substring(14)
                    : key.startsWith("ows_dimension_") ? key.substring(14) : null;
            if (name == null || name.isEmpty() || e.value().isEmpty()) {
                continue;
            }
            String param = name.equals("time") || name.equals("elevation") ? name.toUpperCase(Locale.ROOT)
                    : "DIM_" + name.toUpperCase(Locale.ROOT);
            if (params.stream().noneMatch(p -> p.key().equals(param))) {
                params.add(new GetMapRequest.Param(param, WmsParameterEncoder.encode(e.value(), "")));
            }
        }
    }

    /** msOWSGetEPSGProj on the map, looked up in the layer's list; else the list's first entry. */
    static String chooseCrs(WmsLayerSettings s, LayerDef layer, ProjectionDef mapProjection)
            throws WmsLayerException {
        List<String> candidates = s.srsList();
        if (candidates.isEmpty()) {
            candidates = EpsgCodes.fromArgs(layer.projection().args()).map(List::of).orElse(List.of());
        }
        Optional<String> mapCode = EpsgCodes.fromArgs(mapProjection.args());
        if (mapCode.isPresent() && isEpsgOrAuto(mapCode.get())) {
            for (String c : candidates) {
                if (c.equals(mapCode.get())) {
                    return c;
                }
            }
        }
        if (candidates.isEmpty() || !isEpsgOrAuto(candidates.get(0))) {
            throw new WmsLayerException(s.layerName(), "Layer must have an EPSG or AUTO projection code (in its"
                    + " PROJECTION object or wms_srs metadata)", null);
        }
        return candidates.get(0);
    }

    private static boolean isEpsgOrAuto(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        return upper.startsWith("EPSG:") || upper.startsWith("AUTO:");
    }

    private static boolean sameCrs(List<String> mapArgs, String crs) {
        return EpsgCodes.fromArgs(mapArgs).map(code -> code.equalsIgnoreCase(crs)).orElse(false);
    }

    private boolean overlapsLatLonBox(WmsLayerSettings s, Rect bbox, List<String> crsArgs)
            throws WmsLayerException {
        double[] b = s.latLonBoundingBox();
        Rect box = reproject(s, new Rect(b[0], b[1], b[2], b[3]), List.of("init=epsg:4326"), crsArgs, "EPSG:4326");
        return box.minX() <= bbox.maxX() && bbox.minX() <= box.maxX() && box.minY() <= bbox.maxY()
                && bbox.minY() <= box.maxY();
    }

    /** An AUTO code without parameters gets {@code ,9001,lon,lat} of the view centre (msBuildWMSLayerURL). */
    private String withViewCentre(WmsLayerSettings s, String crs, ProjectionDef mapProjection, PixelGrid grid)
            throws WmsLayerException {
        Rect e = grid.extent();
        Rect centre = new Rect((e.minX() + e.maxX()) / 2, (e.minY() + e.maxY()) / 2, (e.minX() + e.maxX()) / 2,
                (e.minY() + e.maxY()) / 2);
        if (!mapProjection.isEmpty()) {
            centre = reproject(s, centre, mapProjection.args(), List.of("init=epsg:4326"), "EPSG:4326");
        }
        return crs + ",9001," + CNumberFormat.g15(centre.minX()) + "," + CNumberFormat.g15(centre.minY());
    }

    private Rect reproject(WmsLayerSettings s, Rect rect, List<String> from, List<String> to, String what)
            throws WmsLayerException {
        try {
            return transformer.transform(rect, from, to);
        } catch (RuntimeException e) {
            throw new WmsLayerException(s.layerName(), "WMS GetMap failed to load projection for layer '"
                    + s.layerName() + "': cannot reproject to " + what + " (" + e.getMessage() + ")", null);
        }
    }

    private static boolean flipAxes(WmsLayerSettings s, String crs) {
        boolean strict = s.strictAxisOrder() != null ? s.strictAxisOrder() : s.version().strictAxisOrderByDefault();
        if (!strict || !crs.toUpperCase(Locale.ROOT).startsWith("EPSG:")) {
            return false;
        }
        try {
            return AxisOrder.isInverted(Integer.parseInt(crs.substring(5).trim()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String formatBbox(Rect r, boolean flip) {
        double[] v = flip ? new double[] {r.minY(), r.minX(), r.maxY(), r.maxX()}
                : new double[] {r.minX(), r.minY(), r.maxX(), r.maxY()};
        return CNumberFormat.g15(v[0]) + "," + CNumberFormat.g15(v[1]) + "," + CNumberFormat.g15(v[2]) + ","
                + CNumberFormat.g15(v[3]);
    }

    private static String stripKeys(String url, List<String> keys) {
        List<QueryString.Param> kept = new ArrayList<>();
        for (QueryString.Param p : QueryString.parse(url)) {
            if (keys.stream().noneMatch(k -> k.equalsIgnoreCase(p.key()))) {
                kept.add(p);
            }
        }
        StringBuilder sb = new StringBuilder(QueryString.base(url)).append('?');
        for (int i = 0; i < kept.size(); i++) {
            sb.append(i == 0 ? "" : "&").append(kept.get(i).raw());
        }
        return sb.toString();
    }
}
