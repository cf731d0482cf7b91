package org.jmapserv.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.jmapserv.geo.AxisOrder;
import org.jmapserv.geo.ProjectionException;
import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.geo.Reprojector;
import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.OutputFormatDef;
import org.jmapserv.mapfile.model.ProjectionDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.Units;
import org.jmapserv.ows.OwsMetadata;
import org.jmapserv.render.RenderRequest;

/**
 * Reads a GetMap request into a per-request map copy, mirroring msWMSLoadGetMapParams (mapwms.cpp) in Debian's
 * mapserv 8.0: its order of checks and exception codes (BBOX arguments, FORMAT, LAYERS by name, group or map name,
 * case-insensitive, enabled for GetMap; STYLES choosing CLASS GROUPs ({@link WmsStyles}); SRS/CRS valid for the map or every requested layer ({@link WmsCrsCheck}); image size; the
 * missing SRS/BBOX/FORMAT/WIDTH/HEIGHT/STYLES parameters), the 1.3.0 BBOX in the CRS's EPSG axis order, a BBOX
 * whose aspect differs from WIDTH/HEIGHT by more than a pixel drawn stretched (MS_NONSQUARE), layers without a
 * PROJECTION keeping the mapfile's (msMapSetLayerProjections), and the edge-based BBOX moved in by half a pixel.
 */
final class WmsGetMap {

    /** The map copy and draw request for one GetMap. */
    record Prepared(MapDef map, RenderRequest request) {
    }

    private final ProjectionFactory projections;
    private final org.jmapserv.server.sld.SldUrl sldUrl;

    WmsGetMap(ProjectionFactory projections, org.jmapserv.server.sld.SldUrl sldUrl) {
        this.projections = projections;
        this.sldUrl = sldUrl;
    }

    Prepared prepare(MapDef map, RequestParams p, boolean v130) throws WmsException {
        return prepare(map, p, v130, true);
    }

    /**
     * {@code stylesRequired}: false for the content-dependent GetLegendGraphic, which msWMSLoadGetMapParams reads
     * without requiring STYLES.
     */
    Prepared prepare(MapDef map, RequestParams p, boolean v130, boolean stylesRequired) throws WmsException {
        String srs = p.first(v130 ? "CRS" : "SRS");
        if (v130 && srs != null && srs.endsWith(",")) {
            srs = srs.substring(0, srs.length() - 1); // as mapserv, for the OGC CITE "CRS=EPSG:4326," request
        }
        Extent bbox = p.first("BBOX") == null ? null : bbox(p.first("BBOX"), srs, v130);
        String format = p.first("FORMAT");
        OutputFormatDef f = format == null ? null : format(map, format);
        if (p.first("LAYERS") == null) {
            throw WmsException.getMap("MissingParameterValue", "Missing required parameter LAYERS");
        }
        String limit = OwsMetadata.lookup(map.web().metadata(), "layerlimit");
        if (v130 && limit != null && p.first("LAYERS").split(",").length > atoi(limit)) {
            throw WmsException.getMap(null, "Number of layers requested exceeds LayerLimit.");
        }
        List<LayerDef> ordered = layers(map, p.first("LAYERS"));
        if (srs != null) {
            WmsCrsCheck.requireValidForLayers(map, ordered, srs, v130);
        }
        int width = size(p.first("WIDTH"), map.width(), map.maxSize());
        int height = size(p.first("HEIGHT"), map.height(), map.maxSize());
        ordered = WmsStyles.apply(map, ordered, p.first("LAYERS"), p.last("STYLES"));
        ordered = WmsDimensions.apply(ordered, p);
        ordered = vendorFilter(ordered, p, filterFrame(map, srs, v130));
        ordered = languageSpecific(map, ordered, p);
        requirePresent(p, v130 ? "CRS" : "SRS", "BBOX", "FORMAT", "WIDTH", "HEIGHT");
        if (stylesRequired && p.first("STYLES") == null
                && map.web().metadata().value("wms_allow_getmap_without_styles") == null) {
            throw WmsException.getMap("MissingParameterValue", "Missing required parameter STYLES. Note to service "
                    + "administrators: defining the \"wms_allow_getmap_without_styles\" \"true\" MAP.WEB.METADATA "
                    + "item will disable this check (backward compatibility with behaviour of MapServer < 8.0)");
        }
        MapDef.Builder b = withSld(map, ordered, p).toBuilder();
        ordered = b.layers;
        boolean nonSquare = nonSquare(map, bbox, width, height);
        if (nonSquare) {
            b.config = map.config().with("MS_NONSQUARE", "YES");
        }
        ProjectionDef requested = projection(map, srs, v130);
        b.layers = nonSquare || Reprojector.argsDiffer(map.projection().args(), requested.args())
                ? withMapProjection(ordered, map.projection()) : ordered;
        b.projection = requested;
        Units units = unitsOf(requested);
        if (units != null) {
            b.units = units;
        }
        Color bg = bgColor(p.first("BGCOLOR"));
        if (bg != null) {
            b.imageColor = bg;
        }
        b.outputFormats = withChosenFormat(b.outputFormats, f, "TRUE".equalsIgnoreCase(p.first("TRANSPARENT")));
        Extent drawn = "TRUE".equalsIgnoreCase(p.first("BBOX_PIXEL_IS_POINT")) ? bbox
                : halfPixelIn(bbox, width, height);
        b.extent = drawn;
        WmsFormats.requireWritable(f); // 8.0 draws, then fails to save
        RenderRequest request = RenderRequest.defaults().withExtent(drawn).withSize(width, height)
                .withOutputFormat("wms_getmap");
        return new Prepared(b.build(), request);
    }

