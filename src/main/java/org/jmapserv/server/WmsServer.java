package org.jmapserv.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.data.LayerSources;
import org.jmapserv.ows.OwsMetadata;
import org.jmapserv.ows.OwsRequestEnabling;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderedMap;
import org.jmapserv.render.output.OutputFormat;

/**
 * The OGC WMS server on the mapserv endpoint, mirroring msWMSDispatch (mapwms.cpp): VERSION or WMTVER parsed as
 * msOWSParseVersionString does (1.0.0 to 1.3.0 served), requests gated by {@code wms_enable_request} /
 * {@code ows_enable_request} at map and layer level (required since MapServer 7.2): GetCapabilities, GetMap,
 * GetLegendGraphic, DescribeLayer, GetStyles and GetSchemaExtension; anything else is an "Incomplete or unsupported WMS
 * request" exception. Errors honour EXCEPTIONS (XML, INIMAGE, BLANK in each version's spelling).
 */
public final class WmsServer {

    private final MapDrawer drawer;
    private final WmsGetMap getMap;
    private final WmsCapabilities capabilities;
    private final WmsExceptionImage exceptionImages;
    private final WmsLegendGraphic legendGraphic;
    private final WmsFeatureInfo featureInfo;

    /** {@code queries} is the endpoint's one query engine, shared with mapserv's query modes. */
    public WmsServer(MapDrawer drawer, ProjectionFactory projections, MapRenderer renderer, LayerSources sources,
            org.jmapserv.query.QueryEngine queries) {
        this.drawer = drawer;
        this.exceptionImages = new WmsExceptionImage(renderer);
        org.jmapserv.server.sld.SldUrl sldUrl = new org.jmapserv.server.sld.SldUrl(
                renderer.remoteAccess().orElse(null));
        this.getMap = new WmsGetMap(projections, sldUrl);
        this.capabilities = new WmsCapabilities(projections, new WmsLayerExtent(sources), new WmsLegendSizes(renderer));
        this.legendGraphic = new WmsLegendGraphic(renderer, new WmsContentLegend(getMap, queries, renderer), sldUrl);
        this.featureInfo = new WmsFeatureInfo(getMap, queries);
    }

    /** SERVICE=WMS, or REQUEST=GetMap/GetFeatureInfo without SERVICE (#2531). */
    public static boolean isWmsRequest(RequestParams params) {
        String service = params.first("service");
        if (service != null) {
            return service.equalsIgnoreCase("WMS");
        }
        String request = params.first("request");
        return request != null && (request.equalsIgnoreCase("GetMap") || request.equalsIgnoreCase("map")
                || request.equalsIgnoreCase("GetFeatureInfo"));
    }

    public MapservResponse handle(MapDef map, RequestParams params, String endpointUrl, String mapParam)
            throws MapservException {
        String version = params.first("version");
        if (version == null) {
            version = params.first("wmtver");
        }
        int v = WmsVersion.NOT_SET;
        String exceptions = params.first("EXCEPTIONS");
        try {
            v = WmsVersion.parse(version);
            String request = params.first("request");
            String op = request == null ? "" : request.toLowerCase(Locale.ROOT);
            if (op.equals("getcapabilities") || op.equals("capabilities")) {
                return capabilities(map, params, v, endpointUrl, mapParam);
            }
            if (op.equals("getcontext") || op.equals("context")) {
                v = WmsVersion.V111;
                throw new WmsException(null, "msWMSDispatch(): WMS server error. "
                        + (OwsMetadata.lookup(map.web().metadata(), "getcontext_enabled") == null
                        ? "GetContext not enabled on this server." : "GetContext is not supported by jmapserv."));
            }
            WmsDispatchCheck.requireVersionAndRequest(v, version, request);
            String name = switch (op) {
                case "getmap", "map" -> "GetMap";
                case "getfeatureinfo", "feature_info" -> "GetFeatureInfo";
                case "getlegendgraphic" -> "GetLegendGraphic";
                case "describelayer" -> "DescribeLayer";
                case "getschemaextension" -> "GetSchemaExtension";
                case "getstyles" -> "GetStyles";
                default -> throw new WmsException(null, "msWMSDispatch(): WMS server error. "
                        + "Incomplete or unsupported WMS request");
            };
            WmsDispatchCheck.requireEnabledLayers(map, name);
            boolean v130 = v >= WmsVersion.V130;
            return switch (name) {
                case "GetFeatureInfo" -> featureInfo.handle(map, params, v130);
                case "GetLegendGraphic" -> legendGraphic.handle(map, params, v);
                case "DescribeLayer" -> WmsDescribeLayer.write(map, params, v, version);
                case "GetSchemaExtension" -> MapservResponse.text(200, "text/xml; charset=UTF-8",
                        WmsDescribeLayer.schemaExtension());
                case "GetStyles" -> WmsGetStyles.write(map, params, v);
                default -> getMap(map, params, v, v130);
            };
        } catch (WmsException e) {
            return exception(map, params, e, v, exceptions);
        }
    }

