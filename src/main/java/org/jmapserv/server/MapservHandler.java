package org.jmapserv.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.WebDef;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.render.RenderedMap;
import org.jmapserv.render.output.OutputFormat;
import org.jmapserv.wms.client.HttpCookieSelector;

/**
 * The request handling shared by the servlet, the embedded server and the CGI adapter, in mapserv's order
 * (mapserv.c main, msCGILoadMap, msCGIDispatchRequest): refuse a Cookie header with control characters, read the
 * parameters (query string or form POST, then cookies), select and load the mapfile, apply runtime substitution,
 * store the Cookie header as WEB METADATA {@code http_cookie_data} in this request's copy of the map (RFC 42),
 * then dispatch to the WMS server or a classic mode. Thread-safe; nothing per-request is shared.
 */
public final class MapservHandler implements AutoCloseable {

    private static final Set<String> KNOWN_MODES = Set.of("browse", "zoomin", "zoomout", "map", "legend",
            "legendicon", "reference", "scalebar", "coordinate", "query", "nquery", "itemquery", "itemnquery",
            "featurequery", "featurenquery", "itemfeaturequery", "itemfeaturenquery", "indexquery", "tile", "ows",
            "wfs", "maplegend", "maplegendicon");

    private final ServerSettings settings;
    private final MapSelector selector;
    private final MapfileCache cache;
    private final MapRenderer renderer;
    private final DrawGate gate;
    private final ClassicForm form;
    private final WmsServer wms;
    private final QueryModes queries;
    private final BrowseMode browse;
    private final MapLegendMode mapLegend;
    private final ServerLog log = new ServerLog();
    private final ServerMetrics metrics = new ServerMetrics();

    public MapservHandler(ServerSettings settings, MapfileCache cache, MapRenderer renderer) {
        this(settings, cache, renderer, org.jmapserv.data.LayerSources.standard());
    }

    /** With the given layer sources for queries and WMS (e.g. PostGIS with its own environment). */
    public MapservHandler(ServerSettings settings, MapfileCache cache, MapRenderer renderer,
                          org.jmapserv.data.LayerSources sources) {
        this.settings = settings;
        this.selector = new MapSelector(settings);
        this.cache = cache;
        this.renderer = renderer;
        this.gate = new DrawGate(settings.limits());
        metrics.gauge("jmapserv.draw.slots.busy", "Draws running now", gate::busy);
        metrics.gauge("jmapserv.draw.slots.capacity", "Draws that may run at once", gate::capacity);
        ProjectionFactory projections = new ProjectionFactory();
        this.form = new ClassicForm(projections);
        org.jmapserv.query.QueryEngine engine = new org.jmapserv.query.QueryEngine(sources, projections,
                new org.jmapserv.mapfile.model.expr.ExpressionEvaluator());
        this.wms = new WmsServer(this::draw, projections, renderer, sources, engine);
        this.queries = new QueryModes(engine, this::draw, form);
        this.mapLegend = new MapLegendMode(engine, renderer);
        this.browse = new BrowseMode(this::draw, (m, r) -> draw(m, r, renderer::renderLegend),
                (m, r) -> draw(m, r, renderer::renderScalebar),
                (m, r) -> draw(m, r, (mm, rr) -> renderer.renderReference(mm, rr, rr.extent())), queries);
    }

    /** The endpoint's operations metrics ({@code /metrics}). */
    public ServerMetrics metrics() {
        return metrics;
    }

    /** Where internal errors and skipped layers are logged. */
    public ServerLog log() {
        return log;
    }

    public ServerSettings settings() {
        return settings;
    }

    /** Draws running now. */
    public int busyDraws() {
        return gate.busy();
    }

    public MapservResponse handle(MapservRequest request) {
        MapDef map = null;
        RequestParams params = null;
        List<String> earlier = new java.util.ArrayList<>();
        try {
            CookieCheck.requireClean(request.cookieHeader());
            params = readParams(request).withCookies(request.cookieHeader());
            String mapParam = params.first("map");
            Path mapfile = selector.select(mapParam);
            map = prepare(cache.load(mapfile), params, request.cookieHeader(), earlier::add);
            return dispatch(map, params, request, mapParam);
        } catch (MapservException e) {
            if (e.status() >= 500 && map != null && goesToWms(params)) {
                return wms.serverError(map, params, e);
            }
            return errorResponse(withEarlierErrors(e, earlier), map);
        } catch (RuntimeException | StackOverflowError e) {
            String incident = log.internalError("answering " + request.method() + " ?" + AccessLog.mask(
                    request.queryString() == null ? "" : request.queryString()), e);
            MapservException internal = MapservException.internal(incident);
            if (map != null && goesToWms(params)) {
                return wms.serverError(map, params, internal);
            }
            return ErrorPage.of(internal);
        }
    }

