package org.jmapserv.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.http.HttpFetcher;
import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.OutputFormatDef;
import org.jmapserv.mapfile.model.expr.ExpressionEvaluator;
import org.jmapserv.render.font.FontException;
import org.jmapserv.render.font.FontRegistry;
import org.jmapserv.render.font.FontSet;
import org.jmapserv.render.label.LabelCache;
import org.jmapserv.render.label.LabelPainter;
import org.jmapserv.render.layer.DrawContext;
import org.jmapserv.render.style.BoundStyles;
import org.jmapserv.render.legend.LegendDrawer;
import org.jmapserv.render.legend.LegendTools;
import org.jmapserv.render.layer.LayerDrawers;
import org.jmapserv.render.output.CairoDrawing;
import org.jmapserv.render.output.ImageEncoders;
import org.jmapserv.render.output.OutputFormat;
import org.jmapserv.render.output.OutputFormatException;
import org.jmapserv.render.output.OutputFormatResolver;
import org.jmapserv.render.output.PaletteFile;
import org.jmapserv.render.output.VectorCanvas;
import org.jmapserv.render.scanline.CoverageGamma;
import org.jmapserv.render.scanline.SolidCanvas;
import org.jmapserv.render.symbol.MarkerPainter;
import org.jmapserv.render.symbol.PixmapCache;
import org.jmapserv.render.symbol.RemoteSymbols;
import org.jmapserv.render.symbol.SymbolCatalog;
import org.jmapserv.render.wms.WmsLayerDrawer;
import org.jmapserv.wms.client.HttpProfileSource;

/**
 * The single entry point that turns a loaded mapfile and a request into an image, mirroring msDrawMap
 * (mapdraw.c): output format selection, msPrepareImage (IMAGECOLOR or transparent, premultiplied ARGB,
 * antialiased like AGG), msAdjustExtent and scale, the prepare phase for all visible layers (where remote
 * layers start fetching), layers drawn in order with their COMPOSITE blocks, and finally the label cache.
 * Immutable and thread-safe: caches (fonts, pixmaps, projections, compiled expressions) are concurrent.
 */
public final class MapRenderer {

    private final LayerDrawers drawers;
    private final FontRegistry fonts = new FontRegistry();
    private final ExpressionEvaluator evaluator = new ExpressionEvaluator();
    private final ProjectionFactory projections = new ProjectionFactory();
    private final ConcurrentHashMap<Path, PixmapCache> pixmaps = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Path, FontSet> fontSets = new ConcurrentHashMap<>();

    /** Fetches SYMBOL IMAGEs given by URL; null when this renderer has no HTTP client. */
    private final RemoteSymbols remoteSymbols;

    public MapRenderer(LayerDrawers drawers) {
        this(drawers, null);
    }

    private MapRenderer(LayerDrawers drawers, RemoteSymbols remoteSymbols) {
        this(drawers, remoteSymbols, null);
    }

    private MapRenderer(LayerDrawers drawers, RemoteSymbols remoteSymbols, RemoteAccess remote) {
        this.drawers = drawers;
        this.remoteSymbols = remoteSymbols;
        this.remote = remote;
    }

    /** The HTTP client and per-map settings remote layers are fetched with. */
    public record RemoteAccess(HttpFetcher http, HttpProfileSource profiles) {
    }

    private final RemoteAccess remote;

    /**
     * The HTTP client remote layers use, for other remote resources a request names (the WMS server's SLD=url,
     * msSLDApplySLDURL) so the same TLS rules and limits apply; empty for a renderer without one.
     */
    public java.util.Optional<RemoteAccess> remoteAccess() {
        return java.util.Optional.ofNullable(remote);
    }

    /** A renderer for LOCAL shapefile and INLINE layers. */
    public static MapRenderer standard() {
        return new MapRenderer(LayerDrawers.standard());
    }

    /**
     * A renderer for local layers and {@code CONNECTIONTYPE WMS} layers, fetched through {@code http} with the
     * HTTP settings {@code profiles} resolves per layer.
     */
    public static MapRenderer withRemoteLayers(HttpFetcher http, HttpProfileSource profiles) {
        return new MapRenderer(LayerDrawers.standard().with(ConnectionType.WMS, new WmsLayerDrawer(http, profiles)),
                new RemoteSymbols(http, profiles), new RemoteAccess(http, profiles));
    }

