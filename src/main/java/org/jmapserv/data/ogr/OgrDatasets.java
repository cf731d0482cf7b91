package org.jmapserv.data.ogr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.shapefile.ShapefileReader;

/**
 * Picks the driver for a datasource as GDALOpenEx would for the formats jmapserv reads (by extension, a directory
 * being a folder of shapefiles) and opens the requested layer. SQL DATA runs on GeoPackage only (SQLite's own
 * dialect, as GDAL runs it there); other drivers refuse it, and a native filter, clearly rather than ignore it.
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
        if (Files.isDirectory(file)) {
            return shapefileInDirectory(req);
        }
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (ext.equals("gpkg")) {
            return GeoPackageSource.open(req);
        }
        refuseSqlAndFilter(req, ext);
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

    private static void refuseSqlAndFilter(OgrOpenRequest req, String ext) {
        if (req.ref().isSql()) {
            throw OgrErrors.sqlFailed(req, "SQL DATA is supported on GeoPackage datasources only (this is ."
                    + ext + ")");
        }
        if (req.nativeFilter() != null) {
            throw OgrErrors.sqlFailed(req, "NATIVE_FILTER is supported on GeoPackage datasources only (this is ."
                    + ext + "); use FILTER with a MapServer expression");
        }
    }

    private static FeatureSource shapefileInDirectory(OgrOpenRequest req) {
        refuseSqlAndFilter(req, "shp");
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
            return ShapefileReader.open(shp, req.encoding());
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
