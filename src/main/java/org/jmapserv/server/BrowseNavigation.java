package org.jmapserv.server;

import java.util.Locale;

import org.jmapserv.geo.ExtentAdjuster;
import org.jmapserv.geo.Rect;
import org.jmapserv.geo.ScaleCalculator;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.MapDef;

/**
 * Where a browse request looks (mapservutil.c): the navigation part of msCGILoadForm (zoom, zoomdir, zoomsize,
 * imgext, imgxy, img.x / img.y, imgbox, imgsize, mapext, minx..maxy, mapxy, buffer, scale / scaledenom, read in
 * request order with 8.0's range checks and messages, and the ZOOMIN / ZOOMOUT modes), then setExtent and
 * checkWebScale. The result is the map extent before msDrawMap squares it, the clicked point (mappnt), RawExt
 * and the zoom state the template's [zoom_N_select] / [zoomdir_N_check] tags echo. A reference-map click (ref.x,
 * ref.y, refxy) recentres imgext's extent on the clicked point of the REFERENCE EXTENT.
 */
final class BrowseNavigation {

    /** MINZOOM / MAXZOOM (maptemplate.h). */
    private static final int MIN_ZOOM = -25;
    private static final int MAX_ZOOM = 25;

    private enum Source { NONE, USER_BOX, USER_POINT, IMAGE_POINT, IMAGE_BOX, BUFFER, SCALE, REFERENCE_POINT }

    /** The extent to draw (unsquared), mappnt, RawExt, and the Zoom / ZoomDirection the page sees. */
    record Result(Extent extent, double mapX, double mapY, Extent raw, double zoom, int zoomDirection) {
    }

    private Source source = Source.NONE;
    private double zoom = 1;
    private int zoomDirection;
    private int zoomSize;
    private double fZoom = 1;
    private double[] imgExt = {-1, -1, -1, -1};
    private double imgX = -1;
    private double imgY = -1;
    private double refX = -1;
    private double refY = -1;
    private double[] imgBox = {-1, -1, -1, -1};
    private int imgCols = -1;
    private int imgRows = -1;
    private double mapX = -1;
    private double mapY = -1;
    private double buffer;
    private double scaleDenom;
    private double[] extent;

    private BrowseNavigation() {
    }

    /**
     * {@code map} is the request's map with mapsize already applied; {@code start} the extent msCGILoadForm starts
     * from (the mapfile's, or mapext as ClassicForm read it, lon/lat values reprojected). {@code mode} is browse,
     * zoomin or zoomout.
     */
    static Result resolve(MapDef map, Extent start, RequestParams params, String mode, ClassicForm form)
            throws MapservException {
        BrowseNavigation n = new BrowseNavigation();
        n.extent = new double[] {start.minX(), start.minY(), start.maxX(), start.maxY()};
        n.read(map, params, form);
        if (mode.equals("zoomin")) {
            n.zoomDirection = 1;
        } else if (mode.equals("zoomout")) {
            n.zoomDirection = -1;
        }
        n.computeZoom();
        if (n.imgRows == -1) {
            n.imgRows = map.height();
        }
        if (n.imgCols == -1) {
            n.imgCols = map.width();
        }
        if (n.source == Source.IMAGE_POINT || n.source == Source.IMAGE_BOX) {
            // msCGIDispatchRequest: the existing image's extent is squared to its size first
            Extent e = ExtentAdjuster.adjust(new Rect(n.imgExt[0], n.imgExt[1], n.imgExt[2], n.imgExt[3]), n.imgCols,
                    n.imgRows).extent().toExtent();
            n.imgExt = new double[] {e.minX(), e.minY(), e.maxX(), e.maxY()};
        }
        Extent raw = n.setExtent(map);
        raw = n.checkWebScale(map, raw);
        return new Result(new Extent(n.extent[0], n.extent[1], n.extent[2], n.extent[3]), n.mapX, n.mapY, raw,
                n.zoom, n.zoomDirection);
    }

