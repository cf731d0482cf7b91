package org.jmapserv.data;

import java.util.EnumMap;
import java.util.Map;

import org.jmapserv.data.contour.ContourLayerSource;
import org.jmapserv.data.inline.InlineFeatureSource;
import org.jmapserv.data.ogr.OgrLayerSource;
import org.jmapserv.data.postgis.PostgisLayerSource;
import org.jmapserv.data.shapefile.ShapefileReader;
import org.jmapserv.data.tileindex.TiledShapefileSource;
import org.jmapserv.data.union.UnionFeatureSource;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;

/**
 * The vector sources by CONNECTIONTYPE, the Java side of msInitializeVirtualTable: one place where the renderer,
 * the query engine and the WMS server open a layer's features, so a new source plugs in here once. A layer with
 * inline FEATUREs is INLINE whatever its CONNECTIONTYPE, as msLayerOpen treats it.
 */
public final class LayerSources {

    private final Map<ConnectionType, LayerSourceFactory> factories;

    private LayerSources(Map<ConnectionType, LayerSourceFactory> factories) {
        this.factories = Map.copyOf(factories);
    }

    /**
     * LOCAL shapefiles (DATA resolved as msBuildPath3), INLINE features and POSTGIS (through the process-wide
     * {@link PostgisLayerSource#shared()}, so its connection pools serve every request), OGR and FLATGEOBUF files, and CONTOUR lines of rasters.
     */
    public static LayerSources standard() {
        Map<ConnectionType, LayerSourceFactory> m = new EnumMap<>(ConnectionType.class);
        m.put(ConnectionType.LOCAL, LayerSources::openShapefile);
        m.put(ConnectionType.INLINE, (map, layer) -> InlineFeatureSource.of(layer));
        // looked up per open, so a run without PostGIS layers never initialises the driver, pools or their logging
        m.put(ConnectionType.POSTGIS, (map, layer) -> PostgisLayerSource.shared().open(map, layer));
        m.put(ConnectionType.OGR, OgrLayerSource.ogr());
        m.put(ConnectionType.FLATGEOBUF, OgrLayerSource.flatGeobuf());
        m.put(ConnectionType.CONTOUR, new ContourLayerSource());
        return new LayerSources(m);
    }

    /** A copy with {@code factory} opening layers of {@code type}. */
    public LayerSources with(ConnectionType type, LayerSourceFactory factory) {
        Map<ConnectionType, LayerSourceFactory> m = new EnumMap<>(ConnectionType.class);
        m.putAll(factories);
        m.put(type, factory);
        return new LayerSources(m);
    }

    /** The connection type whose factory opens {@code layer}: INLINE when it has FEATUREs. */
    public static ConnectionType typeOf(LayerDef layer) {
        return layer.features().isEmpty() ? layer.connectionType() : ConnectionType.INLINE;
    }

    public boolean handles(LayerDef layer) {
        return handles(typeOf(layer));
    }

    public boolean handles(ConnectionType type) {
        return type == ConnectionType.UNION || factories.containsKey(type);
    }

    /**
     * Opens {@code layer}'s features; throws {@link DataSourceException} naming the MapServer function, the file
     * or database and the cause when it cannot, or when no source handles its connection type.
     */
    public FeatureSource open(MapDef map, LayerDef layer) {
        if (typeOf(layer) == ConnectionType.UNION) {
            return UnionFeatureSource.open(map, layer, this); // its sources open through every factory here
        }
        if (typeOf(layer) == ConnectionType.LOCAL && layer.tileIndex() != null) {
            return TiledShapefileSource.open(map, layer, this); // the index may be another layer of the map
        }
        LayerSourceFactory f = factories.get(typeOf(layer));
        if (f == null) {
            throw new DataSourceException("msLayerOpen(): Unsupported connection type " + typeOf(layer) + ".");
        }
        return f.open(map, layer);
    }

    private static FeatureSource openShapefile(MapDef map, LayerDef layer) {
        if (layer.data() == null) {
            throw new DataSourceException("msShapefileOpen(): layer has no DATA.");
        }
        try {
            return ShapefileReader.open(DataPath.resolve(map, layer), layer.encoding());
        } catch (DataSourceException e) {
            throw new DataSourceException("msShapefileOpen(): " + e.getMessage(), e);
        }
    }
}
