package org.jmapserv.render.layer;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.LayerSources;
import org.jmapserv.geo.PixelGrid;
import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.ScaleRange;
import org.locationtech.jts.geom.Envelope;

/**
 * The weighted sample grid of an interpolation layer (CONNECTIONTYPE KERNELDENSITY or IDW), as msInterpolationDataset
 * (mapinterpolation.c) fills it: the layer its CONNECTION names (or the first in-scale layer of that GROUP) is
 * queried over the map extent, grown by {@code radius} cells when borders are computed; each feature that gets a
 * class weighs its first in-scale style's SIZE (bound attribute or value; 1 without classes), and every vertex adds
 * its weight to the cell it falls in (truncated from the map's pixel-centre extent, as MS_MAP2IMAGE_XCELL_IC).
 */
public final class KernelDensitySamples {

    /**
     * The grid, {@code width x height} cells, how many vertices landed on it, and per vertex its cell and the cell's
     * sum just after it was added ({@code x, y, value} triples, as the IDW interpolation reads them).
     */
    public record Grid(float[] values, int width, int height, int points, float[] xyz) {
    }

    private KernelDensitySamples() {
    }

    public static Grid collect(LayerDef densityLayer, DrawContext ctx, LayerSources sources, int radius,
            boolean borders) throws RenderException {
        LayerDef source = linked(densityLayer, ctx);
        PixelGrid grid = ctx.view().grid();
        double cell = grid.cellsizeX();
        double geoRadius = borders ? radius * cell : 0;
        int width = grid.width() + (borders ? 2 * radius : 0);
        int height = grid.height() + (borders ? 2 * radius : 0);
        Extent search = new Extent(grid.extent().minX() - geoRadius, grid.extent().minY() - geoRadius,
                grid.extent().maxX() + geoRadius, grid.extent().maxY() + geoRadius);
        double originX = grid.extent().minX() - geoRadius;
        double originY = grid.extent().maxY() + geoRadius;
        double inv = 1.0 / cell;
        float[] values = new float[Math.multiplyExact(width, height)];
        int points = 0;
        float[] xyz = new float[48];
        ClassSelector classes = new ClassSelector(ctx.evaluator());
        double scale = ctx.view().scaleDenom();
        try (FeatureSource src = sources.open(ctx.map(), source)) {
            LayerReprojection proj = LayerReprojection.of(source, ctx, src.autoProjection());
            Extent q = proj.queryExtent(search);
            boolean filter = source.filter() != null && !src.filterApplied();
            try (FeatureCursor cursor = src.query(new Envelope(q.minX(), q.maxX(), q.minY(), q.maxY()))) {
                for (Feature raw = cursor.next(); raw != null; raw = cursor.next()) {
                    if (filter && !ctx.evaluator().matches(source.filter(), raw, source.filterItem())) {
                        continue;
                    }
                    double weight = 1.0;
                    if (!source.classes().isEmpty()) {
                        int c = classes.select(source, raw, scale);
                        if (c < 0) {
                            continue;
                        }
                        Double w = weight(source.classes().get(c), raw, scale);
                        if (w == null) {
                            continue; // no style in scale
                        }
                        weight = w;
                    }
                    Feature f = proj.toMap(raw);
                    if (f == null) {
                        continue;
                    }
                    for (int p = 0; p < f.shape().pointCount(); p++) {
                        int x = (int) ((f.shape().x(p) - originX) * inv);
                        int y = (int) ((originY - f.shape().y(p)) * inv);
                        if (x >= 0 && y >= 0 && x < width && y < height) {
                            values[y * width + x] += (float) weight;
                            if (3 * points + 3 > xyz.length) {
                                xyz = java.util.Arrays.copyOf(xyz, xyz.length * 2);
                            }
                            xyz[3 * points] = x;
                            xyz[3 * points + 1] = y;
                            xyz[3 * points + 2] = values[y * width + x];
                            points++;
                        }
                    }
                }
            }
        } catch (DataSourceException e) {
            throw VectorLayerPainter.failure(densityLayer, "msInterpolationDataset(): layer '" + source.name()
                    + "': " + e.getMessage());
        }
        return new Grid(values, width, height, points, java.util.Arrays.copyOf(xyz, 3 * points));
    }

    /** The first in-scale style's SIZE (its bound attribute read as atof), or null when no style is in scale. */
    private static Double weight(ClassDef c, Feature f, double scale) {
        for (StyleDef s : c.styles()) {
            if (ScaleRange.inBounds(scale, s.minScaleDenom(), s.maxScaleDenom())) {
                String item = s.bindings().get("SIZE");
                if (item != null) {
                    return atof(f.attribute(item));
                }
                return s.size();
            }
        }
        return null;
    }

    private static double atof(String s) {
        if (s == null) {
            return 0;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?").matcher(s);
        return m.find() ? Double.parseDouble(m.group().trim()) : 0;
    }

    /** The CONNECTION layer by name, else the first layer of that GROUP in scale (msGetLayersIndexByGroup). */
    private static LayerDef linked(LayerDef densityLayer, DrawContext ctx) throws RenderException {
        String name = densityLayer.connection();
        if (name == null || name.isBlank()) {
            throw VectorLayerPainter.failure(densityLayer, "msInterpolationDataset(): Interpolation layer has no "
                    + "CONNECTION defined");
        }
        List<LayerDef> group = new ArrayList<>();
        for (LayerDef l : ctx.map().layers()) {
            if (name.equals(l.name())) {
                return l;
            }
            if (name.equals(l.group())) {
                group.add(l);
            }
        }
        if (group.isEmpty()) {
            throw VectorLayerPainter.failure(densityLayer, "msInterpolationDataset(): Interpolation layer ("
                    + densityLayer.name() + ") references unknown layer (" + name + ")");
        }
        for (LayerDef l : group) {
            if (ScaleRange.inBounds(ctx.view().scaleDenom(), l.minScaleDenom(), l.maxScaleDenom())) {
                return l;
            }
        }
        throw VectorLayerPainter.failure(densityLayer, "msInterpolationDataset(): Interpolation layer ("
                + densityLayer.name() + ") references no layer for current scale");
    }
}
