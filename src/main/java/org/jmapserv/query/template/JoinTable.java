package org.jmapserv.query.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.shapefile.DbfReader;
import org.jmapserv.mapfile.model.JoinDef;
import org.jmapserv.mapfile.model.MapDef;

/**
 * The table of a LAYER JOIN, read whole as mapjoin.c reads it: a DBF file (the default CONNECTIONTYPE,
 * msDBFJoinConnect; items are its field names) or a CSV file (CONNECTIONTYPE CSV, msCSVJoinConnect; no header row,
 * items are the column numbers "1", "2", ..., values split at every comma with no quoting). A relative TABLE is
 * found under SHAPEPATH (msTryBuildPath3). A row joins when its TO value equals the result's FROM value
 * exactly (strcmp).
 */
record JoinTable(List<String> items, int toIndex, List<List<String>> rows) {

    JoinTable {
        items = List.copyOf(items);
        rows = List.copyOf(rows);
    }

    /** Every row whose TO column equals {@code target}, in file order. */
    List<List<String>> matching(String target) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rows) {
            if (toIndex < r.size() && r.get(toIndex).equals(target)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The ONE-TO-ONE values: the first matching row, or empty strings when none matches. */
    List<String> first(String target) {
        for (List<String> r : rows) {
            if (toIndex < r.size() && r.get(toIndex).equals(target)) {
                return r;
            }
        }
        return Collections.nCopies(items.size(), "");
    }

    /** Loads the join's table; throws {@link TemplateException} with MapServer's function names. */
    static JoinTable load(MapDef map, JoinDef join) throws TemplateException {
        String type = join.connectionType() == null ? "" : join.connectionType().toUpperCase(Locale.ROOT);
        return switch (type) {
            case "", "SHAPEFILE", "LOCAL" -> dbf(map, join);
            case "CSV" -> csv(map, join);
            default -> throw new TemplateException("msJoinConnect(): Requested join connection type ("
                    + join.connectionType() + ") is not supported by jmapserv.");
        };
    }

    private static JoinTable dbf(MapDef map, JoinDef join) throws TemplateException {
        String table = join.table().toLowerCase(Locale.ROOT).endsWith(".dbf") ? join.table() : join.table() + ".dbf";
        Path p = find(map, table);
        if (p == null) {
            throw new TemplateException("msDBFJoinConnect(): Unable to access file. (" + join.table() + ")");
        }
        DbfReader dbf;
        try {
            // MapServer passes the bytes through untouched (RawText keeps them; the page writes them back)
            dbf = DbfReader.open(p, null);
        } catch (DataSourceException e) {
            throw new TemplateException("msDBFJoinConnect(): Unable to access file. " + e.getMessage());
        }
        List<String> items = dbf.fieldNames();
        int to = indexOf(items, join.to());
        if (to < 0) {
            throw new TemplateException("msDBFGetItemIndex(): DBASE file error. Item '" + join.to()
                    + "' not found.");
        }
        List<List<String>> rows = new ArrayList<>(dbf.recordCount());
        for (int r = 0; r < dbf.recordCount(); r++) {
            List<String> row = new ArrayList<>(items.size());
            for (int f = 0; f < items.size(); f++) {
                String v = dbf.value(r, f);
                row.add(v == null ? "" : v);
            }
            rows.add(row);
        }
        return new JoinTable(items, to, rows);
    }

    private static JoinTable csv(MapDef map, JoinDef join) throws TemplateException {
        Path p = find(map, join.table());
        if (p == null) {
            throw new TemplateException("msCSVJoinConnect(): Unable to access file. (" + join.table() + ")");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TemplateException("msCSVJoinConnect(): Unable to access file. Error reading file "
                    + join.table() + ".");
        }
        List<List<String>> rows = new ArrayList<>();
        for (String l : lines) {
            if (l.isEmpty()) {
                continue;
            }
            rows.add(Arrays.asList(l.split(",", -1)));
        }
        int n = rows.isEmpty() ? 0 : rows.get(0).size();
        List<String> items = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            items.add(Integer.toString(i));
        }
        int to = indexOf(items, join.to());
        if (to < 0) {
            throw new TemplateException("msCSVJoinConnect(): Join connection error. Item " + join.to()
                    + " not found in table " + join.table() + ".");
        }
        return new JoinTable(items, to, rows);
    }

    /**
     * An absolute TABLE as written; a relative one under SHAPEPATH (relative to the mapfile), as msTryBuildPath3
     * builds it — MapServer also tries it against the process's working directory first, which a server must not.
     */
    private static Path find(MapDef map, String table) {
        Path t = Path.of(table);
        if (!t.isAbsolute()) {
            Path base = map.mapPath() == null ? Path.of("").toAbsolutePath() : Path.of(map.mapPath());
            if (map.shapePath() != null && !map.shapePath().isEmpty()) {
                Path sp = Path.of(map.shapePath());
                base = sp.isAbsolute() ? sp : base.resolve(sp);
            }
            t = base.resolve(t).normalize();
        }
        return Files.isRegularFile(t) ? t : null;
    }

    static int indexOf(List<String> items, String name) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
