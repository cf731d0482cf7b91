package org.jmapserv.data.ogr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.shapefile.ShapefileReader;

/**
 * Picks the driver for a datasource as GDALOpenEx would for the formats jmapserv reads (by extension, a directory
 * being a folder of shapefiles) and opens the requested layer. SQL DATA and a native filter run in SQLite's own
 * dialect on GeoPackage (as GDAL runs them there); on the other drivers, as in GDAL, they are OGR SQL
 * ({@link OgrSqlLayer}).
 */
final class OgrDatasets {

    private OgrDatasets() {
    }

    static FeatureSource open(OgrOpenRequest req) {
        Path file = req.file();
        if (!Files.exists(file)) {
            throw OgrErrors.openFailed(req, "File not found");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isDirectory(file) && name.endsWith(".gpkg")) {
            return GeoPackageSource.open(req);
        }
        if (req.ref().isSql()) {
            return openSql(req);
        }
        FeatureSource base = openLayer(req.withNativeFilter(null));
        if (req.nativeFilter() == null) {
            return base;
        }
        try {
            return OgrSqlLayer.filter(req, base, req.nativeFilter(), textFields(base));
        } catch (RuntimeException e) {
            base.close();
            throw e;
        }
    }

    /** A CONNECTION holding the VRT XML itself (see {@link VrtReader#openInline}), then any native filter. */
    static FeatureSource openInlineVrt(OgrOpenRequest req, String xml) {
        if (req.ref().isSql()) {
            throw OgrErrors.openFailed(req, "SQL DATA on a CONNECTION holding <OGRVRTDataSource> XML is not supported "
                    + "by jmapserv (name the VRT's layer in DATA)");
        }
        FeatureSource base = VrtReader.openInline(req.withNativeFilter(null), xml);
        if (req.nativeFilter() == null) {
            return base;
        }
        try {
            return OgrSqlLayer.filter(req, base, req.nativeFilter(), textFields(base));
        } catch (RuntimeException e) {
            base.close();
            throw e;
        }
    }

    /**
     * SQL DATA on a driver without SQL of its own: OGR SQL over the layer its FROM names (with the tables it JOINs),
     * each SELECT of a UNION ALL in turn, then any native filter.
     */
    private static FeatureSource openSql(OgrOpenRequest req) {
        String sql = req.ref().sql();
        List<String> parts;
        try {
            parts = OgrSqlParser.unionParts(sql);
        } catch (OgrSqlException e) {
            throw OgrErrors.sqlFailed(req, e.getMessage());
        }
        MemoryFeatureSource result;
        if (parts.size() == 1) {
            result = selectOne(req, sql);
        } else {
            List<MemoryFeatureSource> results = new java.util.ArrayList<>();
            for (String part : parts) {
                results.add(selectOne(req, part));
            }
            result = OgrSqlLayer.unionAll(results);
        }
        return req.nativeFilter() == null ? result
                : OgrSqlLayer.filter(req, result, req.nativeFilter(), result.textFields());
    }

    private static MemoryFeatureSource selectOne(OgrOpenRequest req, String sql) {
        String table;
        List<OgrSqlParser.JoinRef> refs;
        try {
            table = OgrSqlParser.fromTable(sql);
            refs = OgrSqlParser.joins(sql);
        } catch (OgrSqlException e) {
            throw OgrErrors.sqlFailed(req, e.getMessage());
        }
        refuseHugeSqlSource(req);
        List<OgrSqlLayer.Joined> joined = new java.util.ArrayList<>();
        for (OgrSqlParser.JoinRef ref : refs) {
            joined.add(readJoined(req, ref));
        }
        try (FeatureSource base = open(req.withFile(req.file(), OgrLayerRef.named(table)).withNativeFilter(null))) {
            return OgrSqlLayer.select(req, base, sql, textFields(base), joined);
        }
    }

