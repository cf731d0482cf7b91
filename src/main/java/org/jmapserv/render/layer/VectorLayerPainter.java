package org.jmapserv.render.layer;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.Feature;
import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.GeomTransformKind;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LeaderDef;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.SymbolDef;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.ScaleRange;
import org.jmapserv.render.font.FontException;
import org.jmapserv.render.label.LabelBuilder;
import org.jmapserv.render.label.LabelPainter;
import org.jmapserv.render.label.LabelRequest;
import org.jmapserv.render.label.Leader;
import org.jmapserv.render.label.UncachedLabels;
import org.jmapserv.render.style.FeaturePainter;
import org.jmapserv.render.style.PixelShape;
import org.jmapserv.render.style.PolygonClipper;
import org.jmapserv.render.style.PolylineClipper;
import org.jmapserv.render.style.ScaleFactor;
import org.jmapserv.render.style.StyleResolver;
import org.jmapserv.render.style.StyleValues;
import org.jmapserv.render.symbol.MarkerPainter;
import org.jmapserv.render.symbol.PixmapCache;
import org.jmapserv.render.symbol.SymbolCatalog;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws one vector layer from a {@link FeatureSource}, as msDrawVectorLayer (mapdraw.c): query the view extent
 * (grown by half a pixel, in the layer's projection), FILTER with FILTERITEM, first matching class, each in-scale
 * STYLE in order (LINE layers with several styles style by style across features, see LineStylePasses), then
 * the class LABELs into the label cache (within LABELMIN/MAXSCALEDENOM), or drawn at once
 * with LABELCACHE OFF.
 */
final class VectorLayerPainter {

    private final LayerDef layer;
    private final DrawContext ctx;
    private final StyleResolver styles;
    /**
     * Styles built per feature (STYLEITEM) are drawn unscaled: MapServer 8.0 gives SYMBOLSCALEDENOM's scale factor
     * only to the styles the mapfile holds (msDrawVectorLayer sets it before the features are read); a style
     * made from an attribute keeps initStyle's factor of 1.
     */
    private final StyleResolver featureStyles;
    private final FeaturePainter painter;
    private final LabelBuilder labels;
    /** Non-null for LABELCACHE OFF: labels are drawn with their feature, not cached. */
    private final UncachedLabels uncached;
    private final ClassSelector classes;
    /** PROCESSING "RENDERMODE=ALL_MATCHING_CLASSES" (set by SLD): every matching class draws, in order. */
    private final boolean allMatching;
    private final List<SymbolDef[]> classSymbols = new ArrayList<>();
    /** Per class, the symbols of its LEADER STYLEs (null: no LEADER). */
    private final List<SymbolDef[]> leaderSymbols = new ArrayList<>();
    private final LineStylePasses linePasses;
    /** Non-null for STYLEITEM "AUTO": each feature's OGR style string replaces its class's styles. */
    private final OgrAutoStyle autoStyle;
    private final boolean noClipLines;
    /** LAYER MAXFEATURES or METADATA "maxfeaturestodraw" (the smaller when both are set), else -1. */
    private final long maxFeatures;
    private final boolean labelNoClip;
    /** LAYER CLUSTER: cluster positions may fall outside the map (BUFFER), where MapServer draws nothing. */
    private final boolean clustered;

    VectorLayerPainter(LayerDef layer, DrawContext ctx) throws RenderException {
        this.layer = layer;
        this.ctx = ctx;
        double sf = ScaleFactor.of(layer, ctx.view().units(), ctx.view().cellSize(), ctx.view().scaleDenom(),
                ctx.view().resolutionFactor());
        PixmapCache pixmaps = ctx.pixmaps();
        this.styles = new StyleResolver(sf, ctx.view().resolutionFactor(), pixmaps);
        this.featureStyles = new StyleResolver(ctx.view().resolutionFactor(), ctx.view().resolutionFactor(), pixmaps);
        MarkerPainter markers = new MarkerPainter(pixmaps, ctx.fonts(), ctx.fontSet());
        this.painter = new FeaturePainter(markers, ctx.evaluator(), ctx.view());
        this.linePasses = new LineStylePasses(layer, painter);
        this.labels = new LabelBuilder(ctx.evaluator(), ctx.fonts(), ctx.fontSet(), styles, ctx.symbols(), ctx.view())
                .onMapTurnedBy(ctx.map().angle())
                .reportingTo(w -> {
                    if (!ctx.warnings().contains(w)) {
                        ctx.warnings().add(w);
                    }
                });
        this.classes = new ClassSelector(ctx.evaluator());
        this.maxFeatures = maxFeatures(layer);
        this.allMatching = allMatchingClasses(layer);
        this.noClipLines = layer.type() == org.jmapserv.mapfile.model.LayerType.LINE
                && LayerProcessing.value(layer, "POLYLINE_NO_CLIP") != null;
        this.autoStyle = OgrAutoStyle.applies(layer) ? new OgrAutoStyle(layer, ctx) : null;
        // msOGRLayerGetAutoStyle sets the layer's LABELCACHE OFF
        this.uncached = layer.labelCache() && autoStyle == null ? null : new UncachedLabels(new LabelPainter(markers));
        this.labelNoClip = LabelBuilder.labelNoClip(layer);
        // pointLayerDrawShape tests map->extent for TRANSFORM TRUE layers only
        this.clustered = LayerClustering.applies(layer) && RelativePosition.of(layer, ctx.view().grid()) == null;
        warnUnknownTransforms(layer, ctx.warnings());
        try {
            for (ClassDef c : layer.classes()) {
                SymbolDef[] syms = new SymbolDef[c.styles().size()];
                for (int i = 0; i < syms.length; i++) {
                    syms[i] = ctx.symbols().resolve(c.styles().get(i), layer.name());
                }
                classSymbols.add(syms);
                leaderSymbols.add(leaderSymbols(c, ctx, layer));
            }
        } catch (SymbolCatalog.UnknownSymbolException e) {
            throw failure(layer, e.getMessage());
        }
    }

    /**
     * msStyleSetGeomTransform sets an error for a name it does not know but the map loads and the style is drawn
     * untransformed; say so rather than draw it silently.
     */
    private static void warnUnknownTransforms(LayerDef layer, List<String> warnings) {
        for (ClassDef c : layer.classes()) {
            for (StyleDef s : c.styles()) {
                if (s.geomTransform() != null && GeomTransformKind.of(s.geomTransform()) == GeomTransformKind.NONE) {
                    warnings.add(s.source() + ": msStyleSetGeomTransform(): unknown transform expression \""
                            + s.geomTransform().text() + "\" in layer '" + layer.name()
                            + "': the style is drawn without it, as MapServer draws it");
                }
            }
        }
    }

    /** msPointInRect against map->extent for a one-point shape. */
    private boolean outsideMap(ShapeGeometry s) {
        if (s.pointCount() != 1) {
            return false;
        }
        Extent e = ctx.view().extent();
        return s.x(0) < e.minX() || s.x(0) > e.maxX() || s.y(0) < e.minY() || s.y(0) > e.maxY();
    }

    private static boolean hasGeomTransform(ClassDef c) {
        for (StyleDef s : c.styles()) {
            if (s.geomTransform() != null) {
                return true;
            }
        }
        return false;
    }

    /** msDrawShape's clip_buf for one style: NINT(largest of symbol size, SIZE, WIDTH in pixels + 1). */
    private double clipBuffer(StyleValues v) {
        return Math.floor(Math.max(styles.scaleFactor(), Math.max(v.size(), v.width())) + 1 + 0.5);
    }

    /**
     * Lines and polygons are clipped to the extent grown by clip_buf pixels (2 more for polygons, #179), as
     * msDrawShape does before drawing.
     */
    private ShapeGeometry clipToExtent(ShapeGeometry shape, double clipBuf) {
        Extent e = ctx.view().extent();
        if (shape.kind() == ShapeKind.POLYGON) {
            double d = (clipBuf + 2) * ctx.view().cellSize();
            return PolygonClipper.clip(shape, e.minX() - d, e.minY() - d, e.maxX() + d, e.maxY() + d);
        }
        double d = clipBuf * ctx.view().cellSize();
        return PolylineClipper.clip(shape, e.minX() - d, e.minY() - d, e.maxX() + d, e.maxY() + d);
    }

    private static long maxFeatures(LayerDef layer) {
        long limit = layer.maxFeatures() > 0 ? layer.maxFeatures() : -1;
        String md = layer.metadata().value("maxfeaturestodraw");
        if (md != null) {
            try {
                long m = Long.parseLong(md.strip());
                limit = limit < 0 ? m : Math.min(limit, m);
            } catch (NumberFormatException e) {
                // atoi of a non-number is 0: nothing is drawn
                limit = 0;
            }
        }
        return limit;
    }

    /** msDrawVectorLayer: RENDERMODE=ALL_MATCHING_CLASSES draws a feature with every class it matches. */
    static boolean allMatchingClasses(LayerDef layer) {
        for (String p : layer.processing()) {
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("RENDERMODE")
                    && p.substring(eq + 1).strip().equalsIgnoreCase("ALL_MATCHING_CLASSES")) {
                return true;
            }
        }
        return false;
    }

    static RenderException failure(LayerDef layer, String cause) {
        return new RenderException("msDrawMap(): Failed to draw layer named '" + layer.name() + "'. " + cause);
    }

    long draw(FeatureSource source, Graphics2D g) throws RenderException {
        LayerReprojection proj = LayerReprojection.of(layer, ctx, source.autoProjection());
        Extent q = proj.queryExtent(ctx.view().pixelEdges());
        boolean labelsInScale = ScaleRange.inBounds(ctx.view().scaleDenom(), layer.labelMinScaleDenom(),
                layer.labelMaxScaleDenom());
        long drawn = 0;
        boolean filter = layer.filter() != null && !source.filterApplied();
        long counted = 0;
        org.jmapserv.data.LayerGeomTransform transform = org.jmapserv.data.LayerGeomTransform.of(layer,
                ctx.evaluator(), ctx.view().cellSize(), ctx.view().units(), source);
        try (FeatureCursor cursor = source.query(new Envelope(q.minX(), q.maxX(), q.minY(), q.maxY()))) {
            for (Feature next = cursor.next(); next != null; next = cursor.next()) {
                if (filter && !ctx.evaluator().matches(layer.filter(), next, layer.filterItem())) {
                    continue;
                }
                Feature raw = transform == null ? next : transform.apply(next); // msLayerNextShape, after FILTER
                if (raw == null) {
                    continue;
                }
                int ci = classes.select(layer, raw, ctx.view().scaleDenom());
                if (ci < 0) {
                    continue;
                }
                if (maxFeatures >= 0 && counted >= maxFeatures) {
                    break; // msDrawVectorLayer: only features that get a class count
                }
                counted++;
                Feature f = layer.type() == org.jmapserv.mapfile.model.LayerType.CIRCLE ? proj.circleToMap(raw)
                        : proj.toMap(raw);
                if (f != null && allMatching) {
                    for (int i = ci; i < layer.classes().size(); i++) {
                        if (i == ci || classes.matches(layer, i, raw, ctx.view().scaleDenom())) {
                            drawFeature(g, f, layer.classes().get(i), classSymbols.get(i), labelsInScale);
                        }
                    }
                    drawn++;
                } else if (f != null) {
                    if (autoStyle != null) {
                        OgrAutoStyle.Styled st = autoStyle.style(layer.classes().get(ci), raw);
                        drawFeature(g, f, st.cls(), st.symbols(), labelsInScale);
                    } else {
                        drawFeature(g, f, layer.classes().get(ci), classSymbols.get(ci), labelsInScale);
                    }
                    drawn++;
                }
            }
            linePasses.rest(g);
        } catch (FontException | SymbolCatalog.UnknownSymbolException e) {
            throw failure(layer, e.getMessage());
        } catch (PixmapCache.SymbolLoadException e) {
            throw failure(layer, e.getMessage());
        } catch (FeaturePainter.TransformFailure e) {
            throw failure(layer, e.getMessage());
        }
        return drawn;
    }

    /**
     * circleLayerDrawShape (mapdraw.c): a two-point shape is the circle's bounding box; its centre is rounded to
     * whole pixels (MS_MAP2IMAGE_X/Y) and every in-scale style fills the circle as msCircleDrawShadeSymbol.
     */
    private void drawCircle(Graphics2D g, ShapeGeometry s, StyleValues[] values) throws FontException {
        if (s.partCount() != 1 || s.partEnd(0) - s.partStart(0) != 2) {
            return; // not a circle: MapServer skips it silently as an invalid shape
        }
        int i0 = s.partStart(0);
        double cx = (s.x(i0) + s.x(i0 + 1)) / 2;
        double cy = (s.y(i0) + s.y(i0 + 1)) / 2;
        double r = Math.abs(cx - s.x(i0));
        if (r == 0) {
            r = Math.abs(cy - s.y(i0));
        }
        if (r == 0) {
            return;
        }
        double px = Math.floor(ctx.view().toPixelX(cx) + 0.5);
        double py = Math.floor(ctx.view().toPixelY(cy) + 0.5);
        org.jmapserv.render.style.PixelShape circle = org.jmapserv.render.style.ArcShape.circle(px, py,
                r / ctx.view().cellSize());
        for (StyleValues v : values) {
            if (v != null) {
                painter.paintPolygon(g, circle, v);
            }
        }
    }

    private void drawFeature(Graphics2D g, Feature f, ClassDef c, SymbolDef[] syms, boolean labelsInScale)
            throws FontException, SymbolCatalog.UnknownSymbolException {
        StyleValues[] values = new StyleValues[c.styles().size()];
        double clipBuf = 0;
        for (int i = 0; i < values.length; i++) {
            StyleDef s = c.styles().get(i);
            if (ScaleRange.inBounds(ctx.view().scaleDenom(), s.minScaleDenom(), s.maxScaleDenom())) {
                values[i] = (autoStyle != null ? featureStyles : styles).resolve(s,
                        s.bindings().containsKey("SYMBOL") ? ctx.symbols().bound(s, f) : syms[i], f);
                ctx.boundStyles().remember(s, f);
                clipBuf = Math.max(clipBuf, clipBuffer(values[i]));
            }
        }
        if (clustered && outsideMap(f.shape())) {
            return; // pointLayerDrawShape skips points outside map->extent, which clusters of BUFFER points can be
        }
        if (layer.type() == org.jmapserv.mapfile.model.LayerType.CIRCLE) {
            drawCircle(g, f.shape(), values);
            return; // circleLayerDrawShape draws no labels
        }
        ShapeGeometry shape = clipToExtent(f.shape(), clipBuf);
        if (shape == null) {
            return; // wholly outside: clipping left nothing, msDrawShape draws nothing
        }
        PixelShape px = PixelShape.of(shape, ctx.view());
        if (px.isEmpty()) {
            return; // every part fell below a pixel: msDrawShape draws nothing, labels included
        }
        // GEOMTRANSFORM styles work on the unclipped shape, as msDrawShape keeps it for them
        PixelShape whole = shape == f.shape() || !hasGeomTransform(c) ? px : PixelShape.of(f.shape(), ctx.view());
        // PROCESSING "POLYLINE_NO_CLIP" (any value, LINE layers: MS_DRAWMODE_UNCLIPPEDLINES) strokes the whole line
        // so dashes and markers keep their phase across tiles; labels still use the clipped line
        PixelShape drawn = noClipLines && shape != f.shape() ? PixelShape.of(f.shape(), ctx.view()) : px;
        if (linePasses.applies(c)) {
            linePasses.first(g, f, drawn, whole, c, values);
        } else {
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    StyleDef def = c.styles().get(i);
                    painter.paint(g, layer.type(), f, def.geomTransform() == null ? drawn : whole, def, values[i]);
                }
            }
        }
        if (labelsInScale && !c.labels().isEmpty()) {
            // LABEL_NO_CLIP: label points come from the shape before it was cut to the view
            PixelShape labelShape = labelNoClip && shape != f.shape() ? PixelShape.of(f.shape(), ctx.view()) : px;
            Leader leader = uncached == null ? leader(c, f) : null;
            for (LabelRequest r : labels.build(layer, c, f, labelShape)) {
                if (uncached == null) {
                    ctx.labels().add(r, leader);
                } else {
                    uncached.draw(g, r);
                }
            }
        }
    }

    private static SymbolDef[] leaderSymbols(ClassDef c, DrawContext ctx, LayerDef layer)
            throws SymbolCatalog.UnknownSymbolException {
        if (c.leader() == null) {
            return null;
        }
        SymbolDef[] syms = new SymbolDef[c.leader().styles().size()];
        for (int i = 0; i < syms.length; i++) {
            syms[i] = ctx.symbols().resolve(c.leader().styles().get(i), layer.name());
        }
        return syms;
    }

    /** The class's LEADER with its STYLEs resolved for this feature (msDrawOffsettedLabels), or null. */
    private Leader leader(ClassDef c, Feature f) {
        LeaderDef def = c.leader();
        if (def == null || def.maxDistance() <= 0) {
            return null;
        }
        SymbolDef[] syms = leaderSymbols.get(layer.classes().indexOf(c));
        List<StyleValues> values = new ArrayList<>();
        for (int i = 0; i < syms.length; i++) {
            values.add(styles.resolve(def.styles().get(i), syms[i], f));
        }
        return new Leader(def.gridStep(), def.maxDistance(), values);
    }
}