    /**
     * msWMSApplyFilter's frame: FILTER geometries are in the request CRS, axes swapped in 1.3.0 for a lat/long
     * EPSG code (def_srs_needs_axis_swap).
     */
    private org.jmapserv.server.sld.FilterFrame filterFrame(MapDef map, String srs, boolean v130) {
        if (srs == null) {
            return org.jmapserv.server.sld.FilterFrame.AS_GIVEN;
        }
        ProjectionDef requested;
        try {
            requested = projection(map, srs, v130);
        } catch (WmsException e) {
            return org.jmapserv.server.sld.FilterFrame.AS_GIVEN;
        }
        boolean defaultSwap = v130 && projections.fromStringEpsgAxisOrder(srs).northEastAxes();
        boolean differs = Reprojector.argsDiffer(map.projection().args(), requested.args());
        return new org.jmapserv.server.sld.FilterFrame(
                srsName -> v130 && (srsName == null ? defaultSwap
                        : projections.fromStringEpsgAxisOrder(srsName).northEastAxes()),
                (srsName, l) -> {
                    List<String> args = !l.projection().args().isEmpty() ? l.projection().args()
                            : differs ? map.projection().args() : List.of();
                    org.jmapserv.geo.Projection from = srsName == null
                            ? projections.fromMapfileArgs(requested.args()) : projections.fromString(srsName);
                    if (args.isEmpty() || !from.isDefined()) {
                        return java.util.function.UnaryOperator.identity();
                    }
                    Reprojector r = Reprojector.between(from, projections.fromMapfileArgs(args));
                    return r::transform;
                });
    }

    /** FLTApplyFilterToLayer for the vendor FILTER parameter: one ogc:Filter per LAYERS entry. */
    private static List<LayerDef> vendorFilter(List<LayerDef> layers, RequestParams p,
            org.jmapserv.server.sld.FilterFrame frame) throws WmsException {
        String filter = p.first("FILTER");
        if (filter == null || filter.isBlank()) {
            return layers;
        }
        try {
            return org.jmapserv.server.sld.FilterParameter.apply(layers, p.first("LAYERS"), filter, frame);
        } catch (org.jmapserv.server.sld.SldException e) {
            if (e.complete()) {
                throw new WmsException(e.code(), e.getMessage());
            }
            throw WmsException.getMap(null, "Invalid FILTER: " + e.getMessage());
        }
    }

    /**
     * msSLDApplySLDURL / msSLDApplySLD: the document SLD names, then SLD_BODY, restyle the layers their NamedLayers
     * name, for this request only.
     */
    private MapDef withSld(MapDef map, List<LayerDef> layers, RequestParams p) throws WmsException {
        MapDef.Builder b = map.toBuilder();
        b.layers = layers;
        MapDef withLayers = b.build();
        String url = p.first("SLD");
        String body = p.first("SLD_BODY");
        try {
            MapDef out = withLayers;
            if (url != null && !url.isEmpty()) {
                out = org.jmapserv.server.sld.SldApplier.apply(out, sldUrl.fetch(map, url));
            }
            if (body != null && !body.isBlank()) {
                out = org.jmapserv.server.sld.SldApplier.apply(out, body);
            }
            return out;
        } catch (org.jmapserv.server.sld.SldException e) {
            throw new WmsException(null, e.report());
        }
    }

