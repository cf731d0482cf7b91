package org.jmapserv.render.layer;

import java.util.EnumMap;
import java.util.Map;

import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.render.RenderException;

/**
 * Chooses the {@link LayerDrawer} for a layer's CONNECTIONTYPE. LOCAL (shapefiles) and INLINE are built in; a
 * WMS drawer can be registered by {@link #with}. Any other type is an error naming the layer, as MapServer
 * reports a connection type it was not built with.
 */
public final class LayerDrawers {

    private final Map<ConnectionType, LayerDrawer> drawers;

    private LayerDrawers(Map<ConnectionType, LayerDrawer> drawers) {
        this.drawers = Map.copyOf(drawers);
    }

    public static LayerDrawers standard() {
        Map<ConnectionType, LayerDrawer> m = new EnumMap<>(ConnectionType.class);
        m.put(ConnectionType.LOCAL, new ShapefileLayerDrawer());
        m.put(ConnectionType.INLINE, new InlineLayerDrawer());
        return new LayerDrawers(m);
    }

    /** A copy with {@code drawer} handling {@code type} (e.g. the WMS client's drawer). */
    public LayerDrawers with(ConnectionType type, LayerDrawer drawer) {
        Map<ConnectionType, LayerDrawer> m = new EnumMap<>(ConnectionType.class);
        m.putAll(drawers);
        m.put(type, drawer);
        return new LayerDrawers(m);
    }

    public LayerDrawer forLayer(LayerDef layer) throws RenderException {
        ConnectionType t = layer.features().isEmpty() ? layer.connectionType() : ConnectionType.INLINE;
        LayerDrawer d = drawers.get(t);
        if (d == null) {
            throw new RenderException("msDrawMap(): Failed to draw layer named '" + layer.name()
                    + "'. msLayerOpen(): Unsupported connection type " + t + " (jmapserv draws LOCAL shapefiles, "
                    + "inline FEATUREs" + (drawers.containsKey(ConnectionType.WMS) ? " and WMS" : "") + ").");
        }
        return d;
    }
}
