package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.geo.AxisOrder;
import org.jmapserv.geo.EpsgCodes;
import org.jmapserv.geo.Projection;
import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.geo.Rect;
import org.jmapserv.geo.Reprojector;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.model.ProjectionDef;
import org.jmapserv.ows.CFormat;
import org.jmapserv.ows.HtmlEntities;
import org.jmapserv.ows.OwsMetadata;

/**
 * The box elements of capabilities (mapows.cpp): msOWSPrintEX_GeographicBoundingBox (1.3.0) and
 * msOWSPrintLatLonBoundingBox (earlier) of the extent taken to WGS84 with "%.6f", and msOWSPrintBoundingBox: one
 * BoundingBox in the first code of {@code wms_srs} (else the PROJECTION's), or one per listed code with
 * {@code wms_bbox_extended}, the extent reprojected into each, geographic CRSs with "%.6f" and others with "%g",
 * lat/lon order for 1.3.0 where the EPSG axis order says so.
 */
final class WmsBoundingBoxes {

    private final ProjectionFactory projections;

    WmsBoundingBoxes(ProjectionFactory projections) {
        this.projections = projections;
    }

    /** msOWSGetEPSGProj: the srs metadata (its first code only, if asked), else the PROJECTION's code. */
    static String epsg(Metadata md, ProjectionDef proj, boolean onlyFirst) {
        String v = md == null ? null : OwsMetadata.lookup(md, "srs");
        if (v != null && !v.isBlank()) {
            String t = v.trim();
            return onlyFirst ? t.split("\\s+")[0] : t;
        }
        return proj == null ? null : EpsgCodes.fromArgs(proj.args()).orElse(null);
    }

    void geographic(StringBuilder b, String indent, Extent e, ProjectionDef src, int version) {
        Rect ll = toWgs84(e, src);
        if (ll == null) {
            return;
        }
        if (version >= WmsVersion.V130) {
            b.append(indent).append("<EX_GeographicBoundingBox>\n")
                    .append(indent).append("    <westBoundLongitude>").append(CFormat.f6(ll.minX()))
                    .append("</westBoundLongitude>\n")
                    .append(indent).append("    <eastBoundLongitude>").append(CFormat.f6(ll.maxX()))
                    .append("</eastBoundLongitude>\n")
                    .append(indent).append("    <southBoundLatitude>").append(CFormat.f6(ll.minY()))
                    .append("</southBoundLatitude>\n")
                    .append(indent).append("    <northBoundLatitude>").append(CFormat.f6(ll.maxY()))
                    .append("</northBoundLatitude>\n")
                    .append(indent).append("</EX_GeographicBoundingBox>\n");
        } else {
            b.append(indent).append("<LatLonBoundingBox minx=\"").append(CFormat.f6(ll.minX())).append("\" miny=\"")
                    .append(CFormat.f6(ll.minY())).append("\" maxx=\"").append(CFormat.f6(ll.maxX()))
                    .append("\" maxy=\"").append(CFormat.f6(ll.maxY())).append("\" />\n");
        }
    }

    void boundingBoxes(StringBuilder b, String indent, Extent e, ProjectionDef src, Metadata layerMd, Metadata mapMd,
            int version) {
        String extended = layerMd == null ? OwsMetadata.lookup(mapMd, "bbox_extended")
                : OwsMetadata.layerThenMap(layerMd, mapMd, "bbox_extended");
        List<String> codes = new ArrayList<>();
        if (extended != null && extended.regionMatches(true, 0, "true", 0, 4)) {
            String all = epsg(layerMd, src, false);
            if (all == null) {
                all = epsg(mapMd, src, false);
            }
            if (all != null) {
                codes.addAll(List.of(all.trim().split("\\s+")));
            }
        } else {
            String first = epsg(layerMd, src, true);
            if (first == null) {
                first = epsg(mapMd, src, true);
            }
            if (first != null) {
                codes.add(first);
            }
        }
        for (String code : codes) {
            if (code.isEmpty()) {
                continue;
            }
            Rect r = Rect.of(e);
            boolean geographic = false;
            try {
                Projection target = projections.fromString(code);
                geographic = target.isGeographic();
                Projection source = projections.fromMapfileArgs(src.args());
                if (source.isDefined() && target.isDefined()) {
                    r = Reprojector.between(source, target).transform(r);
                }
            } catch (RuntimeException ex) {
                // an unknown code keeps the extent as it is, as msLoadProjectionStringEPSG failing does
            }
            if (version >= WmsVersion.V130 && inverted(code)) {
                r = new Rect(r.minY(), r.minX(), r.maxY(), r.maxX());
            }
            b.append(indent).append("<BoundingBox ").append(version >= WmsVersion.V130 ? "CRS" : "SRS").append("=\"")
                    .append(HtmlEntities.encode(code)).append("\"\n").append(indent).append("            minx=\"")
                    .append(num(r.minX(), geographic)).append("\" miny=\"").append(num(r.minY(), geographic))
                    .append("\" maxx=\"").append(num(r.maxX(), geographic)).append("\" maxy=\"")
                    .append(num(r.maxY(), geographic)).append("\"");
            String resx = layerMd == null ? OwsMetadata.lookup(mapMd, "resx")
                    : OwsMetadata.layerThenMap(layerMd, mapMd, "resx");
            String resy = layerMd == null ? OwsMetadata.lookup(mapMd, "resy")
                    : OwsMetadata.layerThenMap(layerMd, mapMd, "resy");
            if (resx != null && resy != null) {
                b.append("\n").append(indent).append("            resx=\"").append(HtmlEntities.encode(resx))
                        .append("\" resy=\"").append(HtmlEntities.encode(resy)).append("\"");
            }
            b.append(" />\n");
        }
    }

    private static String num(double v, boolean geographic) {
        return geographic ? CFormat.f6(v) : CFormat.g(v);
    }

    private static boolean inverted(String code) {
        if (!code.regionMatches(true, 0, "EPSG:", 0, 5)) {
            return false;
        }
        try {
            return AxisOrder.isInverted(Integer.parseInt(code.substring(5).trim()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** msOWSProjectToWGS84: projected extents are taken to EPSG:4326; geographic or undefined ones are kept. */
    private Rect toWgs84(Extent e, ProjectionDef src) {
        Rect r = Rect.of(e);
        try {
            Projection p = projections.fromMapfileArgs(src.args());
            if (!p.isDefined() || p.isGeographic()) {
                return r;
            }
            return Reprojector.between(p, projections.fromString("EPSG:4326")).transform(r);
        } catch (RuntimeException ex) {
            return null;
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
