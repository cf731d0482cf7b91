package org.jmapserv.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jmapserv.geo.ExtentAdjuster;
import org.jmapserv.geo.PixelGrid;
import org.jmapserv.geo.Rect;
import org.jmapserv.geo.ScaleCalculator;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.query.QueryResults;
import org.jmapserv.query.QueryView;
import org.jmapserv.query.template.TemplateContext;
import org.jmapserv.query.template.TemplateException;
import org.jmapserv.query.template.TemplateProcessor;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.render.RenderedMap;

/**
 * mapserv's BROWSE mode (msCGIDispatchBrowseRequest): the WEB TEMPLATE page for the map extent (mapext or the
 * mapfile's, squared to the image as checkWebScale does, with its scale), after msGenerateImages has written the
 * map, and the legend and scalebar when their STATUS is ON, to IMAGEPATH as {@code <name><id>.<ext>},
 * {@code <name>leg<id>.<ext>}, {@code <name>sb<id>.<ext>} — the files the page's [img], [legend] and [scalebar]
 * name. A URL TEMPLATE redirects. Navigation (zoom, zoomdir, zoomsize, imgxy, imgbox, mapxy with buffer or scale,
 * the ZOOMIN / ZOOMOUT modes) is {@link BrowseNavigation}'s. With REFERENCE STATUS ON the reference map is written
 * too ({@code <name>ref<id>.<ext>}, the page's [ref]); a click in it (ref.x / ref.y, refxy) recentres the map.
 * With a queryfile the saved query is loaded first, the map image is the query map when QUERYMAP STATUS is ON
 * and the page is the query's templates (msReturnTemplateQuery). template=openlayers and an empty IMAGEPATH (MapServer would write into its
 * working directory) are refused.
 */
final class BrowseMode {


    private final MapDrawer map;
    private final MapDrawer legend;
    private final MapDrawer scalebar;
    private final MapDrawer reference;
    private final QueryModes queries;

    /**
     * {@code reference} draws the reference map for the request's extent as given (msDrawReferenceMap);
     * {@code queries} loads and presents a queryfile.
     */
    BrowseMode(MapDrawer map, MapDrawer legend, MapDrawer scalebar, MapDrawer reference, QueryModes queries) {
        this.queries = queries;
        this.map = map;
        this.legend = legend;
        this.scalebar = scalebar;
        this.reference = reference;
    }

    MapservResponse handle(MapDef loaded, RequestParams params, ClassicForm.Result form, String mode,
                           ClassicForm classic) throws MapservException {
        String template = params.firstNonEmpty("template");
        if (template != null && template.equalsIgnoreCase("openlayers")) {
            throw MapservException.application("mapserv", "template=openlayers is not supported by jmapserv.");
        }
        if (loaded.web().template() == null) {
            throw MapservException.application("mapserv", "Traditional BROWSE mode requires a TEMPLATE in the WEB "
                    + "section, but none was provided.");
        }
        String id = RequestId.of(params);
        MapDef m = form.map();
        RenderRequest request = form.request();
        int width = request.width() != null ? request.width() : m.width();
        int height = request.height() != null ? request.height() : m.height();
        MapDef.Builder sized = m.toBuilder();
        sized.width = width;
        sized.height = height;
        BrowseNavigation.Result nav = BrowseNavigation.resolve(sized.build(),
                request.extent() != null ? request.extent() : m.extent(), params, mode, classic);
        Extent extent = nav.extent();
        if (!extent.isValid()) {
            // checkWebScale's msCalculateScale rejects it first
            throw new MapservException(200, String.format(java.util.Locale.ROOT, "msCalculateScale(): General error "
                    + "message. Invalid image extent, minx=%f, miny=%f, maxx=%f, maxy=%f.", extent.minX(),
                    extent.minY(), extent.maxX(), extent.maxY()));
        }
        request = request.withExtent(extent);
        PixelGrid grid = ExtentAdjuster.adjust(Rect.of(extent), width, height);
        double scale = ScaleCalculator.scaleDenominator(grid.extent(), m.units(), width, height, m.resolution());
        Extent adjusted = grid.extent().toExtent();
        if (params.firstNonEmpty("queryfile") != null) {
            // msLoadQuery before the images, which then show the query map; the page is the query's templates
            QueryModes.LoadedQuery bq = queries.loadForBrowse(m, params, extent, width, height);
            // 8.0 draws the query map only with QUERYMAP STATUS ON, else the map (with the query's layers on)
            generateImages(bq.map(), m.queryMap().status() == Status.ON ? bq.queryMap() : bq.map(), request, id,
                    adjusted);
            return queries.answerBrowse(bq, params, extent, width, height, nav.mapX(), nav.mapY(), nav.raw(), id);
        }
        generateImages(m, m, request, id, adjusted);
        List<Map.Entry<String, String>> ps = new ArrayList<>();
        for (RequestParams.Param p : params.all()) {
            ps.add(Map.entry(p.name(), p.value()));
        }
        List<String> layers = requested(m, params);
        TemplateContext ctx = new TemplateContext(m, new QueryView(adjusted, width, height, scale, m.units(),
                grid.cellsizeX()), nav.mapX(), nav.mapY(), nav.raw(), layers, ps, QueryResults.EMPTY, id,
                QueryModes.VERSION).withZoom(new TemplateContext.Zoom(nav.zoom(), nav.zoomDirection()));
        TemplateProcessor tp = new TemplateProcessor(ctx);
        try {
            if (TemplateProcessor.isUrl(m.web().template())) {
                String url = tp.redirect(m.web().template());
                return MapservResponse.of(302, "text/html", new byte[0]).withHeader("Uri", url)
                        .withHeader("Location", url);
            }
            return MapservResponse.text(200, m.web().browseFormat(), tp.page(m.web().template(), false));
        } catch (TemplateException e) {
            throw new MapservException(200, e.getMessage());
        }
    }

