package org.jmapserv.data.ogr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.jmapserv.data.FeatureSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * An OGR VRT file (GDAL's VRT driver) pointing at the datasources jmapserv reads: each {@code OGRVRTLayer} names a
 * {@code SrcDataSource} (relative to the VRT when {@code relativeToVRT="1"}, otherwise as given) and a
 * {@code SrcLayer} or {@code SrcSQL}; {@code GeometryField encoding="PointFromColumns"} (x, y) or
 * {@code encoding="WKT"} (field) builds the geometry from CSV columns, otherwise the source geometry is used
 * ("direct"). Other VRT features (SrcRegion, union layers, Field renaming) are refused by name.
 */
final class VrtReader {

    private VrtReader() {
    }

    static FeatureSource open(OgrOpenRequest req) {
        Document doc = parse(req);
        Element root = doc.getDocumentElement();
        if (!root.getTagName().equals("OGRVRTDataSource")) {
            throw OgrErrors.openFailed(req, "Not an OGR VRT file: the root element is <" + root.getTagName() + ">");
        }
        List<Element> layers = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (e.getTagName().equals("OGRVRTLayer")) {
                    layers.add(e);
                } else {
                    throw OgrErrors.openFailed(req, "<" + e.getTagName() + "> in an OGR VRT is not supported by jmapserv");
                }
            }
        }
        Element layer = null;
        OgrLayerRef ref = req.ref();
        if (ref.name() != null) {
            for (Element l : layers) {
                if (layer == null && l.getAttribute("name").equalsIgnoreCase(ref.name())) {
                    layer = l;
                }
            }
        } else if (ref.index() >= 0 && ref.index() < layers.size()) {
            layer = layers.get(ref.index());
        }
        if (layer == null) {
            List<String> names = layers.stream().map(l -> l.getAttribute("name")).toList();
            throw OgrErrors.noLayer(req, "The VRT has layers " + names);
        }
        return openLayer(req, layer);
    }

    private static FeatureSource openLayer(OgrOpenRequest req, Element layer) {
        Element src = child(layer, "SrcDataSource");
        if (src == null) {
            throw OgrErrors.openFailed(req, "OGRVRTLayer '" + layer.getAttribute("name") + "' has no <SrcDataSource>");
        }
        for (String unsupported : List.of("SrcRegion", "Field", "FID", "Style", "ExtentXMin")) {
            if (child(layer, unsupported) != null) {
                throw OgrErrors.openFailed(req, "<" + unsupported + "> in an OGRVRTLayer is not supported by jmapserv");
            }
        }
        String path = src.getTextContent().trim();
        Path vrtDir = req.file().toAbsolutePath().getParent();
        Path srcFile = "1".equals(src.getAttribute("relativeToVRT")) ? vrtDir.resolve(path).normalize()
                : Path.of(path).isAbsolute() ? Path.of(path) : vrtDir.resolve(path).normalize();
        Element srcLayer = child(layer, "SrcLayer");
        Element srcSql = child(layer, "SrcSQL");
        OgrLayerRef ref = srcSql != null ? new OgrLayerRef(null, -1, srcSql.getTextContent().trim())
                : srcLayer != null ? OgrLayerRef.named(srcLayer.getTextContent().trim())
                : OgrLayerRef.named(layer.getAttribute("name"));
        OgrOpenRequest inner = req.withFile(srcFile, ref);
        Element geom = child(layer, "GeometryField");
        String encoding = geom == null ? "direct" : geom.getAttribute("encoding").toLowerCase(Locale.ROOT);
        if (encoding.isEmpty() || encoding.equals("direct")) {
            return OgrDatasets.open(inner);
        }
        String ext = srcFile.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!ext.endsWith(".csv") && !ext.endsWith(".txt") && !ext.endsWith(".tsv")) {
            throw OgrErrors.openFailed(req, "GeometryField encoding=\"" + encoding
                    + "\" is supported over CSV sources only in jmapserv (source " + srcFile + ")");
        }
        if (!java.nio.file.Files.exists(srcFile)) {
            throw OgrErrors.openFailed(inner, "File not found");
        }
        OgrDatasets.singleLayer(inner, OgrDatasets.stem(srcFile));
        CsvReader.Table t = CsvReader.table(inner);
        List<String> srs = layerSrs(child(layer, "LayerSRS"));
        switch (encoding) {
            case "pointfromcolumns" -> {
                int x = column(req, t, geom.getAttribute("x"));
                int y = column(req, t, geom.getAttribute("y"));
                return CsvReader.build(inner, t, -1, x, y).withProjection(srs);
            }
            case "wkt" -> {
                return CsvReader.build(inner, t, column(req, t, geom.getAttribute("field")), -1, -1).withProjection(srs);
            }
            default -> throw OgrErrors.openFailed(req, "GeometryField encoding=\"" + geom.getAttribute("encoding")
                    + "\" is not supported by jmapserv (PointFromColumns, WKT and direct are)");
        }
    }

    /** LayerSRS as PROJECTION args: WGS84 and EPSG:n are understood, anything else is unknown. */
    private static List<String> layerSrs(Element e) {
        if (e == null) {
            return List.of();
        }
        String v = e.getTextContent().trim();
        if (v.equalsIgnoreCase("WGS84") || v.equalsIgnoreCase("CRS84")) {
            return List.of("init=epsg:4326");
        }
        return v.toUpperCase(Locale.ROOT).matches("EPSG:\\d+") ? List.of("init=epsg:" + v.substring(5)) : List.of();
    }

    private static int column(OgrOpenRequest req, CsvReader.Table t, String name) {
        for (int i = 0; i < t.names().size(); i++) {
            if (t.names().get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw OgrErrors.openFailed(req, "GeometryField names column '" + name + "', which the source does not have "
                + t.names());
    }

    private static Element child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static Document parse(OgrOpenRequest req) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b.parse(req.file().toFile());
        } catch (SAXException e) {
            throw OgrErrors.openFailed(req, "Corrupt OGR VRT XML: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw OgrErrors.openFailed(req, "Cannot read the VRT file: " + e.getMessage());
        }
    }
}