    private static OutputFormatDef format(MapDef map, String format) throws WmsException {
        OutputFormatDef f = WmsFormats.find(map, format);
        String list = map.web().metadata().value("wms_getmap_formatlist");
        if (f != null && list != null && !WmsFormats.listed(map, list).contains(f.mimeType())) {
            f = null; // msOwsIsOutputFormatValid: only the listed formats are served
        }
        if (f == null) {
            throw new WmsException("InvalidFormat", "msWMSLoadGetMapParams(): Image handling error. "
                    + "Unsupported output format (" + format + ").");
        }
        return f;
    }

    private static List<OutputFormatDef> withChosenFormat(List<OutputFormatDef> formats, OutputFormatDef f,
            boolean transparent) {
        OutputFormatDef chosen = new OutputFormatDef("wms_getmap", f.driver(), f.mimeType(), f.extension(),
                transparent ? OutputFormatDef.ImageMode.RGBA : f.imageMode(), transparent, f.formatOptions(),
                SourcePosition.NONE);
        List<OutputFormatDef> out = new ArrayList<>(formats);
        out.add(0, chosen);
        return out;
    }

    private static void requirePresent(RequestParams p, String... names) throws WmsException {
        for (String name : names) {
            if (p.first(name) == null) {
                throw WmsException.getMap("MissingParameterValue", "Missing required parameter " + name);
            }
        }
    }

    /**
     * More than one pixel off square pixels turns MS_NONSQUARE on for this request, as msWMSLoadGetMapParams
     * does: the BBOX is then drawn into WIDTH x HEIGHT as asked rather than grown to keep pixels square.
     */
    static boolean nonSquare(MapDef map, Extent bbox, int width, int height) {
        if ("YES".equalsIgnoreCase(map.config().value("MS_NONSQUARE"))) {
            return true;
        }
        double dx = Math.abs(bbox.maxX() - bbox.minX());
        double dy = Math.abs(bbox.maxY() - bbox.minY());
        return Math.abs(width * dy / dx - height) > 1.0;
    }

    /**
     * The request as GetMap draws it. A stretched (MS_NONSQUARE) draw maps a point to pixel
     * {@code (x - minx) / (W / width)} from the BBOX's edges, as 8.0's geotransform does (measured on its GetMap
     * images: half a pixel right and down of the pixel-centre mapping), while the map's extent (templates,
     * GetFeatureInfo, hit tests) stays the pixel-centre one: only the drawn grid moves.
     */
    static Prepared forDrawing(Prepared p) {
        RenderRequest r = p.request();
        if (!"YES".equalsIgnoreCase(p.map().config().value("MS_NONSQUARE")) || r.width() <= 1 || r.height() <= 1) {
            return p;
        }
        Extent e = r.extent();
        double cx = (e.maxX() - e.minX()) / (r.width() - 1) / 2;
        double cy = (e.maxY() - e.minY()) / (r.height() - 1) / 2;
        Extent moved = new Extent(e.minX() - cx, e.minY() + cy, e.maxX() - cx, e.maxY() + cy);
        MapDef.Builder b = p.map().toBuilder();
        b.extent = moved;
        return new Prepared(b.build(), r.withExtent(moved));
    }

    /** WMS boxes are edge to edge, MapServer extents pixel centre to pixel centre. */
    private static Extent halfPixelIn(Extent e, int width, int height) {
        if (width <= 1 || height <= 1) {
            return e;
        }
        double dx = (e.maxX() - e.minX()) / width * 0.5;
        double dy = (e.maxY() - e.minY()) / height * 0.5;
        return new Extent(e.minX() + dx, e.minY() + dy, e.maxX() - dx, e.maxY() - dy);
    }