    /**
     * msGenerateImages without a query map. The reference map comes last and shows the extent msDrawMap squared
     * ({@code adjusted}), or the extent as navigated when the map itself is not drawn (MAP STATUS OFF).
     */
    private void generateImages(MapDef m, MapDef drawn, RenderRequest request, String id, Extent adjusted)
            throws MapservException {
        boolean any = m.status() != Status.OFF || m.legend().status() == Status.ON
                || m.scalebar().status() == Status.ON || m.reference().status() == Status.ON;
        if (!any) {
            return;
        }
        String imagePath = m.web().imagePath();
        if (imagePath == null || imagePath.isEmpty()) {
            throw MapservException.application("msGenerateImages", "WEB IMAGEPATH is not set; jmapserv does not write "
                    + "browse images into its working directory.");
        }
        if (m.status() != Status.OFF) {
            write(map.draw(drawn, request), imagePath + m.name() + id);
        }
        if (m.legend().status() == Status.ON) {
            write(legend.draw(m, request), imagePath + m.name() + "leg" + id);
        }
        if (m.scalebar().status() == Status.ON) {
            write(scalebar.draw(m, request), imagePath + m.name() + "sb" + id);
        }
        if (m.reference().status() == Status.ON) {
            RenderRequest r = m.status() != Status.OFF ? request.withExtent(adjusted) : request;
            write(reference.draw(m, r), imagePath + m.name() + "ref" + id);
        }
    }

    private static void write(RenderedMap image, String base) throws MapservException {
        try {
            Path tmp = Files.createTempFile(Path.of(base).toAbsolutePath().getParent(), ".jmapserv", ".part");
            String ext;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                var written = image.write(out);
                ext = written.extension() == null ? "png" : written.extension();
            }
            Files.move(tmp, Path.of(base + "." + ext), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            throw MapservException.application("msSaveImage", "Unable to write the browse image into IMAGEPATH.");
        }
    }

    private static List<String> requested(MapDef m, RequestParams params) {
        List<String> out = new ArrayList<>();
        for (RequestParams.Param p : params.startingWith("layer")) {
            if (p.value().isEmpty()) {
                continue;
            }
            if (p.name().toLowerCase(java.util.Locale.ROOT).startsWith("layers")) {
                if (p.value().equalsIgnoreCase("all")) {
                    out.clear();
                    m.layers().forEach(l -> out.add(l.name() == null ? "" : l.name()));
                } else {
                    out.addAll(List.of(p.value().split(" ")));
                }
            } else {
                out.add(p.value());
            }
        }
        return out;
    }
}
