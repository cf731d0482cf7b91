package org.jmapserv.data.ogr;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jmapserv.data.Feature;
import org.jmapserv.data.RawText;
import org.jmapserv.data.ShapeGeometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A delimited text file as GDAL's CSV driver reads it for MapServer: the first line names the fields (separator
 * comma, or semicolon / tab when the header has those and no comma), every field is a string (no type
 * detection), the geometry comes from a column named {@code WKT} or one matching the GEOM_POSSIBLE_NAMES open option
 * (WKT text), or from the columns matching X_POSSIBLE_NAMES and Y_POSSIBLE_NAMES (a point). Geometry columns stay
 * fields (KEEP_GEOM_COLUMNS=YES). FIDs number data lines from 1, as OGR's CSV driver does.
 */
final class CsvReader {

    private CsvReader() {
    }

    /** The parsed text: field names, and each data line's values with its FID. */
    record Table(List<String> names, List<String[]> rows, List<Long> fids, char separator) {
    }

    static MemoryFeatureSource read(OgrOpenRequest req) {
        Table t = table(req);
        List<String> names = t.names();
        int wkt = -1;
        int x = -1;
        int y = -1;
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (wkt < 0 && (n.equalsIgnoreCase("WKT") || matches(req.option("GEOM_POSSIBLE_NAMES"), n))) {
                wkt = i;
            }
            if (x < 0 && matches(req.option("X_POSSIBLE_NAMES"), n)) {
                x = i;
            }
            if (y < 0 && matches(req.option("Y_POSSIBLE_NAMES"), n)) {
                y = i;
            }
        }
        return build(req, t, wkt, wkt < 0 ? x : -1, wkt < 0 ? y : -1);
    }

    /** Features whose geometry is the WKT in column {@code wkt}, or the point in columns {@code x}, {@code y}. */
    static MemoryFeatureSource build(OgrOpenRequest req, Table t, int wkt, int x, int y) {
        WKTReader wktReader = new WKTReader();
        List<Feature> features = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            String[] values = t.rows().get(r);
            ShapeGeometry shape = null;
            try {
                if (wkt >= 0 && values[wkt] != null && !values[wkt].isBlank()) {
                    shape = JtsShapes.toShape(wktReader.read(values[wkt]));
                } else if (x >= 0 && y >= 0 && values[x] != null && values[y] != null
                        && !values[x].isBlank() && !values[y].isBlank()) {
                    shape = ShapeGeometry.point(Double.parseDouble(values[x].trim()), Double.parseDouble(values[y].trim()));
                }
            } catch (ParseException | NumberFormatException e) {
                throw OgrErrors.openFailed(req, "Corrupt CSV record " + t.fids().get(r) + ": bad geometry: "
                        + e.getMessage());
            }
            // a row without geometry is still a row (OGR SQL, joins), never drawn
            features.add(new Feature(t.fids().get(r), shape != null ? shape : MemoryFeatureSource.NO_GEOMETRY,
                    new ValueRow(t.names(), values)));
        }
        return new MemoryFeatureSource(t.names(), features, t.rows().size()).withTextFields();
    }

    /** Features whose geometry is the hex WKB in column {@code wkb} (GDAL VRT's encoding="WKB" over CSV text). */
    static MemoryFeatureSource buildFromWkb(OgrOpenRequest req, Table t, int wkb) {
        org.locationtech.jts.io.WKBReader reader = new org.locationtech.jts.io.WKBReader();
        List<Feature> features = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            String[] values = t.rows().get(r);
            String hex = values[wkb];
            if (hex == null || hex.isBlank()) {
                continue;
            }
            ShapeGeometry shape;
            try {
                shape = JtsShapes.toShape(reader.read(org.locationtech.jts.io.WKBReader.hexToBytes(hex.trim())));
            } catch (ParseException | RuntimeException e) {
                throw OgrErrors.openFailed(req, "Corrupt CSV record " + t.fids().get(r) + ": bad WKB geometry: "
                        + e.getMessage());
            }
            if (shape != null) {
                features.add(new Feature(t.fids().get(r), shape, new ValueRow(t.names(), values)));
            }
        }
        return new MemoryFeatureSource(t.names(), features, t.rows().size()).withTextFields();
    }

    static Table table(OgrOpenRequest req) {
        MemoryFeatureSource.checkSize(req, "CSV");
        List<String> lines;
        try {
            // OGR's CSV driver hands the file's bytes on as they are (no recoding): kept as RawText keeps them
            byte[] bytes = Files.readAllBytes(req.file());
            lines = RawText.decode(bytes, 0, bytes.length).lines().toList();
        } catch (IOException e) {
            throw OgrErrors.openFailed(req, "Cannot read the file: " + e.getMessage());
        }
        if (lines.isEmpty()) {
            throw OgrErrors.openFailed(req, "Empty CSV file");
        }
        String stem = req.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        OgrLayerRef ref = req.ref();
        if ((ref.name() != null && !ref.name().equalsIgnoreCase(stem)) || (ref.name() == null && ref.index() != 0)) {
            throw OgrErrors.noLayer(req, "A CSV file has one layer, named '" + stem + "'");
        }
        String header = lines.get(0);
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        char sep = header.indexOf(',') >= 0 ? ',' : header.indexOf(';') >= 0 ? ';' : header.indexOf('\t') >= 0 ? '\t' : ',';
        List<String> names = split(header, sep);
        List<String[]> rows = new ArrayList<>();
        List<Long> fids = new ArrayList<>();
        long fid = 0;
        for (int li = 1; li < lines.size(); li++) {
            String line = lines.get(li);
            if (line.isEmpty()) {
                continue;
            }
            fid++;
            List<String> v = split(line, sep);
            String[] values = new String[names.size()];
            for (int i = 0; i < values.length && i < v.size(); i++) {
                values[i] = v.get(i);
            }
            rows.add(values);
            fids.add(fid);
        }
        return new Table(names, rows, fids, sep);
    }

    /** OGR's *_POSSIBLE_NAMES: a comma list of names, each may hold * wildcards; case-insensitive. */
    static boolean matches(String patterns, String name) {
        if (patterns == null) {
            return false;
        }
        for (String p : patterns.split(",")) {
            String re = "\\Q" + p.trim().replace("*", "\\E.*\\Q") + "\\E";
            if (Pattern.compile(re, Pattern.CASE_INSENSITIVE).matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    /** One line split at {@code sep}; double quotes group, "" inside quotes is a quote. */
    static List<String> split(String line, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == sep) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