    /**
     * Whether {@link #dispatch} hands these parameters to the WMS server (no mode, or mode=ows/wfs, and a WMS
     * request): its server-side failures are then answered in WMS's own exception form.
     */
    private boolean goesToWms(RequestParams params) {
        if (params == null) {
            return false;
        }
        String mode = params.firstNonEmpty("mode");
        if (mode == null) {
            mode = settings.option("MS_MODE");
        }
        return (mode == null || mode.equalsIgnoreCase("ows") || mode.equalsIgnoreCase("wfs"))
                && WmsServer.isWmsRequest(params);
    }

    /**
     * MapServer keeps every error of a request on its error stack and its error page prints them all, newest first:
     * a refused runtime substitution shows up under the error that ended the request.
     */
    private static MapservException withEarlierErrors(MapservException e, List<String> earlier) {
        if (earlier.isEmpty() || e.status() >= 500) {
            return e;
        }
        StringBuilder b = new StringBuilder(e.getMessage());
        for (int i = earlier.size() - 1; i >= 0; i--) {
            b.append('\n').append(earlier.get(i));
        }
        return new MapservException(e.status(), b.toString());
    }

    /**
     * msCGIWriteError: once the map is loaded, its WEB ERROR URL (if any) gets a 302 redirect as msRedirect
     * writes it; otherwise the HTML page. Debian's mapserv 8.0 does not redirect to MS_ERROR_URL, and nor do we.
     */
    static MapservResponse errorResponse(MapservException e, MapDef map) {
        String url = map == null ? null : map.web().error();
        if (url == null || url.isBlank() || e.status() >= 500) {
            return ErrorPage.of(e);
        }
        return MapservResponse.of(302, "text/html", new byte[0]).withHeader("Uri", url).withHeader("Location", url);
    }