    private void read(MapDef map, RequestParams params, ClassicForm form) throws MapservException {
        int maxSize = map.maxSize();
        for (RequestParams.Param p : params.all()) {
            String name = p.name().toLowerCase(Locale.ROOT);
            String v = p.value();
            if (v.isEmpty()) {
                continue;
            }
            switch (name) {
                case "zoom" -> {
                    zoom = numeric(v);
                    if (zoom > MAX_ZOOM || zoom < MIN_ZOOM) {
                        throw MapservException.application("msCGILoadForm", "Zoom value out of range.");
                    }
                }
                case "zoomdir" -> {
                    zoomDirection = (int) numeric(v);
                    if (zoomDirection != -1 && zoomDirection != 1 && zoomDirection != 0) {
                        throw MapservException.application("msCGILoadForm", "Zoom direction must be 1, 0 or -1.");
                    }
                }
                case "zoomsize" -> {
                    zoomSize = (int) numeric(v);
                    if (zoomSize > MAX_ZOOM || zoomSize < 1) {
                        throw MapservException.application("msCGILoadForm", "Invalid zoom size.");
                    }
                }
                case "imgext" -> imgExt = tokens(v, 4, "imgext");
                case "mapext" -> {
                    if (!v.regionMatches(true, 0, "shape", 0, 5)) {
                        Extent e = form.userExtent(map, v);
                        extent = new double[] {e.minX(), e.minY(), e.maxX(), e.maxY()};
                        if (e.minX() != e.maxX() && e.minY() != e.maxY()) {
                            source = Source.USER_BOX;
                        }
                    }
                }
                case "minx" -> extent[0] = numeric(v);
                case "maxx" -> extent[2] = numeric(v);
                case "miny" -> extent[1] = numeric(v);
                case "maxy" -> {
                    extent[3] = numeric(v);
                    source = Source.USER_BOX;
                }
                case "mapxy" -> {
                    if (!v.regionMatches(true, 0, "shape", 0, 5)) {
                        double[] xy = tokens(v, 2, "mapxy");
                        double[] m = form.userPoint(map, xy[0], xy[1]);
                        mapX = m[0];
                        mapY = m[1];
                        if (source == Source.NONE) {
                            source = Source.USER_POINT;
                        }
                    }
                }
                case "img.x", "img.y" -> {
                    double c = numeric(v);
                    if (c > 2 * maxSize || c < -2 * maxSize) {
                        throw MapservException.application("msCGILoadForm", "Coordinate out of range.");
                    }
                    if (name.equals("img.x")) {
                        imgX = c;
                    } else {
                        imgY = c;
                    }
                    source = Source.IMAGE_POINT;
                }
                case "imgxy" -> {
                    if (source == Source.IMAGE_POINT) {
                        continue;
                    }
                    double[] xy = tokens(v, 2, "imgxy");
                    imgX = xy[0];
                    imgY = xy[1];
                    if (imgX > 2 * maxSize || imgX < -2 * maxSize || imgY > 2 * maxSize || imgY < -2 * maxSize) {
                        throw MapservException.application("msCGILoadForm", "Reference map coordinate out of range.");
                    }
                    if (source == Source.NONE) {
                        source = Source.IMAGE_POINT;
                    }
                }
                case "imgbox" -> {
                    imgBox = tokens(v, 4, "imgbox");
                    if (imgBox[0] != imgBox[2] && imgBox[1] != imgBox[3]) {
                        source = Source.IMAGE_BOX;
                    }
                }
                case "ref.x", "ref.y" -> {
                    double c = numeric(v);
                    if (c > 2 * maxSize || c < -2 * maxSize) {
                        throw MapservException.application("msCGILoadForm", "Coordinate out of range.");
                    }
                    if (name.equals("ref.x")) {
                        refX = c;
                    } else {
                        refY = c;
                    }
                    source = Source.REFERENCE_POINT;
                }
                case "refxy" -> {
                    double[] xy = tokens(v, 2, "imgxy"); // 8.0's message names imgxy
                    refX = xy[0];
                    refY = xy[1];
                    if (refX > 2 * maxSize || refX < -2 * maxSize || refY > 2 * maxSize || refY < -2 * maxSize) {
                        throw MapservException.application("msCGILoadForm", "Reference map coordinate out of range.");
                    }
                    source = Source.REFERENCE_POINT;
                }
                case "buffer" -> {
                    buffer = numeric(v);
                    source = Source.BUFFER;
                }
                case "scale", "scaledenom" -> {
                    scaleDenom = numeric(v);
                    if (scaleDenom <= 0) {
                        throw MapservException.application("msCGILoadForm", "Scale out of range.");
                    }
                    source = Source.SCALE;
                }
                case "imgsize" -> {
                    double[] wh = tokens(v, 2, "imgsize");
                    imgCols = (int) wh[0];
                    imgRows = (int) wh[1];
                    if (imgCols > maxSize || imgRows > maxSize || imgCols <= 0 || imgRows <= 0) {
                        throw MapservException.application("msCGILoadForm", "Image size out of range.");
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Zoom direction and size make the zoom factor; otherwise zoom itself (between -1 and 1 is a pan). */
    private void computeZoom() {
        if (zoomSize != 0) {
            if (zoomDirection == 0) {
                fZoom = 1;
            } else {
                fZoom = zoomSize * zoomDirection;
                if (fZoom < 0) {
                    fZoom = 1.0 / Math.abs(fZoom);
                }
            }
        } else if (zoom >= -1 && zoom <= 1) {
            fZoom = 1;
        } else {
            fZoom = zoom < 0 ? 1.0 / Math.abs(zoom) : zoom;
        }
    }

    /** setExtent: returns RawExt. */
    private Extent setExtent(MapDef map) throws MapservException {
        switch (source) {
            case IMAGE_BOX -> {
                double cx = (imgExt[2] - imgExt[0]) / (imgCols - 1);
                double cy = (imgExt[3] - imgExt[1]) / (imgRows - 1);
                extent = new double[] {imgExt[0] + imgBox[0] * cx, imgExt[3] - imgBox[3] * cy,
                    imgExt[0] + imgBox[2] * cx, imgExt[3] - imgBox[1] * cy};
            }
            case IMAGE_POINT -> {
                double cx = (imgExt[2] - imgExt[0]) / (imgCols - 1);
                double cy = (imgExt[3] - imgExt[1]) / (imgRows - 1);
                mapX = imgExt[0] + imgX * cx;
                mapY = imgExt[3] - imgY * cy;
                double hw = .5 * ((imgExt[2] - imgExt[0]) / fZoom);
                double hh = .5 * ((imgExt[3] - imgExt[1]) / fZoom);
                extent = new double[] {mapX - hw, mapY - hh, mapX + hw, mapY + hh};
            }
            case REFERENCE_POINT -> {
                // the REFERENCE EXTENT and SIZE as the mapfile gives them (pixel centres, MS_CELLSIZE)
                var ref = map.reference();
                if (ref.extent() == null) {
                    throw MapservException.application("mapserv", "A reference map click needs a REFERENCE EXTENT.");
                }
                double cx = (ref.extent().maxX() - ref.extent().minX()) / (ref.width() - 1);
                double cy = (ref.extent().maxY() - ref.extent().minY()) / (ref.height() - 1);
                mapX = ref.extent().minX() + cx * refX;
                mapY = ref.extent().maxY() - cy * refY;
                double hw = .5 * (imgExt[2] - imgExt[0]);
                double hh = .5 * (imgExt[3] - imgExt[1]);
                extent = new double[] {mapX - hw, mapY - hh, mapX + hw, mapY + hh};
            }
            case BUFFER -> extent = new double[] {mapX - buffer, mapY - buffer, mapX + buffer, mapY + buffer};
            case SCALE -> {
                double cell = (scaleDenom / map.resolution()) / map.units().inchesPerUnit();
                double hw = cell * (map.width() - 1) / 2.0;
                double hh = cell * (map.height() - 1) / 2.0;
                extent = new double[] {mapX - hw, mapY - hh, mapX + hw, mapY + hh};
            }
            default -> {
                if (extent[0] == extent[2] && extent[1] == extent[3]) {
                    throw MapservException.application("mapserv", "No way to generate map extent.");
                }
            }
        }
        return new Extent(extent[0], extent[1], extent[2], extent[3]);
    }

    /**
     * checkWebScale: a scale outside WEB MINSCALEDENOM / MAXSCALEDENOM pans at that limit around the extent's
     * centre (zoom reset to a pan). With a MINTEMPLATE / MAXTEMPLATE set, 8.0 leaves the extent as it is and still
     * answers the normal page (found by probing), and so does this.
     */
    private Extent checkWebScale(MapDef map, Extent raw) throws MapservException {
        Rect r = new Rect(extent[0], extent[1], extent[2], extent[3]);
        if (!r.isValid()) {
            return raw;
        }
        var grid = ExtentAdjuster.adjust(r, map.width(), map.height());
        double scale = ScaleCalculator.scaleDenominator(grid.extent(), map.units(), map.width(), map.height(),
                map.resolution());
        double min = map.web().minScaleDenom();
        double max = map.web().maxScaleDenom();
        double limit;
        if (scale < min && min > 0) {
            if (map.web().minTemplate() != null) {
                return raw;
            }
            limit = min;
        } else if (scale > max && max > 0) {
            if (map.web().maxTemplate() != null) {
                return raw;
            }
            limit = max;
        } else {
            return raw;
        }
        zoom = 1;
        fZoom = 1;
        zoomDirection = 0;
        source = Source.SCALE;
        scaleDenom = limit;
        mapX = (extent[2] + extent[0]) / 2;
        mapY = (extent[3] + extent[1]) / 2;
        return setExtent(map);
    }

    /** True when the request clicks in the reference map, which makes any mapserv mode BROWSE (msCGIDispatchRequest). */
    static boolean hasReferenceClick(RequestParams params) {
        for (RequestParams.Param p : params.all()) {
            String n = p.name().toLowerCase(Locale.ROOT);
            if (!p.value().isEmpty() && (n.equals("ref.x") || n.equals("ref.y") || n.equals("refxy"))) {
                return true;
            }
        }
        return false;
    }

    /** GET_NUMERIC: the whole value must be a number (strtod), else MS_TYPEERR. */
    private static double numeric(String v) throws MapservException {
        try {
            String t = v.stripLeading();
            if (t.isEmpty() || t.endsWith("d") || t.endsWith("D") || t.endsWith("f") || t.endsWith("F")) {
                throw new NumberFormatException(v);
            }
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new MapservException(200, "GET_NUMERIC(): Incorrect data type. ");
        }
    }

    /** msStringSplit on ' ' with exactly {@code n} tokens, each read as strtod reads it (a bad number is 0). */
    private static double[] tokens(String v, int n, String name) throws MapservException {
        String[] t = v.split(" ", -1);
        if (t.length != n) {
            throw MapservException.application("msCGILoadForm", "Not enough arguments for " + name + ".");
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = ClassicForm.strtod(t[i]);
        }
        return out;
    }
}
