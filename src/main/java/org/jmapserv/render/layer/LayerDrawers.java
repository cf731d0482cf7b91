package org.jmapserv.render.layer;

import java.util.EnumMap;
import java.util.Map;

import org.jmapserv.data.LayerSources;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.raster.RasterLayerDrawer;

/**
 * Chooses the {@link LayerDrawer} for a layer: local TYPE RASTER layers go to {@link RasterLayerDrawer}, others by
 * CONNECTIONTYPE. Vector sources come from {@link LayerSources}; a
 * WMS drawer can be registered by {@link #with}. Any other type is an error naming the layer, as MapServer
 * reports a connection type it was not built with.
 */
public final class LayerDrawers {

    private final Map<ConnectionType, LayerDrawer> drawers;
    private final LayerDrawer raster;

    private LayerDrawers(Map<ConnectionType, LayerDrawer> drawers, LayerDrawer raster) {
        this.drawers = Map.copyOf(drawers);
        this.raster = raster;
    }

    public static LayerDrawers standard() {
        return standard(LayerSources.standard());
    }

    /** Every connection type {@code sources} opens, drawn as vectors by one {@link FeatureLayerDrawer}. */
    public static LayerDrawers standard(LayerSources sources) {
        Map<ConnectionType, LayerDrawer> m = new EnumMap<>(ConnectionType.class);
        FeatureLayerDrawer vectors = new FeatureLayerDrawer(sources);
        for (ConnectionType t : ConnectionType.values()) {
            if (sources.handles(t)) {
                m.put(t, vectors);
            }
        }
        m.put(ConnectionType.GRATICULE, new GraticuleLayerDrawer());
        org.jmapserv.render.raster.KernelDensityLayerDrawer interpolation =
                new org.jmapserv.render.raster.KernelDensityLayerDrawer(sources);
        m.put(ConnectionType.KERNELDENSITY, interpolation);
        m.put(ConnectionType.IDW, interpolation);
        return new LayerDrawers(m, new RasterLayerDrawer(sources));
    }

    /** A copy with {@code drawer} handling {@code type} (e.g. the WMS client's drawer). */
    public LayerDrawers with(ConnectionType type, LayerDrawer drawer) {
        Map<ConnectionType, LayerDrawer> m = new EnumMap<>(ConnectionType.class);
        m.putAll(drawers);
        m.put(type, drawer);
        return new LayerDrawers(m, raster);
    }

    public LayerDrawer forLayer(LayerDef layer) throws RenderException {
        if (layer.type() == LayerType.RASTER && LayerSources.typeOf(layer) == ConnectionType.LOCAL) {
            return raster; // msDrawRasterLayerLow: local raster files, however CONNECTIONTYPE drawers are set up
        }
        ConnectionType t = LayerSources.typeOf(layer);
        LayerDrawer d = drawers.get(t);
        if (d == null) {
            throw new RenderException("msDrawMap(): Failed to draw layer named '" + layer.name()
                    + "'. msLayerOpen(): Unsupported connection type " + t + " (jmapserv draws LOCAL shapefiles, "
                    + "inline FEATUREs" + (drawers.containsKey(ConnectionType.WMS) ? " and WMS" : "") + ").");
        }
        return d;
    }
}