    private RequestParams readParams(MapservRequest request) throws MapservException {
        RequestParams query = RequestParams.parseQuery(request.queryString());
        if (!request.method().equals("POST")) {
            if (request.queryString() == null || request.queryString().isEmpty()) {
                throw new MapservException(400, "loadParams(): Web application error. No query information to decode."
                        + " QUERY_STRING is set, but empty.");
            }
            return query;
        }
        if (settings.option("MS_NO_POST") != null) {
            throw new MapservException(405, "loadParams(): Web application error. POST requests are disabled.");
        }
        String type = request.contentType() == null ? "" : request.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return RequestParams.parseQuery(new String(request.body(), StandardCharsets.UTF_8)).plus(query);
        }
        return query;
    }

    private MapDef prepare(MapDef loaded, RequestParams params, String cookieHeader,
                           java.util.function.Consumer<String> errors) {
        MapDef map = new RuntimeSubstitution(params, settings.environment(), errors).apply(loaded);
        if (cookieHeader == null || cookieHeader.isEmpty()) {
            return map;
        }
        WebDef.Builder web = map.web().toBuilder();
        web.metadata = map.web().metadata().with(HttpCookieSelector.COOKIE_DATA_KEY, cookieHeader);
        MapDef.Builder b = map.toBuilder();
        b.web = web.build();
        return b.build();
    }

    private MapservResponse dispatch(MapDef map, RequestParams params, MapservRequest request, String mapParam)
            throws MapservException {
        String mode = params.firstNonEmpty("mode");
        if (mode == null) {
            mode = settings.option("MS_MODE");
        }
        String lower = mode == null ? null : mode.toLowerCase(Locale.ROOT);
        if (lower == null || lower.equals("ows") || lower.equals("wfs")) {
            if (WmsServer.isWmsRequest(params)) {
                return wms.handle(map, params, request.endpointUrl(), mapParam);
            }
            if (lower != null) {
                throw MapservException.application("msOWSDispatch", "SERVICE parameter missing or not supported.");
            }
            lower = "browse";
        }
        if (!KNOWN_MODES.contains(lower)) {
            throw MapservException.application("msCGISetMode", "Invalid mode.");
        }
        String enabled = map.web().metadata().value("ms_enable_modes");
        if (enabled != null && !RequestEnabling.enabled(enabled, lower)) {
            throw MapservException.application("msCGISetMode", "The specified mode '" + (mode == null ? lower : mode)
                    + "' is not supported by the current map configuration");
        }
        if (BrowseNavigation.hasReferenceClick(params)) {
            lower = "browse"; // msCGIDispatchRequest: a reference-map click forces BROWSE whatever the mode
        }
        if (QueryModes.handles(lower)) {
            return queries.handle(map, params, lower);
        }
        if (lower.equals("browse") || lower.equals("zoomin") || lower.equals("zoomout")) {
            return browse.handle(map, params, form.apply(map, params), lower, form);
        }
        ImageMode image = switch (lower) {
            case "map", "tile" -> renderer::render;
            case "legend" -> renderer::renderLegend;
            case "maplegend" -> mapLegend::draw;
            case "scalebar" -> renderer::renderScalebar;
            case "reference" -> (m, req) -> renderer.renderReference(m, req, squared(m, req));
            default -> throw MapservException.application("msCGIDispatchRequest", "The specified mode '"
                    + lower.toUpperCase(Locale.ROOT) + "' is not supported by jmapserv (only MAP, TILE, LEGEND, MAPLEGEND, "
                    + "SCALEBAR, REFERENCE, the query modes, COORDINATE and the WMS server are).");
        };
        ClassicForm.Result r = form.apply(map, params);
        if (params.firstNonEmpty("queryfile") != null) {
            if (!lower.equals("map")) {
                throw MapservException.application("mapserv", "A queryfile is only used by mode=map, mode=browse "
                        + "and the query modes.");
            }
            return queries.mapWithQueryFile(r.map(), params, r.request());
        }
        if (lower.equals("tile")) {
            TileMode.Prepared t = TileMode.prepare(r.map(), params, r.request());
            return imageResponse(t.map(), t.request(), image);
        }
        if (lower.equals("map") || lower.equals("scalebar") || lower.equals("reference")) {
            // msCGIDispatchRequest: setExtent and checkWebScale apply to these image modes too
            RenderRequest req = r.request();
            MapDef.Builder sized = r.map().toBuilder();
            sized.width = req.width() != null ? req.width() : r.map().width();
            sized.height = req.height() != null ? req.height() : r.map().height();
            if (sized.width > 0 && sized.height > 0) {
                BrowseNavigation.Result nav = BrowseNavigation.resolve(sized.build(),
                        req.extent() != null ? req.extent() : r.map().extent(), params, lower, form);
                return imageResponse(r.map(), req.withExtent(nav.extent()), image);
            }
        }
        return imageResponse(r.map(), r.request(), image);
    }

    /** The map extent squared to the image (msCGIDispatchRequest runs msAdjustExtent before msDrawReferenceMap). */
    static org.jmapserv.mapfile.model.Extent squared(MapDef m, RenderRequest req) {
        org.jmapserv.mapfile.model.Extent e = req.extent() != null ? req.extent() : m.extent();
        int w = req.width() != null ? req.width() : m.width();
        int h = req.height() != null ? req.height() : m.height();
        if (e == null || !e.isValid() || w <= 0 || h <= 0) {
            return e;
        }
        return org.jmapserv.geo.ExtentAdjuster.adjust(org.jmapserv.geo.Rect.of(e), w, h).extent().toExtent();
    }

    /** One of msDrawMap, msDrawLegend, msDrawScalebar, msDrawReferenceMap. */
    @FunctionalInterface
    private interface ImageMode {
        RenderedMap draw(MapDef map, RenderRequest request) throws RenderException;
    }

    private MapservResponse imageResponse(MapDef map, RenderRequest request, ImageMode mode)
            throws MapservException {
        RenderedMap rendered = draw(map, request, mode);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputFormat written;
        try {
            written = rendered.write(out);
        } catch (IOException e) {
            throw MapservException.application("msSaveImage", "Unable to encode the image.");
        }
        MapservResponse resp = MapservResponse.of(200, mimeType(written), out.toByteArray());
        String maxAge = map.web().metadata().value("http_max_age");
        return maxAge == null ? resp : resp.withHeader("Cache-Control", "max-age=" + maxAge);
    }

    /** The Content-Type of what was written (for a MIXED format, the part chosen for this image). */
    static String mimeType(OutputFormat written) {
        String mime = written.mimeType();
        return mime == null ? "image/png" : mime;
    }

    /** One bounded draw; render failures become mapserv's message, without secrets (the renderer redacts). */
    RenderedMap draw(MapDef map, RenderRequest request) throws MapservException {
        return draw(map, request, renderer::render);
    }

    private RenderedMap draw(MapDef map, RenderRequest request, ImageMode mode) throws MapservException {
        try {
            return gate.run(map.mapPath() + "|" + map.name(), () -> {
                long started = System.nanoTime();
                RenderedMap drawn = mode.draw(map, request);
                metrics.drawn(System.nanoTime() - started, drawn.timings());
                drawn.warnings().forEach(w -> log.warning("map " + map.name() + ": " + w));
                return drawn;
            });
        } catch (MapservException e) {
            throw e;
        } catch (RenderException e) {
            // the renderer's messages already name their MapServer function (msDrawMap(): Failed to draw layer ...)
            String m = e.getMessage() == null ? "" : e.getMessage();
            throw new MapservException(200, m.matches("(?s)ms\\w+\\(\\): .*") ? m : "msDrawMap(): " + m);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MapservException(503, "msDrawMap(): Web application error. Interrupted.");
        } catch (Exception e) {
            throw MapservException.internal(log.internalError("drawing " + map.name(), e));
        }
    }

    /**
     * The EXTENT of the map an alias names, for the preview page's pan and zoom; null when the alias is unknown,
     * refused or the map does not load (the page then draws without mapext).
     */
    public org.jmapserv.mapfile.model.Extent extentOf(String alias) {
        if (!mapAliases().contains(alias)) {
            return null;
        }
        try {
            return cache.load(selector.select(alias)).extent();
        } catch (MapservException | RuntimeException e) {
            return null;
        }
    }

    /** The MAPS aliases, for the preview page. */
    public List<String> mapAliases() {
        return settings.mapAliases().entries().stream().map(e -> e.key()).toList();
    }

    @Override
    public void close() {
        gate.close();
    }
}
