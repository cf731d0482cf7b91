package org.jmapserv.data.ogr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.LayerSourceFactory;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;

/**
 * CONNECTIONTYPE OGR and FLATGEOBUF, as msOGRLayerOpen / msOGRFileOpen (mapogr.cpp) and msFlatGeobufLayerOpen
 * (mapflatgeobuf.c) open them. OGR: CONNECTION is the datasource, found as msTryBuildPath3 then msTryBuildPath
 * would (SHAPEPATH-relative, then mapfile-relative, else as given); DATA is the layer name, index or an SQL SELECT;
 * PROCESSING "NATIVE_FILTER=..." is handed to the driver; CONNECTIONOPTIONS are the open options. FLATGEOBUF: DATA
 * is the .fgb file, resolved like a shapefile's DATA. An OGR layer with a TILEINDEX reads the tiles an OGR tile
 * index (ogrtindex's "path,layer" locations) lists, see {@link OgrTileIndexSource}.
 */
public final class OgrLayerSource {

    private OgrLayerSource() {
    }

    /** The factory for CONNECTIONTYPE OGR. */
    public static LayerSourceFactory ogr() {
        return OgrLayerSource::openOgr;
    }

    /** The factory for CONNECTIONTYPE FLATGEOBUF. */
    public static LayerSourceFactory flatGeobuf() {
        return OgrLayerSource::openFlatGeobuf;
    }

    static FeatureSource openOgr(MapDef map, LayerDef layer) {
        if (layer.tileIndex() != null) {
            return openTileIndex(map, layer);
        }
        if (layer.connection() == null || layer.connection().isBlank()) {
            throw new DataSourceException("msOGRFileOpen(): OGR error. Error parsing OGR connection information in "
                    + "layer `" + layer.name() + "': CONNECTION is required (the datasource; DATA names its layer)");
        }
        // a CONNECTION that is the VRT XML itself goes to GDAL as is (msOGRFileOpen builds no path from it)
        boolean inlineVrt = layer.connection().stripLeading().startsWith("<OGRVRTDataSource");
        Path file = inlineVrt ? Path.of("").toAbsolutePath().resolve("inline-connection.vrt")
                : resolve(map, layer.connection());
        OgrOpenRequest req = new OgrOpenRequest(file, OgrLayerRef.of(layer.data()), nativeFilter(layer),
                openOptions(layer.connectionOptions()), layer.name(), layer.encoding());
        FeatureSource source = inlineVrt ? OgrDatasets.openInlineVrt(req, layer.connection().strip())
                : OgrDatasets.open(req);
        boolean glob = source instanceof GeoPackageSource;
        return OgrLayerEncoding.wrap(OgrFilterAsSent.wrap(source, layer.filter(), layer.filterItem(), glob),
                layer.encoding(), layer.name(), file);
    }

    /** TILEINDEX on an OGR layer: the index is an OGR datasource, its TILEITEM values "path,layer" name the tiles. */
    private static FeatureSource openTileIndex(MapDef map, LayerDef layer) {
        OgrOpenRequest idx = new OgrOpenRequest(resolve(map, layer.tileIndex()), OgrLayerRef.of(null), null,
                openOptions(layer.connectionOptions()), layer.name(), layer.encoding());
        FeatureSource index = OgrDatasets.open(idx);
        OgrOpenRequest tiles = new OgrOpenRequest(idx.file(), OgrLayerRef.of(null), nativeFilter(layer),
                idx.openOptions(), layer.name(), layer.encoding());
        return OgrLayerEncoding.wrap(new OgrTileIndexSource(tiles, index, layer.tileItem(), path -> resolve(map, path)),
                layer.encoding(), layer.name(), idx.file());
    }

    static FeatureSource openFlatGeobuf(MapDef map, LayerDef layer) {
        String data = layer.data() != null ? layer.data() : layer.connection();
        if (data == null || data.isBlank()) {
            throw new DataSourceException("msFlatGeobufLayerOpen(): layer `" + layer.name() + "' has no DATA");
        }
        Path file = resolve(map, data);
        if (!Files.isRegularFile(file)) {
            throw new DataSourceException("msFlatGeobufLayerOpen(): Unable to open FlatGeobuf file for layer `"
                    + layer.name() + "'. File not found (" + file + ")");
        }
        return FlatGeobufSource.open(file, layer.name(), cause -> new DataSourceException(
                "msFlatGeobufLayerOpen(): Unable to open FlatGeobuf file for layer `" + layer.name() + "'. "
                        + cause + " (" + file + ")"));
    }

    /** SHAPEPATH-relative when that exists, then mapfile-relative when that exists, else SHAPEPATH-relative. */
    static Path resolve(MapDef map, String name) {
        Path p = Path.of(name);
        if (p.isAbsolute()) {
            return p;
        }
        Path mapDir = map.mapPath() == null ? Path.of("").toAbsolutePath() : Path.of(map.mapPath());
        Path shapeBase = mapDir;
        if (map.shapePath() != null && !map.shapePath().isEmpty()) {
            Path sp = Path.of(map.shapePath());
            shapeBase = sp.isAbsolute() ? sp : mapDir.resolve(sp);
        }
        Path viaShapePath = shapeBase.resolve(p).normalize();
        if (Files.exists(viaShapePath)) {
            return viaShapePath;
        }
        Path viaMap = mapDir.resolve(p).normalize();
        return Files.exists(viaMap) ? viaMap : viaShapePath;
    }

    /** PROCESSING "NATIVE_FILTER=..." (msLayerGetProcessingKey), or null. */
    static String nativeFilter(LayerDef layer) {
        for (String p : layer.processing()) {
            if (p.toUpperCase(Locale.ROOT).startsWith("NATIVE_FILTER=")) {
                String v = p.substring("NATIVE_FILTER=".length()).trim();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    private static Map<String, String> openOptions(Metadata options) {
        Map<String, String> m = new LinkedHashMap<>();
        if (options != null) {
            options.entries().forEach(e -> m.put(e.key(), e.value()));
        }
        return m;
    }
}
