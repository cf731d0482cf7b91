package org.jmapserv.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.ows.OwsMetadata;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderedMap;
import org.jmapserv.render.output.OutputFormat;

/**
 * The OGC WMS server on the mapserv endpoint, mirroring msWMSDispatch (mapwms.cpp): version from VERSION or
 * WMTVER (1.0.x/1.1.x answered as 1.1.1, otherwise 1.3.0), requests gated by {@code wms_enable_request} /
 * {@code ows_enable_request} (required since MapServer 7.2), GetCapabilities and GetMap; anything else is an
 * "Incomplete or unsupported WMS request" exception. GetMap errors honour EXCEPTIONS (XML, INIMAGE, BLANK).
 */
public final class WmsServer {

    private final MapDrawer drawer;
    private final WmsGetMap getMap;
    private final WmsCapabilities capabilities;
    private final WmsExceptionImage exceptionImages;
    private final WmsFeatureInfo featureInfo;

    public WmsServer(MapDrawer drawer, ProjectionFactory projections, MapRenderer renderer) {
        this.drawer = drawer;
        this.exceptionImages = new WmsExceptionImage(renderer);
        this.getMap = new WmsGetMap(projections);
        this.capabilities = new WmsCapabilities(projections);
        this.featureInfo = new WmsFeatureInfo(getMap, new org.jmapserv.query.QueryEngine(
                org.jmapserv.data.LayerSources.standard(), projections,
                new org.jmapserv.mapfile.model.expr.ExpressionEvaluator()));
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
        boolean v130 = version == null || !(version.startsWith("1.0") || version.startsWith("1.1"));
        try {
            String request = params.first("request");
            String op = request == null ? "" : request.toLowerCase(Locale.ROOT);
            String name = switch (op) {
                case "getcapabilities", "capabilities" -> "GetCapabilities";
                case "getmap", "map" -> "GetMap";
                case "getfeatureinfo", "feature_info" -> "GetFeatureInfo";
                default -> throw new WmsException(null, "msWMSDispatch(): WMS server error. "
                        + "Incomplete or unsupported WMS request");
            };
            if (!RequestEnabling.enabled(OwsMetadata.lookup(map.web().metadata(), "enable_request"), name)) {
                throw new WmsException(null, "msWMSDispatch(): WMS server error. WMS request not enabled. "
                        + "Check wms/ows_enable_request settings.");
            }
            if (name.equals("GetCapabilities")) {
                String xml = capabilities.write(map, v130, onlineResource(map, endpointUrl, mapParam));
                return MapservResponse.text(200, v130 ? "text/xml; charset=UTF-8"
                        : "application/vnd.ogc.wms_xml; charset=UTF-8", xml);
            }
            if (name.equals("GetFeatureInfo")) {
                return featureInfo.handle(map, params, v130);
            }
            return getMap(map, params, v130);
        } catch (WmsException e) {
            return WmsExceptionReport.of(e, v130);
        }
    }

    /** GetMap, whose errors go out in the EXCEPTIONS format asked for (XML, INIMAGE or BLANK). */
    private MapservResponse getMap(MapDef map, RequestParams params, boolean v130) throws MapservException {
        WmsException error;
        try {
            WmsGetMap.Prepared p = getMap.prepare(map, params, v130);
            return image(drawer.draw(p.map(), p.request()));
        } catch (WmsException e) {
            error = e;
        } catch (MapservException e) {
            if (e.status() >= 500) {
                throw e;
            }
            error = new WmsException(null, e.getMessage());
        }
        WmsExceptionImage.Kind kind = WmsExceptionImage.kind(params.first("EXCEPTIONS"));
        MapservResponse img = kind == WmsExceptionImage.Kind.XML ? null
                : exceptionImages.write(map, params, error, kind);
        return img != null ? img : WmsExceptionReport.of(error, v130);
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
