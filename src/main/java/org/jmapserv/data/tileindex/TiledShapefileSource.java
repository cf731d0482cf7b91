package org.jmapserv.data.tileindex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.LayerSources;
import org.jmapserv.data.shapefile.ShapefileReader;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.locationtech.jts.geom.Envelope;

/**
 * A shapefile layer with a TILEINDEX, as msTiledSHPOpenFile / WhichShapes / NextShape (mapshape.c): the index is a
 * layer of the map named by TILEINDEX, or else a shapefile (SHAPEPATH-relative, then mapfile-relative); each index
 * feature meeting the query extent names a tile shapefile in its TILEITEM (with "/DATA" appended when the layer has
 * DATA), tried SHAPEPATH-relative, then relative to the index file's directory, then mapfile-relative
 * (msTiledSHPTryOpen). A tile that cannot be opened fails the layer, unless CONFIG "ON_MISSING_DATA" is IGNORE or
 * LOG, which skip it. Tiles are opened one at a time while the cursor reaches them.
 */
public final class TiledShapefileSource implements FeatureSource {

    private final MapDef map;
    private final LayerDef layer;
    private final FeatureSource index;
    private final Path indexDir;
    private final boolean failOnMissing;
    private List<String> names;

    private TiledShapefileSource(MapDef map, LayerDef layer, FeatureSource index, Path indexDir, boolean failOnMissing) {
        this.map = map;
        this.layer = layer;
        this.index = index;
        this.indexDir = indexDir;
        this.failOnMissing = failOnMissing;
    }

    public static TiledShapefileSource open(MapDef map, LayerDef layer, LayerSources all) {
        String missing = map.config() == null ? null : map.config().value("ON_MISSING_DATA");
        boolean fail = missing == null || missing.equalsIgnoreCase("FAIL");
        for (LayerDef l : map.layers()) {
            if (layer.tileIndex().equals(l.name()) && l != layer) {
                return new TiledShapefileSource(map, layer, all.open(map, l), null, fail);
            }
        }
        Path base = shapeBase(map);
        Path p = base.resolve(layer.tileIndex()).normalize();
        if (!exists(p)) {
            Path viaMap = mapDir(map).resolve(layer.tileIndex()).normalize();
            p = exists(viaMap) ? viaMap : p;
        }
        try {
            FeatureSource idx = ShapefileReader.open(p, layer.encoding());
            return new TiledShapefileSource(map, layer, idx, p.toAbsolutePath().getParent(), fail);
        } catch (DataSourceException e) {
            throw new DataSourceException("msTiledSHPOpenFile(): Unable to open tile index '" + layer.tileIndex()
                    + "' of layer '" + layer.name() + "': " + e.getMessage(), e);
        }
    }

    private static boolean exists(Path shp) {
        String s = shp.toString();
        return Files.exists(shp) || Files.exists(Path.of(s + ".shp")) || Files.exists(Path.of(s + ".SHP"));
    }

    private static Path mapDir(MapDef map) {
        return map.mapPath() == null ? Path.of("").toAbsolutePath() : Path.of(map.mapPath());
    }

    private static Path shapeBase(MapDef map) {
        Path base = mapDir(map);
        if (map.shapePath() != null && !map.shapePath().isEmpty()) {
            Path sp = Path.of(map.shapePath());
            base = sp.isAbsolute() ? sp : base.resolve(sp);
        }
        return base;
    }

    /** The tile's shapefile, or null when it is missing and ON_MISSING_DATA says to skip it. */
    private FeatureSource openTile(String location) {
        String name = layer.data() == null ? location : location + "/" + layer.data();
        Path n = Path.of(name);
        List<Path> tries = n.isAbsolute() ? List.of(n) : new ArrayList<>(List.of(shapeBase(map).resolve(n).normalize()));
        if (!n.isAbsolute()) {
            if (indexDir != null) {
                tries.add(indexDir.resolve(n).normalize());
            }
            tries.add(mapDir(map).resolve(n).normalize());
        }
        for (Path p : tries) {
            if (exists(p)) {
                try {
                    return ShapefileReader.open(p, layer.encoding());
                } catch (DataSourceException e) {
                    throw new DataSourceException("msTiledSHPTryOpen(): Unable to open shapefile '" + name
                            + "' for layer '" + layer.name() + "': " + e.getMessage(), e);
                }
            }
        }
        if (failOnMissing) {
            throw new DataSourceException("msTiledSHPTryOpen(): Unable to access file. Unable to open shapefile '" + name
                    + "' for layer '" + layer.name() + "' ... fatal error. (tried " + tries + ")");
        }
        return null;
    }

    @Override
    public List<String> attributeNames() {
        if (names == null) {
            names = List.of();
            try (FeatureCursor c = index.query(null)) {
                for (Feature f = c.next(); f != null; f = c.next()) {
                    FeatureSource tile = openTile(location(f));
                    if (tile != null) {
                        try (tile) {
                            names = tile.attributeNames();
                        }
                        break;
                    }
                }
            }
        }
        return names;
    }

    private String location(Feature tileFeature) {
        String v = tileFeature.attribute(layer.tileItem());
        if (v == null) {
            throw new DataSourceException("msTiledSHPOpenFile(): Unable to open tile index of layer '" + layer.name()
                    + "': no item '" + layer.tileItem() + "' (TILEITEM) in the index");
        }
        return v.trim();
    }

    @Override
    public Envelope bounds() {
        return index.bounds();
    }

    @Override
    public FeatureCursor query(Envelope extent) {
        return TileWalk.query(index, extent, t -> {
            String loc = location(t);
            return loc.isEmpty() ? null : openTile(loc);
        });
    }

    @Override
    public long count() {
        return TileWalk.count(index, f -> openTile(location(f)));
    }

    @Override
    public void close() {
        index.close();
    }

}
