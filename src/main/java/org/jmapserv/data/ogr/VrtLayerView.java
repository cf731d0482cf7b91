package org.jmapserv.data.ogr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.ShapeGeometry;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.w3c.dom.Element;

/**
 * What an OGRVRTLayer makes of its source layer's features (OGRVRTLayer::TranslateFeature): {@code <FID>} takes the
 * FID from a field; {@code <SrcRegion>} keeps the features whose geometry intersects the region (and, on the
 * GeometryField's own SrcRegion with {@code clip="true"}, cuts them to it — GDAL 3.6 does not clip for the
 * layer-level one); {@code <Field name src type>} elements select, rename and convert fields (no Field elements: every
 * source field, less the geometry's source columns when the GeometryField says {@code reportSrcColumn="false"});
 * {@code LayerSRS} replaces the CRS. With none of these the source is served as it is.
 */
final class VrtLayerView {

    private VrtLayerView() {
    }

    /** One output field: its name, the source column it reads, and the OGR type it converts to. */
    private record FieldMap(String name, int src, String type) {
    }

    static FeatureSource apply(OgrOpenRequest req, Element layer, Element geom, FeatureSource base, List<String> srs) {
        Element fidEl = VrtReader.child(layer, "FID");
        Element geomRegion = geom == null ? null : VrtReader.child(geom, "SrcRegion");
        Element region = geomRegion != null ? geomRegion : VrtReader.child(layer, "SrcRegion");
        List<Element> fieldEls = VrtReader.children(layer, "Field");
        boolean dropGeomColumns = geom != null && "false".equalsIgnoreCase(geom.getAttribute("reportSrcColumn"));
        if (fidEl == null && region == null && fieldEls.isEmpty() && !dropGeomColumns) {
            if (srs == null) {
                return base;
            }
            if (base instanceof MemoryFeatureSource m) {
                return m.withProjection(srs);
            }
        }
        List<String> srcNames = base.attributeNames();
        List<FieldMap> fields = new ArrayList<>();
        if (fieldEls.isEmpty()) {
            List<String> geomColumns = dropGeomColumns ? List.of(geom.getAttribute("x").toLowerCase(Locale.ROOT),
                    geom.getAttribute("y").toLowerCase(Locale.ROOT), geom.getAttribute("z").toLowerCase(Locale.ROOT),
                    geom.getAttribute("field").toLowerCase(Locale.ROOT)) : List.of();
            for (int i = 0; i < srcNames.size(); i++) {
                if (!geomColumns.contains(srcNames.get(i).toLowerCase(Locale.ROOT))) {
                    fields.add(new FieldMap(srcNames.get(i), i, "String"));
                }
            }
        } else {
            for (Element f : fieldEls) {
                String name = f.getAttribute("name");
                if (name.isEmpty()) {
                    throw OgrErrors.openFailed(req, "<Field> at " + LocatedXml.where(f) + " has no name attribute");
                }
                String src = f.getAttribute("src").isEmpty() ? name : f.getAttribute("src");
                int idx = indexOf(srcNames, src);
                if (idx < 0) {
                    throw OgrErrors.openFailed(req, "Unable to find source field '" + src + "' of <Field> at "
                            + LocatedXml.where(f) + " (the source has " + srcNames + ")");
                }
                fields.add(new FieldMap(name, idx, f.getAttribute("type").isEmpty() ? "String" : f.getAttribute("type")));
            }
        }
        int fid = -1;
        if (fidEl != null) {
            fid = indexOf(srcNames, fidEl.getTextContent().trim());
            if (fid < 0) {
                throw OgrErrors.openFailed(req, "Unable to find FID field '" + fidEl.getTextContent().trim()
                        + "' of <FID> at " + LocatedXml.where(fidEl) + " (the source has " + srcNames + ")");
            }
        }
        Geometry area = region == null ? null : region(req, region);
        PreparedGeometry prepared = area == null ? null : PreparedGeometryFactory.prepare(area);
        boolean clip = region != null && region == geomRegion && "true".equalsIgnoreCase(region.getAttribute("clip"));
        List<String> names = fields.stream().map(FieldMap::name).toList();
        List<Feature> out = new ArrayList<>();
        try (FeatureCursor c = base.query(area == null ? null : area.getEnvelopeInternal())) {
            for (Feature f = c.next(); f != null; f = c.next()) {
                ShapeGeometry shape = f.shape();
                if (prepared != null) {
                    Geometry g = f.geometry();
                    if (!prepared.intersects(g)) {
                        continue;
                    }
                    if (clip) {
                        shape = JtsShapes.toShape(g.intersection(area));
                        if (shape == null) {
                            continue;
                        }
                    }
                }
                String[] values = new String[fields.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = convert(f.attributes().value(fields.get(i).src()), fields.get(i).type());
                }
                long index = f.index();
                if (fid >= 0 && !f.attributes().value(fid).isEmpty()) {
                    index = OgrSqlExpr.leadingNumber(f.attributes().value(fid)).longValue();
                }
                out.add(new Feature(index, shape, new ValueRow(names, values)));
            }
        } finally {
            base.close();
        }
        MemoryFeatureSource m = new MemoryFeatureSource(names, out, out.size())
                .withProjection(srs != null ? srs : base.autoProjection());
        boolean typed = fieldEls.stream().anyMatch(f -> !f.getAttribute("type").isEmpty()
                && !f.getAttribute("type").equalsIgnoreCase("String"));
        return base instanceof MemoryFeatureSource b && b.textFields() && !typed ? m.withTextFields() : m;
    }

    /** A field value converted as OGRFeature::SetField converts text to the declared type (atoi / atof). */
    private static String convert(String v, String type) {
        if (v == null || v.isEmpty()) {
            return v;
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "integer", "integer64" -> Long.toString(OgrSqlExpr.leadingNumber(v).longValue());
            case "real" -> OgrValues.real(OgrSqlExpr.leadingNumber(v));
            default -> v;
        };
    }

    private static Geometry region(OgrOpenRequest req, Element region) {
        try {
            return new WKTReader().read(region.getTextContent().trim());
        } catch (ParseException e) {
            throw OgrErrors.openFailed(req, "<SrcRegion> at " + LocatedXml.where(region) + " is not valid WKT: "
                    + e.getMessage());
        }
    }

    private static int indexOf(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