    /**
     * msMapSetLanguageSpecificConnection: with {@code wms_languages} (LANGUAGE is read when INSPIRE capabilities
     * are on), {@code %language%} in DATA and CONNECTION becomes the negotiated language (the list's first by
     * default).
     */
    static List<LayerDef> languageSpecific(MapDef map, List<LayerDef> layers, RequestParams p) {
        String requested = OwsMetadata.lookup(map.web().metadata(), "inspire_capabilities") == null ? null
                : p.first("LANGUAGE");
        return languageSpecific(layers, OwsMetadata.language(map.web().metadata(), requested));
    }

    /** {@code %language%} in DATA and CONNECTION replaced by {@code lang} (none: unchanged). */
    static List<LayerDef> languageSpecific(List<LayerDef> layers, String lang) {
        if (lang == null) {
            return layers;
        }
        List<LayerDef> out = new ArrayList<>(layers.size());
        for (LayerDef l : layers) {
            boolean data = l.data() != null && l.data().contains("%language%");
            boolean conn = l.connection() != null && l.connection().contains("%language%");
            if (!data && !conn) {
                out.add(l);
                continue;
            }
            LayerDef.Builder b = l.toBuilder();
            if (data) {
                b.data = l.data().replace("%language%", lang);
            }
            if (conn) {
                b.connection = l.connection().replace("%language%", lang);
            }
            out.add(b.build());
        }
        return out;
    }

    /** msMapSetLayerProjections: a layer without PROJECTION is in the mapfile's CRS, not the requested one. */
    private static List<LayerDef> withMapProjection(List<LayerDef> layers, ProjectionDef mapProjection) {
        List<LayerDef> out = new ArrayList<>(layers.size());
        for (LayerDef l : layers) {
            if (l.projection().isEmpty() && !mapProjection.isEmpty()) {
                LayerDef.Builder lb = l.toBuilder();
                lb.projection = mapProjection;
                out.add(lb.build());
            } else {
                out.add(l);
            }
        }
        return out;
    }

