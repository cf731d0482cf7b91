package org.jmapserv.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.geo.Rect;
import org.jmapserv.geo.Reprojector;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.render.RenderRequest;

/**
 * The classic mapserv parameters an image mode reads (msCGILoadForm / commonLoadForm, mapservutil.c):
 * {@code layers} / {@code layer} (listed layers on, every other non-DEFAULT layer off), {@code mapext} /
 * {@code map.extent} (lon/lat values are reprojected when the map is projected), {@code mapsize} (1..MAXSIZE),
 * {@code imagetype} (checked against VALIDATION {@code imagetype} when present). Empty values are ignored.
 * {@code map.layer[...]} edits were removed in MapServer 8.0 and have no effect here either.
 */
public final class ClassicForm {

    /** The per-request map copy and the draw request derived from the form. */
    public record Result(MapDef map, RenderRequest request) {
    }

    private final ProjectionFactory projections;

    public ClassicForm(ProjectionFactory projections) {
        this.projections = projections;
    }

    public Result apply(MapDef map, RequestParams params) throws MapservException {
        RenderRequest request = RenderRequest.defaults();
        MapDef out = withLayers(map, params);
        Extent ext = extent(out, params);
        if (ext != null) {
            request = request.withExtent(ext);
        }
        String size = first(params, "mapsize", "map.size", "map_size");
        if (size != null) {
            int[] wh = size(size, out.maxSize());
            request = request.withSize(wh[0], wh[1]);
        }
        String type = first(params, "imagetype", "map.imagetype", "map_imagetype");
        if (type != null) {
            String pattern = out.web().validation().value("imagetype");
            if (pattern != null && !Pattern.compile(pattern).matcher(type).find()) {
                throw MapservException.application("msCGILoadForm", "Parameter pattern validation failed.");
            }
            request = request.withOutputFormat(type);
        }
        return new Result(out, request);
    }

    private static String first(RequestParams p, String... names) {
        for (String n : names) {
            String v = p.firstNonEmpty(n);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static MapDef withLayers(MapDef map, RequestParams params) {
        Set<String> listed = new LinkedHashSet<>();
        boolean all = false;
        for (RequestParams.Param p : params.startingWith("layer")) {
            if (p.value().isEmpty()) {
                continue;
            }
            if (p.name().toLowerCase(java.util.Locale.ROOT).startsWith("layers")) {
                for (String n : p.value().trim().split("\\s+")) {
                    all |= n.equalsIgnoreCase("all");
                    listed.add(n);
                }
            } else {
                listed.add(p.value());
            }
        }
        // As mapserv 8.0 (msCGILoadForm + isOn): with no layers/layer parameter at all, every layer that is not
        // STATUS DEFAULT is switched off too — a bare mode=map draws only the DEFAULT layers.
        List<LayerDef> layers = new ArrayList<>();
        for (LayerDef l : map.layers()) {
            if (l.status() == Status.DEFAULT) {
                layers.add(l);
                continue;
            }
            boolean on = all || listed.contains(l.name()) || (l.group() != null && listed.contains(l.group()));
            LayerDef.Builder b = l.toBuilder();
            b.status = on ? Status.ON : Status.OFF;
            layers.add(b.build());
        }
        MapDef.Builder mb = map.toBuilder();
        mb.layers = layers;
        return mb.build();
    }

    private Extent extent(MapDef map, RequestParams params) throws MapservException {
        String v = first(params, "mapext", "map.extent", "map_extent");
        if (v == null || v.trim().equalsIgnoreCase("shape")) {
            return null;
        }
        String[] parts = v.trim().split("[\\s,]+");
        if (parts.length != 4) {
            throw MapservException.application("msCGILoadForm", "Not enough arguments for mapext.");
        }
        double[] d = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                d[i] = Double.parseDouble(parts[i]);
            }
        } catch (NumberFormatException e) {
            throw MapservException.application("msCGILoadForm", "Invalid mapext value.");
        }
        Extent e = new Extent(d[0], d[1], d[2], d[3]);
        if (!e.isValid()) {
            throw MapservException.application("msCGILoadForm", "Invalid mapext: minx/miny must be below maxx/maxy.");
        }
        return looksGeographic(e) ? fromLonLat(map, e) : e;
    }

    private static boolean looksGeographic(Extent e) {
        return Math.abs(e.minX()) <= 180 && Math.abs(e.maxX()) <= 180 && Math.abs(e.minY()) <= 90
                && Math.abs(e.maxY()) <= 90;
    }

    private Extent fromLonLat(MapDef map, Extent e) {
        if (map.projection().isEmpty()) {
            return e;
        }
        var target = projections.fromMapfileArgs(map.projection().args());
        if (!target.isDefined() || target.isGeographic()) {
            return e;
        }
        Rect r = Reprojector.between(projections.fromString("EPSG:4326"), target)
                .transform(Rect.of(e));
        return r.toExtent();
    }

    /**
     * msCGILoadForm's mapext: four space-separated numbers (strtod: a bad one reads as 0), reprojected from lon/lat
     * when the map is projected and the values look like lon/lat.
     */
    Extent userExtent(MapDef map, String v) throws MapservException {
        String[] t = v.split(" ", -1);
        if (t.length != 4) {
            throw MapservException.application("msCGILoadForm", "Not enough arguments for mapext.");
        }
        Extent e = new Extent(strtod(t[0]), strtod(t[1]), strtod(t[2]), strtod(t[3]));
        return looksGeographic(e) && e.isValid() ? fromLonLat(map, e) : e;
    }

    /** msCGILoadForm's mapxy: a lon/lat point becomes a map point when the map is projected. */
    double[] userPoint(MapDef map, double x, double y) {
        if (map.projection().isEmpty() || Math.abs(x) > 180 || Math.abs(y) > 90) {
            return new double[] {x, y};
        }
        var target = projections.fromMapfileArgs(map.projection().args());
        if (!target.isDefined() || target.isGeographic()) {
            return new double[] {x, y};
        }
        double[] xy = {x, y};
        Reprojector.between(projections.fromString("EPSG:4326"), target).transform(xy, 0, 1);
        return xy;
    }

    /** C's strtod on a whole token: the longest leading number, 0 when there is none. */
    static double strtod(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?").matcher(s);
        return m.find() ? Double.parseDouble(m.group().trim()) : 0;
    }

    static int[] size(String value, int maxSize) throws MapservException {
        String[] p = value.trim().split("\\s+");
        try {
            int w = Integer.parseInt(p[0]);
            int h = p.length > 1 ? Integer.parseInt(p[1]) : -1;
            if (p.length != 2 || w < 1 || h < 1 || w > maxSize || h > maxSize) {
                throw MapservException.application("msCGILoadForm", "Image size out of range.");
            }
            return new int[] {w, h};
        } catch (NumberFormatException e) {
            throw MapservException.application("msCGILoadForm", "Image size out of range.");
        }
    }
}