    public RenderedMap render(MapDef map, RenderRequest request) throws RenderException {
        OutputFormatResolver formats = new OutputFormatResolver(map.outputFormats());
        OutputFormat format = selectFormat(formats, map, request);
        MapView view = MapView.of(map, request);
        Path mapDir = map.mapPath() == null ? Path.of("").toAbsolutePath() : Path.of(map.mapPath());
        List<String> warnings = new ArrayList<>();
        if (VectorCanvas.isVector(format)) {
            // msImageCreateCairo: an SVG or PDF surface; IMAGECOLOR painted unless the format is transparent
            VectorCanvas page = VectorCanvas.create(format, view.width(), view.height(),
                    format.transparent() ? null : awtColor(map.imageColor()));
            Graphics2D g = page.graphics();
            Canvas.hints(g);
            CairoDrawing.mark(g);
            // raster layers and WMS images see a target they cannot write into, so they draw through g as images
            BufferedImage notWritable = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_BYTE_BINARY);
            List<LayerTiming> timings = drawMap(map, request, format, view, mapDir, g, notWritable, warnings);
            return new RenderedMap(null, format, new ImageEncoders(formats, null), timings, warnings, page.finish());
        }
        BufferedImage canvas = Canvas.create(view.width(), view.height(), format.transparent() ? null : map.imageColor());
        int[] forcedPalette = forcedPalette(format, mapDir);
        if (org.jmapserv.render.output.RawImage.isRaw(format.imageMode())) {
            // IMAGEMODE BYTE/INT16/FLOAT32: raster values, not colours (msDrawRasterLayerLow's raw path)
            List<LayerTiming> rawTimings = new ArrayList<>();
            org.jmapserv.render.output.RawImage raw = RawModeMaps.draw(map, format,
                    context(map, request, view, mapDir, warnings), new LayerVisibility(request.layers()), rawTimings);
            return new RenderedMap(canvas, format, new ImageEncoders(formats, forcedPalette)
                    .withGeoReference(GeoReferences.of(map, view)).withRawImage(raw), rawTimings, warnings);
        }
        Graphics2D g = Canvas.graphics(canvas, gamma(format));
        if (CairoDrawing.isCairo(format)) {
            CairoDrawing.mark(g); // CAIRO/PNG, CAIRO/JPEG
        }
        List<LayerTiming> timings = drawMap(map, request, format, view, mapDir, g, canvas, warnings);
        g.dispose();
        return new RenderedMap(canvas, format, new ImageEncoders(formats, forcedPalette)
                .withGeoReference(GeoReferences.of(map, view)), timings, warnings);
    }

    /** What every layer of one draw shares: fonts, symbols, pixmaps (remote ones fetched), the label cache. */
    private DrawContext context(MapDef map, RenderRequest request, MapView view, Path mapDir, List<String> warnings)
            throws RenderException {
        PixmapCache pix = pixmaps.computeIfAbsent(mapDir, PixmapCache::new);
        fetchRemoteSymbols(map, pix);
        return new DrawContext(map, view, evaluator, fonts, fontSet(map, mapDir),
                new SymbolCatalog(map.symbols(), mapDir), pix, projections, new LabelCache(), warnings,
                request.debugSink(), new BoundStyles());
    }

    /** msDrawMap after the image is created: layers in order, the label cache, embedded legend and scalebar. */
    private List<LayerTiming> drawMap(MapDef map, RenderRequest request, OutputFormat format, MapView view,
            Path mapDir, Graphics2D g, BufferedImage canvas, List<String> warnings) throws RenderException {
        DebugLevels debug = new DebugLevels(map, request);
        DrawContext ctx = context(map, request, view, mapDir, warnings);
        PixmapCache pix = ctx.pixmaps();
        if (debug.map() > 0) {
            request.debugSink().accept(String.format("msDrawMap(): rendering using outputformat named %s (%s).",
                    format.name(), format.driver()));
        }
        LabelPainter labelPainter = new LabelPainter(new MarkerPainter(pix, fonts, ctx.fontSet()));
        EmbeddedFurniture embeds = EmbeddedFurniture.anyEmbedded(map)
                ? new EmbeddedFurniture(map, legendTools(map, request, ctx.boundStyles()), format) : null;
        RenderException[] embedFailure = new RenderException[1];
        List<LayerTiming> timings = new LayerSequence(drawers, ctx, new LayerVisibility(request.layers()), debug)
                .drawAll(g, canvas, () -> {
                    if (embeds != null) {
                        // msDrawMap embeds them once the layers are drawn (bound style values are the last
                        // feature's), as forced labels drawn before every other label
                        try {
                            embeds.addToLabelCache(ctx.labels(), view.width(), view.height());
                        } catch (RenderException e) {
                            embedFailure[0] = e;
                            return;
                        }
                    }
                    int labelsDrawn = ctx.labels().drawAll(g, view.width(), view.height(), labelPainter);
                    if (debug.map() > 0) {
                        request.debugSink().accept("msDrawMap(): Drawing Label Cache, " + labelsDrawn
                                + " labels drawn.");
                    }
                });
        if (embedFailure[0] != null) {
            throw embedFailure[0];
        }
        if (embeds != null) {
            embeds.drawAfterLabels(g, view.width(), view.height());
        }
        return timings;
    }

    private static java.awt.Color awtColor(org.jmapserv.mapfile.model.Color c) {
        return c == null || !c.isSet() ? null : new java.awt.Color(c.red(), c.green(), c.blue());
    }

    /**
     * The legend image of {@code map} for this request's extent, size and format (mapserv {@code mode=legend},
     * msDrawLegend).
     */
    public RenderedMap renderLegend(MapDef map, RenderRequest request) throws RenderException {
        OutputFormatResolver formats = new OutputFormatResolver(map.outputFormats());
        OutputFormat format = selectFormat(formats, map, request);
        BufferedImage img = EmbeddedFurniture.legendImage(map, legendTools(map, request), format);
        return new RenderedMap(img, format, new ImageEncoders(formats, null), List.of(), List.of());
    }

    /**
     * The legend as WMS GetLegendGraphic draws it (msDrawLegend): scale-independent unless {@code scaleDependent},
     * and its size alone for GetCapabilities' LegendURL (msLegendCalcSize) through {@link #legendSize}.
     */
    public RenderedMap renderWmsLegend(MapDef map, RenderRequest request, boolean scaleDependent)
            throws RenderException {
        OutputFormatResolver formats = new OutputFormatResolver(map.outputFormats());
        OutputFormat format = selectFormat(formats, map, request);
        boolean transparent = map.legend().transparent() != null ? map.legend().transparent() : format.transparent();
        BufferedImage img = new LegendDrawer(legendTools(map, request), !scaleDependent)
                .draw(transparent ? null : map.legend().imageColor());
        return new RenderedMap(img, format, new ImageEncoders(formats, null), List.of(), List.of());
    }

    /** The scale-independent legend's width and height (msLegendCalcSize). */
    public java.awt.Dimension legendSize(MapDef map) throws RenderException {
        return new LegendDrawer(legendTools(map, RenderRequest.defaults()), true).size();
    }

    /**
     * A scale-independent legend sizer for many layer lists of one map (GetCapabilities' LegendURLs): fonts and
     * symbols are set up once.
     */
    public LegendDrawer legendSizer(MapDef map) throws RenderException {
        return new LegendDrawer(legendTools(map, RenderRequest.defaults()), true);
    }

    /**
     * One class's legend key of {@code width} x {@code height} (msCreateLegendIcon), as GetLegendGraphic's RULE
     * draws it.
     */
    public RenderedMap renderLegendIcon(MapDef map, RenderRequest request, LayerDef layer, ClassDef cls, int width,
            int height, boolean scaleDependent) throws RenderException {
        OutputFormatResolver formats = new OutputFormatResolver(map.outputFormats());
        OutputFormat format = selectFormat(formats, map, request);
        boolean transparent = map.legend().transparent() != null ? map.legend().transparent() : format.transparent();
        LegendTools tools = legendTools(map, request);
        BufferedImage img = org.jmapserv.render.legend.LegendIcons.draw(tools, layer, cls, width, height,
                transparent ? null : map.legend().imageColor(), scaleDependent ? tools.view().scaleDenom() : -1);
        return new RenderedMap(img, format, new ImageEncoders(formats, null), List.of(), List.of());
    }

    /** The scalebar image of {@code map} for this request (mapserv {@code mode=scalebar}, msDrawScalebar). */
    public RenderedMap renderScalebar(MapDef map, RenderRequest request) throws RenderException {
        OutputFormatResolver formats = new OutputFormatResolver(map.outputFormats());
        OutputFormat format = selectFormat(formats, map, request);
        BufferedImage img = EmbeddedFurniture.scalebarImage(map, legendTools(map, request), format);
        return new RenderedMap(img, format, new ImageEncoders(formats, null), List.of(), List.of());
    }

    /**
     * The reference map (mapserv {@code mode=reference}, msDrawReferenceMap) with the box of {@code extent}, the
     * map extent as the caller's mode leaves it (browse squares it by drawing the map first).
     */
    public RenderedMap renderReference(MapDef map, RenderRequest request,
            org.jmapserv.mapfile.model.Extent extent) throws RenderException {
        OutputFormatResolver formats = new OutputFormatResolver(map.outputFormats());
        OutputFormat format = selectFormat(formats, map, request);
        LegendTools tools = legendTools(map, request);
        BufferedImage img = new ReferenceMapDrawer(tools.markers(), tools.symbols()).draw(map, extent);
        return new RenderedMap(img, format, new ImageEncoders(formats, null), List.of(), List.of());
    }

    /**
     * The image an error is reported in (msWriteErrorImage): the map's canvas for this request's size and format,
     * with {@code message} written on it, or empty when {@code message} is null (WMS EXCEPTIONS=BLANK).
     */
    public RenderedMap renderErrorImage(MapDef map, RenderRequest request, String message) throws RenderException {
        OutputFormatResolver formats = new OutputFormatResolver(map.outputFormats());
        OutputFormat format = selectFormat(formats, map, request);
        MapView view = MapView.of(map, request);
        BufferedImage canvas = Canvas.create(view.width(), view.height(), format.transparent() ? null : map.imageColor());
        Path mapDir = map.mapPath() == null ? Path.of("").toAbsolutePath() : Path.of(map.mapPath());
        FontSet set;
        try {
            set = fontSet(map, mapDir);
        } catch (RenderException e) {
            set = FontSet.empty();
        }
        new ErrorImageDrawer(fonts, set).draw(canvas, message);
        return new RenderedMap(canvas, format, new ImageEncoders(formats, null), List.of(), List.of());
    }

    private LegendTools legendTools(MapDef map, RenderRequest request) throws RenderException {
        return legendTools(map, request, null);
    }

    private LegendTools legendTools(MapDef map, RenderRequest request, BoundStyles bound) throws RenderException {
        Path mapDir = map.mapPath() == null ? Path.of("").toAbsolutePath() : Path.of(map.mapPath());
        PixmapCache pix = pixmaps.computeIfAbsent(mapDir, PixmapCache::new);
        fetchRemoteSymbols(map, pix);
        FontSet set = fontSet(map, mapDir);
        return new LegendTools(map, MapView.of(map, request), fonts, set, new SymbolCatalog(map.symbols(), mapDir),
                pix, new MarkerPainter(pix, fonts, set), bound);
    }

    /** SYMBOL IMAGEs given by URL, fetched through the HTTP client before drawing (refused without one). */
    private void fetchRemoteSymbols(MapDef map, PixmapCache pix) throws RenderException {
        if (!RemoteSymbols.needed(map)) {
            return;
        }
        if (remoteSymbols == null) {
            throw new RenderException("msPreloadImageSymbol(): this renderer has no HTTP client, so SYMBOL IMAGEs "
                    + "given by URL cannot be fetched (use MapRenderer.withRemoteLayers).");
        }
        try {
            remoteSymbols.prefetch(map, pix);
        } catch (PixmapCache.SymbolLoadException e) {
            throw new RenderException(e.getMessage());
        }
    }

    /**
     * FORMATOPTION GAMMA as agg2CreateImage reads it (atof, default 0.75); out-of-range values mean none. Cairo
     * reads no GAMMA: its fills keep their plain coverage.
     */
    private static double gamma(OutputFormat format) {
        if (CairoDrawing.isCairo(format)) {
            return 1;
        }
        String v = format.option("GAMMA").orElse("0.75").strip();
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return 0; // atof of a non-number is 0: no gamma
        }
    }

    /** msSelectOutputFormat for the request's format, else the map default; errors as msDrawMap reports them. */
    private static OutputFormat selectFormat(OutputFormatResolver formats, MapDef map, RenderRequest request)
            throws RenderException {
        try {
            return request.outputFormat() != null ? formats.select(request.outputFormat())
                    : formats.mapDefault(map.imageType());
        } catch (OutputFormatException e) {
            throw new RenderException("msSelectOutputFormat(): " + e.getMessage());
        }
    }

    /** The PALETTE file's colours when the format says PALETTE_FORCE (read as msSaveImage would), else null. */
    private static int[] forcedPalette(OutputFormat format, Path mapDir) throws RenderException {
        if (format.kind() != OutputFormat.Kind.PNG8 || !format.flagOption("PALETTE_FORCE")) {
            return null;
        }
        try {
            return PaletteFile.read(PaletteFile.locate(format, mapDir),
                    format.imageMode() == OutputFormatDef.ImageMode.RGBA);
        } catch (OutputFormatException e) {
            throw new RenderException("msSaveImage(): OUTPUTFORMAT '" + format.name() + "': " + e.getMessage());
        }
    }

    private FontSet fontSet(MapDef map, Path mapDir) throws RenderException {
        if (map.fontSet() == null || map.fontSet().isEmpty()) {
            return FontSet.empty();
        }
        Path p = mapDir.resolve(map.fontSet()).normalize();
        FontSet cached = fontSets.get(p);
        if (cached != null) {
            return cached;
        }
        try {
            FontSet loaded = FontSet.load(p);
            fontSets.putIfAbsent(p, loaded);
            return loaded;
        } catch (FontException e) {
            throw new RenderException(e.getMessage());
        }
    }

    /** Pixel-level setup of the canvas, as msPrepareImage with the AGG renderer. */
    static final class Canvas {
        private Canvas() {
        }

        static BufferedImage create(int w, int h, org.jmapserv.mapfile.model.Color background) {
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            if (background != null && background.isSet()) {
                // opaque, so premultiplied equals straight; setRGB would convert pixel by pixel (~20 ms at 1024x768)
                int argb = 0xff000000 | background.red() << 16 | background.green() << 8 | background.blue();
                java.util.Arrays.fill(((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData(), argb);
            }
            return img;
        }

        static Graphics2D graphics(BufferedImage img) {
            return graphics(img, CoverageGamma.MAPSERVER_DEFAULT);
        }

        /** The canvas's Graphics2D, with solid fills and strokes drawn by our rasteriser (SolidCanvas). */
        static Graphics2D graphics(BufferedImage img, double gamma) {
            Graphics2D g = img.createGraphics();
            hints(g);
            SolidCanvas.attach(g, img, gamma);
            return g;
        }

        /** Antialiased, unhinted, fractional drawing, as AGG and Cairo draw. */
        static void hints(Graphics2D g) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        }
    }

    /** The effective debug levels: -all_debug overrides, -map_debug for the map, -layer_debug per layer. */
    record DebugLevels(int map, int all, java.util.Map<String, Integer> perLayer, MapDef def) {
        DebugLevels(MapDef def, RenderRequest r) {
            this(r.mapDebug() != null ? r.mapDebug() : r.allDebug() != null ? r.allDebug() : def.debug(),
                    r.allDebug() == null ? -1 : r.allDebug(), r.layerDebug(), def);
        }

        int layer(LayerDef l) {
            for (var e : perLayer.entrySet()) {
                if (e.getKey().equalsIgnoreCase(l.name())) {
                    return e.getValue();
                }
            }
            return all >= 0 ? all : Math.max(l.debug(), def.debug());
        }
    }
}