    private MapservResponse capabilities(MapDef map, RequestParams params, int v, String endpointUrl,
            String mapParam) throws WmsException {
        int version = v;
        if (version == WmsVersion.NOT_SET) {
            String md = map.web().metadata().value("wms_getcapabilities_version");
            version = md == null ? WmsVersion.V130 : WmsVersion.parse(md);
        }
        if (!OwsRequestEnabling.globallyEnabled(map, "GetCapabilities")
                && !WmsDispatchCheck.anyLayerEnabled(map, "GetCapabilities")) {
            throw new VersionedException(version, "msWMSGetCapabilities(): WMS server error. WMS request not "
                    + "enabled. Check wms/ows_enable_request settings.");
        }
        String language = OwsMetadata.lookup(map.web().metadata(), "inspire_capabilities") == null ? null
                : params.first("LANGUAGE");
        try {
            String xml = capabilities.write(map, version, onlineResource(map, endpointUrl, mapParam),
                    params.first("UPDATESEQUENCE"), language);
            return MapservResponse.text(200, WmsCapabilities.contentType(version), xml);
        } catch (WmsException e) {
            throw new VersionedException(version, e);
        }
    }

    /** msWMSException: XML in the version's form, or an image for INIMAGE / BLANK (the default in 1.0.0). */
    private MapservResponse exception(MapDef map, RequestParams params, WmsException e, int v, String exceptions) {
        int version = e instanceof VersionedException ve ? ve.version
                : e instanceof WmsDispatchCheck.UnversionedException ? WmsVersion.NOT_SET : v;
        if (!WmsVersion.supported(version) && version != WmsVersion.NOT_SET) {
            version = WmsVersion.NOT_SET;
        }
        WmsExceptionImage.Kind kind = WmsExceptionImage.kind(exceptions);
        if (exceptions == null && version == WmsVersion.V100) {
            kind = WmsExceptionImage.Kind.INIMAGE;
        }
        MapservResponse img = kind == WmsExceptionImage.Kind.XML ? null
                : exceptionImages.write(map, params, e, kind);
        return img != null ? img : WmsExceptionReport.of(e, version, exceptions);
    }

    /**
     * A server-side failure of a WMS request (an internal error with its incident id, a busy server, a draw past
     * its time limit) in the request's own exception form (XML for its version, or INIMAGE/BLANK), keeping the
     * HTTP status as MapServer does with MS_WMS_ERROR_STATUS_CODE on: clients that read the status see a server
     * error, clients that read the body see a ServiceException.
     */
    public MapservResponse serverError(MapDef map, RequestParams params, MapservException e) {
        String version = params.first("version");
        int v;
        try {
            v = WmsVersion.parse(version == null ? params.first("wmtver") : version);
        } catch (WmsException unparsable) {
            v = WmsVersion.NOT_SET;
        }
        return exception(map, params, new WmsException(null, e.getMessage()), v, params.first("EXCEPTIONS"))
                .withStatus(e.status());
    }

    /** An error that must be reported in the version the request was answered in, not the one it asked for. */
    private static final class VersionedException extends WmsException {
        private final int version;

        VersionedException(int version, String message) {
            super(null, message);
            this.version = version;
        }

        VersionedException(int version, WmsException e) {
            super(e.code(), e.getMessage());
            this.version = version;
        }
    }

    /** GetMap, whose errors go out in the EXCEPTIONS format asked for (XML, INIMAGE or BLANK). */
    private MapservResponse getMap(MapDef map, RequestParams params, int v, boolean v130)
            throws MapservException {
        WmsException error;
        try {
            WmsDispatchCheck.requireGetMapExtras(params, v130);
            WmsGetMap.Prepared p = WmsGetMap.forDrawing(getMap.prepare(map, params, v130));
            return image(drawer.draw(p.map(), p.request()));
        } catch (WmsException e) {
            error = e;
        } catch (MapservException e) {
            if (e.status() >= 500) {
                throw e;
            }
            error = new WmsException(null, e.getMessage());
        }
        return exception(map, params, error, v, params.first("EXCEPTIONS"));
    }

    private static MapservResponse image(RenderedMap rendered) throws WmsException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputFormat written;
        try {
            written = rendered.write(out);
        } catch (IOException e) {
            throw new WmsException(null, "msSaveImage(): Unable to encode the image.");
        }
        return MapservResponse.of(200, MapservHandler.mimeType(written), out.toByteArray());
    }

    /** msOWSGetOnlineResource: the metadata value, else this endpoint with the map parameter kept. */
    static String onlineResource(MapDef map, String endpointUrl, String mapParam) {
        String md = OwsMetadata.lookup(map.web().metadata(), "onlineresource");
        if (md != null && !md.isBlank()) {
            return md;
        }
        String base = endpointUrl == null ? "http://localhost/mapserv" : endpointUrl;
        if (mapParam == null || mapParam.isEmpty()) {
            return base + "?";
        }
        return base + "?map=" + java.net.URLEncoder.encode(mapParam, java.nio.charset.StandardCharsets.UTF_8) + "&";
    }
}
