package org.jmapserv.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jmapserv.geo.AxisOrder;
import org.jmapserv.geo.ProjectionException;
import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.OutputFormatDef;
import org.jmapserv.mapfile.model.ProjectionDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.render.RenderRequest;

/**
 * Reads a GetMap request into a per-request map copy, mirroring msWMSLoadGetMapParams (mapwms.cpp): required
 * LAYERS, STYLES (1.3.0, unless {@code wms_allow_getmap_without_styles}), SRS/CRS, BBOX, WIDTH, HEIGHT and
 * FORMAT with MapServer's exception codes; 1.3.0 BBOX in the CRS's EPSG axis order; size limited to MAXSIZE;
 * TRANSPARENT and BGCOLOR. Requested layers (by NAME or GROUP) are switched on and drawn in LAYERS order, others
 * off unless DEFAULT. Known gap: a BBOX whose aspect differs from WIDTH/HEIGHT is drawn with square pixels.
 */
final class WmsGetMap {

    /** The map copy and draw request for one GetMap. */
    record Prepared(MapDef map, RenderRequest request) {
    }

    private final ProjectionFactory projections;

    WmsGetMap(ProjectionFactory projections) {
        this.projections = projections;
    }

    Prepared prepare(MapDef map, RequestParams p, boolean v130) throws WmsException {
        String layers = required(p, "LAYERS");
        if (v130 && p.first("STYLES") == null
                && !"true".equalsIgnoreCase(map.web().metadata().value("wms_allow_getmap_without_styles"))) {
            throw WmsException.getMap("MissingParameterValue", "Missing required parameter STYLES.");
        }
        String srs = required(p, v130 ? "CRS" : "SRS");
        Extent bbox = bbox(required(p, "BBOX"), srs, v130);
        int width = size(p, "WIDTH", map.maxSize());
        int height = size(p, "HEIGHT", map.maxSize());
        String format = required(p, "FORMAT");
        List<LayerDef> ordered = layers(map, layers);
        MapDef.Builder b = map.toBuilder();
        b.layers = ordered;
        b.projection = projection(map, srs, v130);
        b.extent = bbox;
        Color bg = bgColor(p.first("BGCOLOR"));
        if (bg != null) {
            b.imageColor = bg;
        }
        OutputFormatDef f = WmsFormats.find(map, format);
        if (f == null) {
            throw new WmsException("InvalidFormat", "msWMSLoadGetMapParams(): Image handling error. "
                    + "Unsupported output format (" + format + ").");
        }
        boolean transparent = "TRUE".equalsIgnoreCase(p.first("TRANSPARENT"));
        OutputFormatDef chosen = new OutputFormatDef("wms_getmap", f.driver(), f.mimeType(), f.extension(),
                transparent ? OutputFormatDef.ImageMode.RGBA : f.imageMode(), transparent, f.formatOptions(),
                SourcePosition.NONE);
        List<OutputFormatDef> formats = new ArrayList<>(b.outputFormats);
        formats.add(0, chosen);
        b.outputFormats = formats;
        RenderRequest request = RenderRequest.defaults().withExtent(bbox).withSize(width, height)
                .withOutputFormat("wms_getmap");
        return new Prepared(b.build(), request);
    }

    private static String required(RequestParams p, String name) throws WmsException {
        String v = p.first(name);
        if (v == null || (v.isEmpty() && !name.equals("STYLES"))) {
            throw WmsException.getMap("MissingParameterValue", "Missing required parameter " + name);
        }
        return v;
    }

    private static Extent bbox(String value, String srs, boolean v130) throws WmsException {
        String[] parts = value.split(",");
        if (parts.length != 4) {
            throw WmsException.getMap(null, "Wrong number of arguments for BBOX.");
        }
        double[] d = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                d[i] = Double.parseDouble(parts[i].trim());
            }
        } catch (NumberFormatException e) {
            throw WmsException.getMap(null, "Invalid values for BBOX.");
        }
        if (v130 && invertedAxes(srs)) {
            d = new double[] {d[1], d[0], d[3], d[2]};
        }
        Extent e = new Extent(d[0], d[1], d[2], d[3]);
        if (!(e.maxX() > e.minX() && e.maxY() > e.minY())) {
            throw WmsException.getMap(null, "Invalid values for BBOX.");
        }
        return e;
    }

    private static boolean invertedAxes(String srs) {
        String u = srs.toUpperCase(Locale.ROOT);
        if (!u.startsWith("EPSG:")) {
            return false;
        }
        try {
            return AxisOrder.isInverted(Integer.parseInt(u.substring(5)));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int size(RequestParams p, String name, int max) throws WmsException {
        String v = required(p, name);
        int n;
        try {
            n = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > max) {
            throw WmsException.getMap(null, "Image size out of range, WIDTH and HEIGHT must be between 1 and "
                    + max + " pixels.");
        }
        return n;
    }

    private static List<LayerDef> layers(MapDef map, String list) throws WmsException {
        Set<String> wanted = new LinkedHashSet<>(List.of(list.split(",")));
        List<LayerDef> first = new ArrayList<>();
        List<LayerDef> requested = new ArrayList<>();
        for (String name : wanted) {
            boolean found = false;
            for (LayerDef l : map.layers()) {
                if (name.equals(l.name()) || (l.group() != null && name.equals(l.group()))) {
                    requested.add(withStatus(l, Status.ON));
                    found = true;
                }
            }
            if (!found) {
                throw WmsException.getMap("LayerNotDefined", "Invalid layer(s) given in the LAYERS parameter. "
                        + "A layer might be disabled for this request. Check wms/ows_enable_request settings.");
            }
        }
        for (LayerDef l : map.layers()) {
            if (requested.stream().noneMatch(r -> r.name() != null && r.name().equals(l.name()))) {
                first.add(l.status() == Status.DEFAULT ? l : withStatus(l, Status.OFF));
            }
        }
        first.addAll(requested);
        return first;
    }

    private static LayerDef withStatus(LayerDef l, Status s) {
        LayerDef.Builder b = l.toBuilder();
        b.status = s;
        return b.build();
    }

    private ProjectionDef projection(MapDef map, String srs, boolean v130) throws WmsException {
        String code = srs.equalsIgnoreCase("CRS:84") ? "EPSG:4326" : srs;
        if (!WmsSrsList.of(map).contains(code.toUpperCase(Locale.ROOT)) && !srs.equalsIgnoreCase("CRS:84")) {
            throw WmsException.getMap(v130 ? "InvalidCRS" : "InvalidSRS", "Invalid " + (v130 ? "CRS" : "SRS")
                    + " given : " + (v130 ? "CRS" : "SRS") + " must be valid for all requested layers.");
        }
        List<String> args = List.of("init=" + code.toLowerCase(Locale.ROOT));
        try {
            projections.fromMapfileArgs(args);
        } catch (ProjectionException e) {
            throw WmsException.getMap(v130 ? "InvalidCRS" : "InvalidSRS", "Unsupported " + (v130 ? "CRS" : "SRS")
                    + ".");
        }
        return new ProjectionDef(args, SourcePosition.NONE);
    }

    private static Color bgColor(String v) throws WmsException {
        if (v == null || v.isEmpty()) {
            return null;
        }
        String hex = v.startsWith("0x") || v.startsWith("0X") ? v.substring(2) : v;
        try {
            int rgb = Integer.parseInt(hex, 16);
            return Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
        } catch (NumberFormatException e) {
            throw WmsException.getMap(null, "Invalid BGCOLOR.");
        }
    }
}
