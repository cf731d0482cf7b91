package org.jmapserv.data.ogr;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.jmapserv.data.Feature;
import org.jmapserv.data.ShapeGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a GeoJSON file (a FeatureCollection, a single Feature or a bare geometry) with Jackson's streaming parser,
 * as GDAL's GeoJSON driver presents it to MapServer: one layer, fields in order of first appearance over all
 * features, numbers formatted as OGR formats them, booleans as 1/0, nested objects and arrays as JSON text, FIDs
 * numbered from 0 in file order. Coordinates are streamed straight into shapes.
 */
final class GeoJsonReader {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private final GeometryFactory gf = new GeometryFactory();
    private final OgrOpenRequest req;

    private GeoJsonReader(OgrOpenRequest req) {
        this.req = req;
    }

    static MemoryFeatureSource read(OgrOpenRequest req) {
        return new GeoJsonReader(req).parse();
    }

    private MemoryFeatureSource parse() {
        MemoryFeatureSource.checkSize(req, "GeoJSON");
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<Map<String, String>> props = new ArrayList<>();
        List<ShapeGeometry> shapes = new ArrayList<>();
        String collectionName = null;
        String crsName = null;
        try (InputStream in = Files.newInputStream(req.file()); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw OgrErrors.openFailed(req, "Not a GeoJSON file: it does not start with a JSON object");
            }
            // read the top object member by member: type, name, features (streamed), geometry, properties
            String type = null;
            Map<String, String> topProps = null;
            Geometry topGeom = null;
            boolean topHasGeom = false;
            Object bareCoords = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                JsonToken t = p.nextToken();
                switch (f) {
                    case "type" -> type = p.getValueAsString();
                    case "name" -> collectionName = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "crs" -> crsName = crsName(p);
                    case "features" -> {
                        expect(p, t, JsonToken.START_ARRAY, "features");
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            Object[] feat = feature(p);
                            addFeature(columns, props, shapes, (Map<String, String>) cast(feat[0]), (Geometry) feat[1]);
                        }
                    }
                    case "geometry" -> {
                        topGeom = geometry(p);
                        topHasGeom = true;
                    }
                    case "properties" -> topProps = properties(p);
                    case "coordinates" -> bareCoords = nested(p);
                    default -> p.skipChildren();
                }
            }
            if ("Feature".equals(type)) {
                addFeature(columns, props, shapes, topProps == null ? Map.of() : topProps, topHasGeom ? topGeom : null);
            } else if (type != null && bareCoords != null) {
                addFeature(columns, props, shapes, Map.of(), build(type, bareCoords));
            } else if (type != null && !"FeatureCollection".equals(type)) {
                throw OgrErrors.openFailed(req, "GeoJSON of type \"" + type + "\" is not supported");
            } else if (type == null) {
                throw OgrErrors.openFailed(req, "Not a GeoJSON file: the top object has no \"type\"");
            }
        } catch (JsonProcessingException e) {
            throw OgrErrors.openFailed(req, "Corrupt GeoJSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw OgrErrors.openFailed(req, "Cannot read the file: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw OgrErrors.openFailed(req, "Corrupt GeoJSON: " + e.getMessage());
        }
        checkLayer(collectionName);
        List<String> names = List.copyOf(columns.keySet());
        List<Feature> features = new ArrayList<>();
        List<Feature> rows = new ArrayList<>(shapes.size()); // GDAL serves features without geometry too
        for (int i = 0; i < shapes.size(); i++) {
            String[] values = new String[names.size()];
            Map<String, String> m = props.get(i);
            for (int c = 0; c < values.length; c++) {
                values[c] = m.get(names.get(c));
            }
            ShapeGeometry shape = shapes.get(i);
            Feature f = new Feature(i, shape == null ? MemoryFeatureSource.NO_GEOMETRY : shape,
                    new ValueRow(names, values));
            rows.add(f);
            if (shape != null) {
                features.add(f);
            }
        }
        return new MemoryFeatureSource(names, features, shapes.size()).withAttributeRows(rows)
                .withProjection(projection(crsName));
    }

    /** The "crs" member's properties.name (GeoJSON 2008), or null. */
    private static String crsName(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String name = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            if (f.equals("properties") && t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String k = p.currentName();
                    p.nextToken();
                    if (k.equals("name") && p.currentToken() == JsonToken.VALUE_STRING) {
                        name = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return name;
    }

    /**
     * GDAL's GeoJSON CRS: WGS 84 lon/lat (RFC 7946) without a "crs" member or with CRS84; an EPSG code from
     * {@code EPSG:n} or {@code urn:ogc:def:crs:EPSG::n}; anything else is unknown (PROJECTION AUTO then fails).
     */
    static List<String> projection(String crsName) {
        if (crsName == null || crsName.endsWith("CRS84")) {
            return List.of("init=epsg:4326");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)EPSG:(?:[0-9.]*:)?(\\d+)$").matcher(crsName);
        return m.find() ? List.of("init=epsg:" + m.group(1)) : List.of();
    }

    private void checkLayer(String collectionName) {
        OgrLayerRef ref = req.ref();
        if (ref.isSql()) {
            return; // handled by the caller
        }
        String stem = req.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        // GDAL names the layer by the collection's "name" member when it has one (the file name is then no name:
        // probed, 8.0 fails DATA "utf8" on a utf8.geojson whose name is "_src"), else by the file name
        String layerName = collectionName != null ? collectionName : stem;
        if (ref.name() != null && !ref.name().equalsIgnoreCase(layerName)) {
            throw OgrErrors.noLayer(req, "A GeoJSON file has one layer, named '" + layerName + "'");
        }
        if (ref.name() == null && ref.index() != 0) {
            throw OgrErrors.noLayer(req, "A GeoJSON file has one layer (index 0)");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> cast(Object o) {
        return (Map<String, String>) o;
    }

    private static void addFeature(Map<String, Integer> columns, List<Map<String, String>> props,
                                   List<ShapeGeometry> shapes, Map<String, String> p, Geometry g) {
        for (String k : p.keySet()) {
            columns.putIfAbsent(k, columns.size());
        }
        props.add(p);
        shapes.add(g == null ? null : JtsShapes.toShape(g));
    }

    private static void expect(JsonParser p, JsonToken t, JsonToken want, String what) throws JsonProcessingException {
        if (t != want) {
            throw new IllegalArgumentException("\"" + what + "\" should be " + want.asString() + " at line "
                    + p.currentLocation().getLineNr());
        }
    }

    /** A Feature object, parser on its START_OBJECT: {properties, geometry}. */
    private Object[] feature(JsonParser p) throws IOException {
        Map<String, String> props = Map.of();
        Geometry g = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "properties" -> props = properties(p);
                case "geometry" -> g = geometry(p);
                default -> p.skipChildren();
            }
        }
        return new Object[] {props, g};
    }

    private static Map<String, String> properties(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return Map.of();
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("\"properties\" should be an object at line " + p.currentLocation().getLineNr());
        }
        Map<String, String> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String k = p.currentName();
            JsonToken t = p.nextToken();
            m.put(k, switch (t) {
                case VALUE_NULL -> null;
                case VALUE_TRUE -> "1";
                case VALUE_FALSE -> "0";
                case VALUE_NUMBER_INT -> p.getText();
                case VALUE_NUMBER_FLOAT -> OgrValues.real(p.getDoubleValue());
                case VALUE_STRING -> p.getText();
                default -> asJsonText(p);
            });
        }
        return m;
    }

    private static String asJsonText(JsonParser p) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.copyCurrentStructure(p);
        }
        return w.toString();
    }

    /** A geometry object (parser on START_OBJECT or null). */
    private Geometry geometry(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("\"geometry\" should be an object at line " + p.currentLocation().getLineNr());
        }
        String type = null;
        Object coords = null;
        List<Geometry> members = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "type" -> type = p.getValueAsString();
                case "coordinates" -> coords = nested(p);
                case "geometries" -> {
                    members = new ArrayList<>();
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        Geometry m = geometry(p);
                        if (m != null) {
                            members.add(m);
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (type == null) {
            throw new IllegalArgumentException("geometry without \"type\" at line " + p.currentLocation().getLineNr());
        }
        if (type.equals("GeometryCollection")) {
            return gf.buildGeometry(members == null ? List.of() : members);
        }
        if (coords == null) {
            return null;
        }
        return build(type, coords);
    }

    /** Nested arrays of numbers: a double[] for a position, List for deeper levels. */
    private static Object nested(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException("\"coordinates\" should be an array at line " + p.currentLocation().getLineNr());
        }
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            double[] pos = new double[3];
            int n = 0;
            while (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                if (n < 3) {
                    pos[n] = p.getDoubleValue();
                }
                n++;
                t = p.nextToken();
            }
            if (t != JsonToken.END_ARRAY || n < 2) {
                throw new IllegalArgumentException("bad position at line " + p.currentLocation().getLineNr());
            }
            return pos;
        }
        List<Object> out = new ArrayList<>();
        while (t == JsonToken.START_ARRAY) {
            out.add(nested(p));
            t = p.nextToken();
        }
        if (t != JsonToken.END_ARRAY) {
            throw new IllegalArgumentException("bad coordinates at line " + p.currentLocation().getLineNr());
        }
        return out;
    }

    private Geometry build(String type, Object c) {
        return switch (type) {
            case "Point" -> point(c);
            case "MultiPoint" -> gf.createMultiPoint(list(c).stream().map(this::point).toArray(Point[]::new));
            case "LineString" -> line(c);
            case "MultiLineString" -> gf.createMultiLineString(list(c).stream().map(this::line).toArray(LineString[]::new));
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> gf.createMultiPolygon(list(c).stream().map(this::polygon).toArray(Polygon[]::new));
            default -> throw new IllegalArgumentException("unknown geometry type \"" + type + "\"");
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        if (!(o instanceof List<?>)) {
            throw new IllegalArgumentException("coordinates nested too shallow");
        }
        return (List<Object>) o;
    }

    private static Coordinate coord(Object o) {
        if (!(o instanceof double[] d)) {
            throw new IllegalArgumentException("coordinates nested too deep");
        }
        return new Coordinate(d[0], d[1]);
    }

    private Coordinate[] coords(Object o) {
        return list(o).stream().map(GeoJsonReader::coord).toArray(Coordinate[]::new);
    }

    private Point point(Object o) {
        return gf.createPoint(coord(o));
    }

    private LineString line(Object o) {
        return gf.createLineString(coords(o));
    }

    private Polygon polygon(Object o) {
        List<Object> rings = list(o);
        if (rings.isEmpty()) {
            return gf.createPolygon();
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return gf.createPolygon(shell, holes);
    }

    private LinearRing ring(Object o) {
        Coordinate[] c = coords(o);
        if (c.length > 0 && !c[0].equals2D(c[c.length - 1])) {
            Coordinate[] closed = java.util.Arrays.copyOf(c, c.length + 1);
            closed[c.length] = c[0];
            c = closed;
        }
        if (c.length < 4) {
            throw new IllegalArgumentException("a polygon ring needs at least 4 positions");
        }
        return gf.createLinearRing(c);
    }
}