    private static Extent bbox(String value, String srs, boolean v130) throws WmsException {
        String[] parts = value.split(",");
        if (parts.length != 4) {
            throw WmsException.getMap(null, "Wrong number of arguments for BBOX.");
        }
        double[] d = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                d[i] = Double.parseDouble(parts[i].trim());
            }
        } catch (NumberFormatException e) {
            throw WmsException.getMap(null, "Invalid values for BBOX.");
        }
        if (v130 && invertedAxes(srs)) {
            d = new double[] {d[1], d[0], d[3], d[2]};
        }
        Extent e = new Extent(d[0], d[1], d[2], d[3]);
        if (!(e.maxX() > e.minX() && e.maxY() > e.minY())) {
            throw WmsException.getMap(null, "Invalid values for BBOX.");
        }
        return e;
    }

    private static boolean invertedAxes(String srs) {
        if (srs == null) {
            return false;
        }
        String u = srs.toUpperCase(Locale.ROOT);
        if (!u.startsWith("EPSG:")) {
            return false;
        }
        try {
            return AxisOrder.isInverted(Integer.parseInt(u.substring(5)));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** atoi as mapserv reads WIDTH/HEIGHT (garbage is 0); an absent value is the mapfile's SIZE until later. */
    private static int size(String value, int fallback, int max) throws WmsException {
        int n = fallback;
        if (value != null) {
            java.util.regex.Matcher m = LEADING_INT.matcher(value);
            n = m.lookingAt() ? parseClamped(m.group()) : 0;
        }
        if (n < 1 || n > max) {
            throw WmsException.getMap(null, "Image size out of range, WIDTH and HEIGHT must be between 1 and "
                    + max + " pixels.");
        }
        return n;
    }

    private static int atoi(String s) {
        java.util.regex.Matcher m = LEADING_INT.matcher(s);
        return m.lookingAt() ? parseClamped(m.group()) : 0;
    }

    private static final java.util.regex.Pattern LEADING_INT = java.util.regex.Pattern.compile("\\s*[+-]?\\d+");

    private static int parseClamped(String digits) {
        try {
            return Integer.parseInt(digits.trim());
        } catch (NumberFormatException tooLong) {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * LAYERS names match a layer's NAME or GROUP, or the map's NAME for every layer, case-insensitively; DEFAULT
     * layers stay first, the requested ones follow in request order, the rest go OFF.
     */
    private static List<LayerDef> layers(MapDef map, String list) throws WmsException {
        List<LayerDef> all = map.layers();
        boolean[] enabled = org.jmapserv.ows.OwsRequestEnabling.layersEnabled(map, "GetMap");
        boolean[] taken = new boolean[all.size()];
        List<LayerDef> requested = new ArrayList<>();
        for (String name : new LinkedHashSet<>(List.of(list.split(",", -1)))) {
            boolean found = false;
            for (int i = 0; i < all.size(); i++) {
                LayerDef l = all.get(i);
                if (enabled[i] && (name.equalsIgnoreCase(l.name()) || name.equalsIgnoreCase(l.group())
                        || (map.name() != null && name.equalsIgnoreCase(map.name())))) {
                    found = true;
                    if (!taken[i] && l.status() != Status.DEFAULT) {
                        taken[i] = true;
                        requested.add(withStatus(l, Status.ON));
                    }
                }
            }
            if (!found) {
                throw WmsException.getMap("LayerNotDefined", "Invalid layer(s) given in the LAYERS parameter. "
                        + "A layer might be disabled for this request. Check wms/ows_enable_request settings.");
            }
        }
        List<LayerDef> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            LayerDef l = all.get(i);
            if (l.status() == Status.DEFAULT) {
                out.add(l);
            } else if (!taken[i]) {
                out.add(withStatus(l, Status.OFF));
            }
        }
        out.addAll(requested);
        return out;
    }

    private static LayerDef withStatus(LayerDef l, Status s) {
        LayerDef.Builder b = l.toBuilder();
        b.status = s;
        return b.build();
    }

    /**
     * The requested CRS as the map's new PROJECTION. A map without PROJECTION cannot take one; a code PROJ cannot
     * load fails as mapserv's msProcessProjection does (no exception code).
     */
    private ProjectionDef projection(MapDef map, String srs, boolean v130) throws WmsException {
        if (map.projection().isEmpty()) {
            String what = v130 ? "CRS" : "SRS";
            throw WmsException.getMap(v130 ? "InvalidCRS" : "InvalidSRS", "Cannot set new " + what + " on a map "
                    + "that doesn't have any projection set. Please make sure your mapfile has a projection defined "
                    + "at the top level.");
        }
        String code = srs.equalsIgnoreCase("CRS:84") ? "EPSG:4326" : srs;
        List<String> args = List.of("init=" + code.toLowerCase(Locale.ROOT));
        try {
            projections.fromMapfileArgs(args);
        } catch (ProjectionException e) {
            throw new WmsException(null, "msProcessProjection(): Projection library error. proj error \""
                    + e.getMessage() + "\" for \"" + srs + "\"");
        }
        return new ProjectionDef(args, SourcePosition.NONE);
    }

    /**
     * GetMapserverUnitUsingProj, as msWMSLoadGetMapParams sets the map's UNITS from the requested CRS: DD for a
     * geographic CRS, else the CRS's linear unit (m, ft, us-ft, km, mi, in, nmi); null (UNITS kept) otherwise.
     */
    private Units unitsOf(ProjectionDef requested) {
        org.jmapserv.geo.Projection p;
        try {
            p = projections.fromMapfileArgs(requested.args());
        } catch (ProjectionException e) {
            return null;
        }
        if (p.isGeographic()) {
            return Units.DD;
        }
        if (p.crs() == null || p.crs().getProjection() == null || p.crs().getProjection().getUnits() == null) {
            return null;
        }
        return switch (p.crs().getProjection().getUnits().abbreviation) {
            case "m" -> Units.METERS;
            case "ft", "us-ft" -> Units.FEET;
            case "km" -> Units.KILOMETERS;
            case "mi" -> Units.MILES;
            case "in" -> Units.INCHES;
            case "kmi", "nmi" -> Units.NAUTICALMILES;
            default -> null;
        };
    }

    private static Color bgColor(String v) throws WmsException {
        if (v == null || v.isEmpty()) {
            return null;
        }
        String hex = v.startsWith("0x") || v.startsWith("0X") ? v.substring(2) : v;
        try {
            int rgb = Integer.parseInt(hex, 16);
            return Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
        } catch (NumberFormatException e) {
            throw WmsException.getMap(null, "Invalid BGCOLOR.");
        }
    }
}
