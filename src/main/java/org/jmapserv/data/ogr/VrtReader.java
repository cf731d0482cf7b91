package org.jmapserv.data.ogr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jmapserv.data.FeatureSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * An OGR VRT file as GDAL's VRT driver (OGRVRTLayer) reads it, over the datasources jmapserv reads: each
 * {@code OGRVRTLayer} names a {@code SrcDataSource} (relative to the VRT when {@code relativeToVRT="1"}) and a
 * {@code SrcLayer} (default: the VRT layer's name) or a {@code SrcSQL}; {@code GeometryField} builds the geometry
 * ({@code direct}, or over CSV {@code PointFromColumns} x/y, {@code WKT} or {@code WKB} from a field);
 * {@code LayerSRS} gives the CRS; {@code FID} a field holding the FID; {@code SrcRegion} a spatial filter (clipped
 * when {@code clip="true"} on the GeometryField's own SrcRegion, as GDAL 3.6 applies it); {@code Field} elements
 * select, rename and retype fields ({@link VrtLayerView}). {@code OGRVRTUnionLayer} ({@link VrtUnionSource}) and
 * {@code OGRVRTWarpedLayer} ({@link VrtWarpedSource}) nest any of the three. Anything else (Style, unknown elements)
 * is refused with the element's file:line:column.
 */
final class VrtReader {

    private static final Set<String> LAYER_ELEMENTS = Set.of("SrcDataSource", "SrcLayer", "SrcSQL", "FID",
            "GeometryType", "LayerSRS", "GeometryField", "SrcRegion", "Field", "ExtentXMin", "ExtentYMin",
            "ExtentXMax", "ExtentYMax", "FeatureCount");

    private static final Set<String> LAYER_KINDS = Set.of("OGRVRTLayer", "OGRVRTUnionLayer", "OGRVRTWarpedLayer");
    private static final Set<String> UNION_ELEMENTS = Set.of("FieldStrategy", "SourceLayerFieldName",
            "PreserveSrcFID", "GeometryType", "LayerSRS", "FeatureCount", "ExtentXMin", "ExtentYMin", "ExtentXMax",
            "ExtentYMax", "Field");
    private static final Set<String> WARPED_ELEMENTS = Set.of("SrcSRS", "TargetSRS", "WarpedGeomFieldName", "ExtentXMin", "ExtentYMin",
            "ExtentXMax", "ExtentYMax");

    private VrtReader() {
    }

    static FeatureSource open(OgrOpenRequest req) {
        return open(req, parse(req, null));
    }

    /**
     * A CONNECTION that is itself the VRT XML ({@code <OGRVRTDataSource>...}), which GDAL opens as is: the request's
     * file stands for it, in the working directory, against which GDAL resolves its relative sources too.
     */
    static FeatureSource openInline(OgrOpenRequest req, String xml) {
        return open(req, parse(req, xml));
    }

    private static FeatureSource open(OgrOpenRequest req, Document doc) {
        Element root = doc.getDocumentElement();
        if (!root.getTagName().equals("OGRVRTDataSource")) {
            throw OgrErrors.openFailed(req, "Not an OGR VRT file: the root element is <" + root.getTagName() + "> at "
                    + LocatedXml.where(root));
        }
        List<Element> layers = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (LAYER_KINDS.contains(e.getTagName())) {
                    layers.add(e);
                } else {
                    throw OgrErrors.openFailed(req, "<" + e.getTagName() + "> at " + LocatedXml.where(e)
                            + " is not supported by jmapserv (OGRVRTLayer, OGRVRTUnionLayer and OGRVRTWarpedLayer are)");
                }
            }
        }
        Element layer = null;
        OgrLayerRef ref = req.ref();
        if (ref.name() != null) {
            for (Element l : layers) {
                if (layer == null && layerName(l).equalsIgnoreCase(ref.name())) {
                    layer = l;
                }
            }
        } else if (ref.index() >= 0 && ref.index() < layers.size()) {
            layer = layers.get(ref.index());
        }
        if (layer == null) {
            List<String> names = layers.stream().map(VrtReader::layerName).toList();
            throw OgrErrors.noLayer(req, "The VRT has layers " + names);
        }
        return openAny(req, layer);
    }

    /** A layer element's name: its name attribute; a warped layer without one takes its source layer's. */
    private static String layerName(Element l) {
        if (!l.getAttribute("name").isEmpty() || !l.getTagName().equals("OGRVRTWarpedLayer")) {
            return l.getAttribute("name");
        }
        for (Element c : elements(l)) {
            if (LAYER_KINDS.contains(c.getTagName())) {
                return layerName(c);
            }
        }
        return "";
    }

    private static FeatureSource openAny(OgrOpenRequest req, Element layer) {
        return switch (layer.getTagName()) {
            case "OGRVRTUnionLayer" -> openUnion(req, layer);
            case "OGRVRTWarpedLayer" -> openWarped(req, layer);
            default -> openLayer(req, layer);
        };
    }

    /** OGRVRTUnionLayer (OGRVRTDataSource::InstantiateUnionLayer): its source layers in one, see {@link VrtUnionSource}. */
    private static FeatureSource openUnion(OgrOpenRequest req, Element layer) {
        if (layer.getAttribute("name").isEmpty()) {
            throw OgrErrors.openFailed(req, "Missing name attribute on OGRVRTUnionLayer at " + LocatedXml.where(layer));
        }
        List<Element> sources = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (Element e : elements(layer)) {
            if (LAYER_KINDS.contains(e.getTagName())) {
                sources.add(e);
            } else if (e.getTagName().equals("Field")) {
                fields.add(e.getAttribute("name"));
            } else if (!UNION_ELEMENTS.contains(e.getTagName())) {
                throw OgrErrors.openFailed(req, "<" + e.getTagName() + "> at " + LocatedXml.where(e)
                        + " in an OGRVRTUnionLayer is not supported by jmapserv");
            }
        }
        if (sources.isEmpty()) {
            throw OgrErrors.openFailed(req, "Cannot find source layers in OGRVRTUnionLayer at "
                    + LocatedXml.where(layer));
        }
        List<VrtUnionSource.Part> parts = new ArrayList<>();
        try {
            for (Element e : sources) {
                parts.add(new VrtUnionSource.Part(layerName(e), openAny(req, e)));
            }
            Element strategy = child(layer, "FieldStrategy");
            Element srcField = child(layer, "SourceLayerFieldName");
            Element preserve = child(layer, "PreserveSrcFID");
            List<String> srs = layerSrs(child(layer, "LayerSRS"));
            try {
                return new VrtUnionSource(parts, fields, strategy == null ? null : strategy.getTextContent(),
                        srcField == null ? null : srcField.getTextContent().trim(),
                        preserve != null && isOn(preserve.getTextContent()), srs);
            } catch (IllegalArgumentException e) {
                throw OgrErrors.openFailed(req, e.getMessage() + " (" + LocatedXml.where(strategy) + ")");
            }
        } catch (RuntimeException e) {
            parts.forEach(p -> p.source().close());
            throw e;
        }
    }

    /** OGRVRTWarpedLayer (InstantiateWarpedLayer): its one source layer reprojected, see {@link VrtWarpedSource}. */
    private static FeatureSource openWarped(OgrOpenRequest req, Element layer) {
        Element source = null;
        for (Element e : elements(layer)) {
            if (LAYER_KINDS.contains(e.getTagName())) {
                if (source != null) {
                    throw OgrErrors.openFailed(req, "A OGRVRTWarpedLayer can have only one source layer, the second "
                            + "is at " + LocatedXml.where(e));
                }
                source = e;
            } else if (!WARPED_ELEMENTS.contains(e.getTagName())) {
                throw OgrErrors.openFailed(req, "<" + e.getTagName() + "> at " + LocatedXml.where(e)
                        + " in an OGRVRTWarpedLayer is not supported by jmapserv");
            }
        }
        if (source == null) {
            throw OgrErrors.openFailed(req, "Cannot find source layer in OGRVRTWarpedLayer at "
                    + LocatedXml.where(layer));
        }
        Element targetElement = child(layer, "TargetSRS");
        if (targetElement == null) {
            throw OgrErrors.openFailed(req, "Missing TargetSRS element within OGRVRTWarpedLayer at "
                    + LocatedXml.where(layer));
        }
        Element fieldElement = child(layer, "WarpedGeomFieldName");
        String field = fieldElement == null ? "" : fieldElement.getTextContent().trim();
        FeatureSource base = openAny(req, source);
        try {
            if (!field.isEmpty()) {
                checkWarpedGeomField(req, source, fieldElement, field);
            }
            Element srcElement = child(layer, "SrcSRS");
            List<String> from = srcElement != null ? layerSrs(srcElement) : base.autoProjection();
            List<String> to = layerSrs(targetElement);
            if (to.isEmpty()) {
                throw OgrErrors.openFailed(req, "Failed to import TargetSRS \"" + targetElement.getTextContent().trim()
                        + "\" at " + LocatedXml.where(targetElement) + " (jmapserv reads WGS84, EPSG:n and +proj)");
            }
            if (from == null || from.isEmpty()) {
                throw OgrErrors.openFailed(req, srcElement != null ? "Failed to import SrcSRS \""
                        + srcElement.getTextContent().trim() + "\" at " + LocatedXml.where(srcElement)
                        : "OGRVRTWarpedLayer at " + LocatedXml.where(layer) + ": the source layer has no SRS "
                                + "jmapserv can name; give a SrcSRS");
            }
            org.jmapserv.geo.ProjectionFactory projections = new org.jmapserv.geo.ProjectionFactory();
            org.jmapserv.geo.Projection src = projections.fromMapfileArgs(from);
            org.jmapserv.geo.Projection dst = projections.fromMapfileArgs(to);
            return new VrtWarpedSource(base, org.jmapserv.geo.Reprojector.between(src, dst),
                    org.jmapserv.geo.Reprojector.between(dst, src), to);
        } catch (org.jmapserv.geo.ProjectionException e) {
            base.close();
            throw OgrErrors.openFailed(req, "OGRVRTWarpedLayer at " + LocatedXml.where(layer) + ": " + e.getMessage());
        } catch (RuntimeException e) {
            base.close();
            throw e;
        }
    }

    /**
     * Checks that {@code WarpedGeomFieldName} names the first geometry field of the source layer, the one MapServer
     * draws and the only one jmapserv reads; warping it is then what the layer does anyway. Naming a later
     * {@code GeometryField} is refused: GDAL 3.6 warps that field, and under the spatial filter MapServer always sets
     * its warped layer returns no feature (probed: 8.0 draws nothing, exit 0). The source's
     * geometry fields are those of its {@code GeometryField} elements ({@code name}, default empty), or without any,
     * the driver's one field, unnamed for GeoJSON, FlatGeobuf, shapefiles and CSV. A name not found is GDAL's
     * {@code Cannot find source geometry field 'x'}; names jmapserv cannot know (a GeoPackage's geometry column, a
     * nested union or warped layer) are refused.
     */
    private static void checkWarpedGeomField(OgrOpenRequest req, Element source, Element at, String field) {
        List<String> names = new ArrayList<>();
        if (source.getTagName().equals("OGRVRTLayer")) {
            for (Element e : elements(source)) {
                if (e.getTagName().equals("GeometryField")) {
                    names.add(e.getAttribute("name"));
                }
            }
            Element src = child(source, "SrcDataSource");
            String file = src == null ? "" : src.getTextContent().trim().toLowerCase(Locale.ROOT);
            if (names.isEmpty() && !file.endsWith(".gpkg")) {
                names.add(""); // GeoJSON, FlatGeobuf, shapefile, CSV: an unnamed geometry field
            }
        }
        if (names.isEmpty()) {
            throw OgrErrors.openFailed(req, "<WarpedGeomFieldName> at " + LocatedXml.where(at) + " names a geometry "
                    + "field of a GeoPackage or nested layer, which jmapserv cannot look up; name the field with "
                    + "<GeometryField name=\"" + field + "\"> in the source OGRVRTLayer");
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(field) && i == 0) {
                return;
            }
            if (names.get(i).equalsIgnoreCase(field)) {
                throw OgrErrors.openFailed(req, "<WarpedGeomFieldName> at " + LocatedXml.where(at) + " names the "
                        + "geometry field '" + names.get(i) + "', not the first one: GDAL 3.6 then gives MapServer no "
                        + "feature under its spatial filter (8.0 draws nothing) and jmapserv reads only the first "
                        + "geometry field, so it is not supported by jmapserv");
            }
        }
        throw OgrErrors.openFailed(req, "Cannot find source geometry field '" + field + "' (<WarpedGeomFieldName> at "
                + LocatedXml.where(at) + ")");
    }

    private static boolean isOn(String v) {
        String t = v.trim().toUpperCase(Locale.ROOT);
        return t.equals("ON") || t.equals("TRUE") || t.equals("YES") || t.equals("1");
    }

    private static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static FeatureSource openLayer(OgrOpenRequest req, Element layer) {
        for (Node n = layer.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && !LAYER_ELEMENTS.contains(e.getTagName())) {
                throw OgrErrors.openFailed(req, "<" + e.getTagName() + "> at " + LocatedXml.where(e)
                        + " in an OGRVRTLayer is not supported by jmapserv");
            }
        }
        Element src = child(layer, "SrcDataSource");
        if (src == null) {
            throw OgrErrors.openFailed(req, "OGRVRTLayer '" + layer.getAttribute("name") + "' at "
                    + LocatedXml.where(layer) + " has no <SrcDataSource>");
        }
        String path = src.getTextContent().trim();
        Path vrtDir = req.file().toAbsolutePath().getParent();
        Path srcFile = "1".equals(src.getAttribute("relativeToVRT")) ? vrtDir.resolve(path).normalize()
                : Path.of(path).isAbsolute() ? Path.of(path) : vrtDir.resolve(path).normalize();
        Element srcLayer = child(layer, "SrcLayer");
        Element srcSql = child(layer, "SrcSQL");
        if (srcSql != null && !srcSql.getAttribute("dialect").isEmpty()
                && !srcSql.getAttribute("dialect").equalsIgnoreCase("OGRSQL")
                && !srcFile.toString().toLowerCase(Locale.ROOT).endsWith(".gpkg")) {
            throw OgrErrors.openFailed(req, "<SrcSQL dialect=\"" + srcSql.getAttribute("dialect") + "\"> at "
                    + LocatedXml.where(srcSql) + " is not supported by jmapserv on this source (OGR SQL is)");
        }
        OgrLayerRef ref = srcSql != null ? new OgrLayerRef(null, -1, srcSql.getTextContent().trim())
                : srcLayer != null ? OgrLayerRef.named(srcLayer.getTextContent().trim())
                : OgrLayerRef.named(layer.getAttribute("name"));
        OgrOpenRequest inner = req.withFile(srcFile, ref).withNativeFilter(null);
        Element geom = child(layer, "GeometryField");
        Element srsElement = geom != null && child(geom, "SRS") != null ? child(geom, "SRS") : child(layer, "LayerSRS");
        List<String> srs = layerSrs(srsElement);
        FeatureSource base = geometrySource(req, inner, srcFile, geom);
        try {
            return VrtLayerView.apply(req, layer, geom, base, srs);
        } catch (RuntimeException e) {
            base.close();
            throw e;
        }
    }

    /** The source's features with the geometry the GeometryField encoding gives them. */
    private static FeatureSource geometrySource(OgrOpenRequest req, OgrOpenRequest inner, Path srcFile, Element geom) {
        String encoding = geom == null ? "direct" : geom.getAttribute("encoding").toLowerCase(Locale.ROOT);
        if (encoding.isEmpty() || encoding.equals("direct")) {
            return OgrDatasets.open(inner);
        }
        if (!Set.of("pointfromcolumns", "wkt", "wkb").contains(encoding)) {
            throw OgrErrors.openFailed(req, "GeometryField encoding=\"" + geom.getAttribute("encoding") + "\" at "
                    + LocatedXml.where(geom) + " is not supported by jmapserv (direct, PointFromColumns, WKT and WKB "
                    + "are)");
        }
        String ext = srcFile.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!ext.endsWith(".csv") && !ext.endsWith(".txt") && !ext.endsWith(".tsv")) {
            throw OgrErrors.openFailed(req, "GeometryField encoding=\"" + geom.getAttribute("encoding") + "\" at "
                    + LocatedXml.where(geom) + " is supported over CSV sources only in jmapserv (source " + srcFile + ")");
        }
        if (inner.ref().isSql()) {
            throw OgrErrors.openFailed(req, "GeometryField encoding=\"" + geom.getAttribute("encoding") + "\" at "
                    + LocatedXml.where(geom) + " over a <SrcSQL> is not supported by jmapserv (use SrcLayer)");
        }
        if (!Files.exists(srcFile)) {
            throw OgrErrors.openFailed(inner, "File not found");
        }
        OgrDatasets.singleLayer(inner, OgrDatasets.stem(srcFile));
        CsvReader.Table t = CsvReader.table(inner);
        return switch (encoding) {
            case "pointfromcolumns" -> CsvReader.build(inner, t, -1, column(req, geom, t, "x"), column(req, geom, t, "y"));
            case "wkt" -> CsvReader.build(inner, t, column(req, geom, t, "field"), -1, -1);
            default -> CsvReader.buildFromWkb(inner, t, column(req, geom, t, "field"));
        };
    }

    /**
     * LayerSRS as PROJECTION args: WGS84 / CRS84, EPSG:n and its URN forms, +proj strings; null when absent (the
     * source's own CRS stands), empty when not understood (PROJECTION AUTO then fails the layer clearly).
     */
    private static List<String> layerSrs(Element e) {
        if (e == null) {
            return null;
        }
        String v = e.getTextContent().trim();
        String u = v.toUpperCase(Locale.ROOT);
        if (u.equals("WGS84") || u.equals("CRS84") || u.equals("OGC:CRS84")) {
            return List.of("init=epsg:4326");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "(?:EPSG:|URN:OGC:DEF:CRS:EPSG:[0-9.]*:|HTTP://WWW.OPENGIS.NET/DEF/CRS/EPSG/0/)(\\d+)").matcher(u);
        if (m.matches()) {
            return List.of("init=epsg:" + m.group(1));
        }
        if (v.startsWith("+")) {
            return List.of(v.substring(1).split("\\s+\\+?"));
        }
        return List.of();
    }

    private static int column(OgrOpenRequest req, Element geom, CsvReader.Table t, String attr) {
        String name = geom.getAttribute(attr);
        for (int i = 0; i < t.names().size(); i++) {
            if (t.names().get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw OgrErrors.openFailed(req, "GeometryField " + attr + "=\"" + name + "\" at " + LocatedXml.where(geom)
                + " names a column the source does not have " + t.names());
    }

    static Element child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Document parse(OgrOpenRequest req, String inline) {
        try {
            return LocatedXml.parse(req.file(), inline);
        } catch (SAXParseException e) {
            throw OgrErrors.openFailed(req, "Corrupt OGR VRT XML at " + req.file() + ":" + e.getLineNumber() + ":"
                    + e.getColumnNumber() + ": " + e.getMessage());
        } catch (SAXException e) {
            throw OgrErrors.openFailed(req, "Corrupt OGR VRT XML: " + e.getMessage());
        } catch (IOException e) {
            throw OgrErrors.openFailed(req, "Cannot read the VRT file: " + e.getMessage());
        }
    }
}
