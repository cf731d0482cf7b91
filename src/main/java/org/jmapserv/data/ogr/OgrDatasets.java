package org.jmapserv.data.ogr;

import java.nio.file.Files;
import java.nio.file.Path;
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

    /** SQL DATA on a driver without SQL of its own: OGR SQL over the layer its FROM names, then any native filter. */
    private static FeatureSource openSql(OgrOpenRequest req) {
        String sql = req.ref().sql();
        String table;
        try {
            table = OgrSqlParser.fromTable(sql);
        } catch (OgrSqlException e) {
            throw OgrErrors.sqlFailed(req, e.getMessage());
        }
        refuseHugeSqlSource(req);
        FeatureSource result;
        try (FeatureSource base = open(req.withFile(req.file(), OgrLayerRef.named(table)).withNativeFilter(null))) {
            result = OgrSqlLayer.select(req, base, sql, textFields(base));
        }
        return req.nativeFilter() == null ? result
                : OgrSqlLayer.filter(req, result, req.nativeFilter(), ((MemoryFeatureSource) result).textFields());
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