    /**
     * A JOINed table: a layer of the same datasource, or of the datasource a {@code 'file'.layer} names (a relative
     * name is taken from the working directory, as GDAL opens it), with GDAL's messages when it cannot be opened.
     * Every row is joinable, those without geometry included, as GDAL reads the secondary layer without a spatial
     * filter: a CSV row by row, a shapefile's (or standalone .dbf's) records from its .dbf, GeoJSON and FlatGeobuf
     * features with a null geometry too.
     */
    private static OgrSqlLayer.Joined readJoined(OgrOpenRequest req, OgrSqlParser.JoinRef ref) {
        Path file = req.file();
        if (ref.dataSource() != null) {
            file = Path.of(ref.dataSource()).toAbsolutePath().normalize();
            if (!Files.exists(file)) {
                throw OgrErrors.sqlFailed(req, "Unable to open secondary datasource `" + ref.dataSource()
                        + "' required by JOIN.");
            }
        }
        OgrOpenRequest jr = req.withFile(file, OgrLayerRef.named(ref.table())).withNativeFilter(null);
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!Files.isDirectory(file) && (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt"))) {
                CsvReader.Table t = CsvReader.table(jr);
                List<org.jmapserv.data.Feature> rows = new java.util.ArrayList<>();
                org.jmapserv.data.ShapeGeometry none = org.jmapserv.data.ShapeGeometry.point(0, 0); // never read
                for (int r = 0; r < t.rows().size(); r++) {
                    rows.add(new org.jmapserv.data.Feature(t.fids().get(r), none, new ValueRow(t.names(),
                            t.rows().get(r))));
                }
                return new OgrSqlLayer.Joined(ref, t.names(), OgrFieldType.allStrings(t.names().size()), rows, true);
            }
            Path dbf = file.resolve(ref.table() + ".dbf");
            if (Files.isDirectory(file) && Files.exists(dbf)) {
                // a standalone .dbf is a layer of a shapefile directory in OGR; a shapefile's rows are its .dbf's,
                // null shapes included, as OGR's shapefile layer serves them
                if (Files.exists(file.resolve(ref.table() + ".shp"))) {
                    open(jr).close(); // the layer's own checks (name, .shx) and messages
                }
                return dbfTable(ref, dbf);
            }
            if (!Files.isDirectory(file) && (name.endsWith(".shp") || name.endsWith(".dbf"))) {
                singleLayer(jr, stem(file));
                Path own = file.resolveSibling(stem(file) + ".dbf");
                if (Files.exists(own)) {
                    if (name.endsWith(".shp")) {
                        open(jr).close();
                    }
                    return dbfTable(ref, own);
                }
            }
            if (!Files.isDirectory(file) && name.endsWith(".fgb")) {
                singleLayer(jr, stem(file));
                FlatGeobufSource fgb = FlatGeobufSource.open(file, jr.layerName(), c -> OgrErrors.openFailed(jr, c));
                return new OgrSqlLayer.Joined(ref, fgb.attributeNames(), fgb.fieldTypes(), fgb.attributeRows(), false);
            }
            try (FeatureSource s = open(jr)) {
                List<org.jmapserv.data.Feature> rows = s instanceof MemoryFeatureSource m && jr.nativeFilter() == null
                        ? m.attributeRows() : OgrSqlLayer.readAll(jr, s);
                boolean text = textFields(s);
                List<OgrFieldType> types = text ? OgrFieldType.allStrings(s.attributeNames().size())
                        : OgrFieldType.of(s, () -> rows);
                return new OgrSqlLayer.Joined(ref, s.attributeNames(), types, rows, text);
            }
        } catch (org.jmapserv.data.DataSourceException e) {
            if (e.getMessage().contains("GetLayer(")) { // the datasource has no such layer
                throw OgrErrors.sqlFailed(req, "SELECT from table " + ref.table()
                        + " failed, no such table/featureclass. " + e.getMessage().replaceFirst(
                                "^.*failed for OGR connection in layer `[^']*'\\. ", "").replaceFirst(" \\([^()]*\\)$", ""));
            }
            throw e;
        }
    }

    /** An attribute-only .dbf as a JOIN table, its text recoded as GDAL recodes it (.cpg / LDID). */
    private static OgrSqlLayer.Joined dbfTable(OgrSqlParser.JoinRef ref, Path dbf) {
        org.jmapserv.data.shapefile.DbfReader r = org.jmapserv.data.shapefile.DbfReader.open(dbf,
                ShapefileCodePage.of(dbf));
        List<org.jmapserv.data.Feature> rows = new java.util.ArrayList<>();
        org.jmapserv.data.ShapeGeometry none = org.jmapserv.data.ShapeGeometry.point(0, 0); // never read
        for (int i = 0; i < r.recordCount(); i++) {
            rows.add(new org.jmapserv.data.Feature(i, none, r.row(i)));
        }
        return new OgrSqlLayer.Joined(ref, r.fieldNames(), OgrFieldType.dbf(r.fields()), rows, false);
    }

    /**
     * The SELECT runs over the whole layer in memory, as GDAL's generic SQL layer does: a file larger than the
     * whole-file drivers' bound is refused rather than held on every draw.
     */
    private static void refuseHugeSqlSource(OgrOpenRequest req) {
        try {
            long size = Files.isRegularFile(req.file()) ? Files.size(req.file()) : 0;
            if (size > MemoryFeatureSource.MAX_FILE_BYTES) {
                throw OgrErrors.sqlFailed(req, "OGR SQL runs over the whole layer in memory, and this file of "
                        + (size >> 20) + " MB is larger than the " + (MemoryFeatureSource.MAX_FILE_BYTES >> 20)
                        + " MB jmapserv reads whole on every draw; use the layer name as DATA with FILTER, or a "
                        + "GeoPackage (whose SQL SQLite runs)");
            }
        } catch (java.io.IOException e) {
            throw OgrErrors.openFailed(req, "Cannot read the file: " + e.getMessage());
        }
    }

    /** Whether the driver reads every field as text (CSV, and VRT layers built over it), as OGR types them. */
    private static boolean textFields(FeatureSource s) {
        return s instanceof MemoryFeatureSource m && m.textFields();
    }

    private static FeatureSource openLayer(OgrOpenRequest req) {
        Path file = req.file();
        if (Files.isDirectory(file)) {
            return shapefileInDirectory(req);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (ext) {
            case "geojson", "json" -> GeoJsonReader.read(req);
            case "fgb" -> {
                singleLayer(req, stem(file));
                yield FlatGeobufSource.open(file, req.layerName(), cause -> OgrErrors.openFailed(req, cause));
            }
            case "csv", "tsv", "txt" -> CsvReader.read(req);
            case "vrt" -> VrtReader.open(req);
            case "shp", "dbf", "shx" -> {
                singleLayer(req, stem(file));
                yield shapefile(req, file);
            }
            default -> throw OgrErrors.openFailed(req, "Unsupported format (jmapserv reads GeoPackage, GeoJSON, "
                    + "FlatGeobuf, CSV, OGR VRT and shapefiles through OGR)");
        };
    }

    private static FeatureSource shapefileInDirectory(OgrOpenRequest req) {
        OgrLayerRef ref = req.ref();
        if (ref.name() == null) {
            throw OgrErrors.noLayer(req, "A directory datasource needs DATA naming a shapefile in it");
        }
        Path shp = req.file().resolve(ref.name() + ".shp");
        if (!Files.exists(shp)) {
            throw OgrErrors.noLayer(req, "No shapefile named '" + ref.name() + "' in the directory");
        }
        return shapefile(req, shp);
    }

    private static FeatureSource shapefile(OgrOpenRequest req, Path shp) {
        try {
            return ShapefileReader.open(shp, ShapefileCodePage.of(shp)); // GDAL recodes by .cpg / LDID; ENCODING comes after (OgrLayerEncoding)
        } catch (DataSourceException e) {
            throw OgrErrors.openFailed(req, e.getMessage());
        }
    }

    static void singleLayer(OgrOpenRequest req, String layer) {
        OgrLayerRef ref = req.ref();
        if ((ref.name() != null && !ref.name().equalsIgnoreCase(layer)) || (ref.name() == null && ref.index() != 0)) {
            throw OgrErrors.noLayer(req, "The datasource has one layer, named '" + layer + "'");
        }
    }

    static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    }
}
