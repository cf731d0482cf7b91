package org.jmapserv.query.template;

import java.util.Map;

import org.jmapserv.data.ShapeGeometry;
import org.jmapserv.data.ShapeKind;
import org.jmapserv.data.ogr.JtsShapes;
import org.jmapserv.mapfile.model.expr.CNumberFormat;
import org.jmapserv.query.QueryView;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * The [shpxy] tag (processShpxyTag): the shape's coordinates with per-coordinate headers and footers (xh xf yh yf
 * cs), part (ph pf ps), shape (sh sf) and, for polygons when both orh and irh are given, outer/inner ring wrappers;
 * precision (default 0), scale / scale_x / scale_y, centroid=true (the bounding-box centre), proj=image (pixel
 * coordinates of the map image, rounded, after reprojecting a layer in another CRS to the map's) and proj=any
 * projection string (used when msProjectionsDiffer from the layer's: a layer without PROJECTION prints as stored),
 * buffer=N (msGEOSBuffer in the layer's units before any proj=) and buffer=Npx (in pixels, only with proj=image).
 * Like MapServer 8.0, an inner ring prints every point but its last, each followed by cs.
 */
final class ShpxyTag {

    /** msGEOSBuffer asks GEOS for 30 segments per quadrant. */
    private static final int BUFFER_QUADRANT_SEGMENTS = 30;

    private ShpxyTag() {
    }

    static String format(Map<String, String> a, ShapeGeometry shape, Geometry jts, QueryView view,
                         java.util.List<String> layerProj, java.util.List<String> mapProj) throws TemplateException {
        String xh = a.getOrDefault("xh", ""), xf = a.getOrDefault("xf", ","), yh = a.getOrDefault("yh", "");
        String yf = a.getOrDefault("yf", ""), cs = a.getOrDefault("cs", " ");
        String ph = a.getOrDefault("ph", ""), pf = a.getOrDefault("pf", ""), ps = a.getOrDefault("ps", " ");
        String sh = a.getOrDefault("sh", ""), sf = a.getOrDefault("sf", "");
        String irh = a.getOrDefault("irh", ""), irf = a.getOrDefault("irf", "");
        String orh = a.getOrDefault("orh", ""), orf = a.getOrDefault("orf", "");
        int precision = a.containsKey("precision") ? atoi(a.get("precision")) : 0;
        double sx = a.containsKey("scale") ? atof(a.get("scale")) : 1.0;
        double sy = sx;
        if (a.containsKey("scale_x")) {
            sx = atof(a.get("scale_x"));
        }
        if (a.containsKey("scale_y")) {
            sy = atof(a.get("scale_y"));
        }
        String proj = a.get("proj");
        boolean image = proj != null && proj.equalsIgnoreCase("image");
        boolean centroid = "true".equalsIgnoreCase(a.get("centroid"));
        String bufferArg = a.get("buffer");
        double buffer = bufferArg == null ? 0 : atof(bufferArg);
        boolean pixelBuffer = bufferArg != null && bufferArg.contains("px");
        if (!centroid && buffer != 0 && !pixelBuffer) {
            // in the layer's units, before any proj=
            shape = buffered(jts, buffer);
            if (shape == null) {
                return sh + sf;
            }
            jts = shape.toJts(ShapeGeometry.DEFAULT_FACTORY);
        }
        ShapeGeometry projected = image ? Projections.reproject(shape, layerProj, mapProj)
                : proj != null ? Projections.reproject(shape, layerProj, Projections.args(proj)) : shape;
        if (projected != shape) {
            shape = projected;
            jts = shape.toJts(ShapeGeometry.DEFAULT_FACTORY);
        }
        double[] center = {(shape.minX() + shape.maxX()) / 2, (shape.minY() + shape.maxY()) / 2};
        if (image) {
            // 8.0 sets precision 0 here only after it has built its point formats, so precision= still applies
            if (centroid) {
                ShapeGeometry p = toPixels(ShapeGeometry.point(center[0], center[1]), view);
                center = new double[] {p.x(0), p.y(0)};
                if (buffer != 0 && pixelBuffer) {
                    // 8.0 buffers the centroid point too, in pixels
                    shape = buffered(p.toJts(ShapeGeometry.DEFAULT_FACTORY), buffer);
                    if (shape == null) {
                        return sh + sf;
                    }
                    jts = shape.toJts(ShapeGeometry.DEFAULT_FACTORY);
                    centroid = false;
                }
            } else {
                ShapeGeometry clipped = switch (shape.kind()) {
                    case POLYGON -> org.jmapserv.render.style.PolygonClipper.clip(shape, view.extent().minX(),
                            view.extent().minY(), view.extent().maxX(), view.extent().maxY());
                    case LINE -> org.jmapserv.render.style.PolylineClipper.clip(shape, view.extent().minX(),
                            view.extent().minY(), view.extent().maxX(), view.extent().maxY());
                    default -> shape;
                };
                if (clipped == null) {
                    return sh + sf;
                }
                shape = toPixels(clipped, view);
                jts = shape.toJts(ShapeGeometry.DEFAULT_FACTORY);
                if (buffer != 0 && pixelBuffer) {
                    // buffer=Npx: in image pixels, after the rounding to whole pixels
                    shape = buffered(jts, buffer);
                    if (shape == null) {
                        return sh + sf;
                    }
                    jts = shape.toJts(ShapeGeometry.DEFAULT_FACTORY);
                }
            }
        }
        Coords c = new Coords(xh, xf, yh, yf, cs, precision, sx, sy, null);
        StringBuilder out = new StringBuilder(sh);
        if (centroid) {
            double[] xy = center;
            out.append(ph);
            c.append(out, xy, 0, 1);
            out.append(pf);
        } else if (shape.kind() == ShapeKind.POLYGON && !orh.isEmpty() && !irh.isEmpty()) {
            boolean first = true;
            for (int i = 0; i < jts.getNumGeometries(); i++) {
                Polygon p = (Polygon) jts.getGeometryN(i);
                if (!first && !ps.isEmpty()) {
                    out.append(ps);
                }
                first = false;
                out.append(ph).append(orh);
                c.append(out, ring(p.getExteriorRing()), 0, p.getExteriorRing().getNumPoints());
                out.append(orf);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    // as 8.0 writes inner rings: every point but the last, each followed by cs
                    LineString r = p.getInteriorRingN(h);
                    out.append(irh);
                    c.append(out, ring(r), 0, r.getNumPoints() - 1);
                    if (r.getNumPoints() > 1) {
                        out.append(cs);
                    }
                    out.append(irf);
                }
                out.append(pf);
            }
        } else {
            double[] xy = shape.coordinates();
            for (int part = 0; part < shape.partCount(); part++) {
                int n = shape.partEnd(part) - shape.partStart(part);
                if ((shape.kind() == ShapeKind.LINE && n < 2) || (shape.kind() == ShapeKind.POLYGON && n < 3)) {
                    continue;
                }
                out.append(ph);
                c.append(out, xy, shape.partStart(part), n);
                out.append(pf);
                if (part < shape.partCount() - 1 && !ps.isEmpty()) {
                    out.append(ps);
                }
            }
        }
        return out.append(sf).toString();
    }

    /**
     * msTransformShapeToPixelRound: map to image pixels with MS_NINT on (x - minx) * (1 / cellsize); lines and
     * polygons drop a vertex that rounds onto the previous one.
     */
    private static ShapeGeometry toPixels(ShapeGeometry g, QueryView view) {
        double ics = 1.0 / view.cellSize();
        double minx = view.extent().minX();
        double maxy = view.extent().maxY();
        double[] src = g.coordinates();
        double[] xy = new double[src.length];
        int[] starts = new int[g.partCount()];
        boolean dedupe = g.kind() == ShapeKind.LINE || g.kind() == ShapeKind.POLYGON;
        int k = 0;
        for (int part = 0; part < g.partCount(); part++) {
            starts[part] = k;
            for (int i = g.partStart(part); i < g.partEnd(part); i++) {
                double x = Projections.nint((src[2 * i] - minx) * ics);
                double y = Projections.nint((maxy - src[2 * i + 1]) * ics);
                if (dedupe && k > starts[part] && xy[2 * (k - 1)] == x && xy[2 * (k - 1) + 1] == y) {
                    continue;
                }
                xy[2 * k] = x;
                xy[2 * k + 1] = y;
                k++;
            }
        }
        return ShapeGeometry.of(g.kind(), starts, java.util.Arrays.copyOf(xy, 2 * k));
    }

    /**
     * msGEOSBuffer: GEOS's buffer with 30 segments a quadrant (JTS computes the same), its rings back as parts
     * (msGEOSGeometry2Shape); null when nothing is left (a negative buffer), which prints no coordinates.
     */
    private static ShapeGeometry buffered(Geometry g, double distance) {
        Geometry b = BufferOp.bufferOp(g, distance, new BufferParameters(BUFFER_QUADRANT_SEGMENTS));
        return JtsShapes.toShape(b);
    }

    private static double[] ring(LineString r) {
        double[] xy = new double[r.getNumPoints() * 2];
        for (int i = 0; i < r.getNumPoints(); i++) {
            xy[2 * i] = r.getCoordinateN(i).x;
            xy[2 * i + 1] = r.getCoordinateN(i).y;
        }
        return xy;
    }

    /** The per-point formats: every point but the last is followed by the coordinate separator. */
    private record Coords(String xh, String xf, String yh, String yf, String cs, int precision, double sx, double sy,
                          QueryView image) {

        void append(StringBuilder out, double[] xy, int first, int count) {
            String fmt = "%." + precision + "f";
            for (int i = 0; i < count; i++) {
                double x = xy[2 * (first + i)];
                double y = xy[2 * (first + i) + 1];
                if (image != null) {
                    x = Math.floor((x - image.extent().minX()) / image.cellSize() + 0.5);
                    y = Math.floor((image.extent().maxY() - y) / image.cellSize() + 0.5);
                }
                out.append(xh).append(CNumberFormat.format(fmt, sx * x)).append(xf)
                        .append(yh).append(CNumberFormat.format(fmt, sy * y)).append(yf);
                if (i < count - 1) {
                    out.append(cs);
                }
            }
        }
    }

    static int atoi(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*[+-]?\\d+").matcher(s);
        return m.find() ? Integer.parseInt(m.group().trim()) : 0;
    }

    static double atof(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")
                .matcher(s);
        return m.find() ? Double.parseDouble(m.group().trim()) : 0;
    }
}
