package org.jmapserv.render.layer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jmapserv.data.DataPath;
import org.jmapserv.data.LayerSources;
import org.jmapserv.geo.EsriPrj;
import org.jmapserv.geo.ProjectionException;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.render.RenderException;

/**
 * LAYER PROJECTION AUTO (msLayerGetAutoProjection): the coordinate system comes from the data, here the .prj next
 * to a shapefile, read by {@link EsriPrj}. Other sources, a missing .prj or one we cannot read fail the layer
 * with a message saying so, rather than drawing it unprojected.
 */
final class AutoProjection {

    private AutoProjection() {
    }

    static List<String> of(LayerDef layer, DrawContext ctx) throws RenderException {
        if (LayerSources.typeOf(layer) != ConnectionType.LOCAL || layer.data() == null) {
            throw VectorLayerPainter.failure(layer, "msLayerGetAutoProjection(): PROJECTION AUTO is only "
                    + "supported for shapefile layers by jmapserv.");
        }
        Path shp = DataPath.resolve(ctx.map(), layer);
        String name = shp.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".shp") ? name.substring(0, name.length() - 4)
                : name;
        Path prj = shp.resolveSibling(base + ".prj");
        try {
            return EsriPrj.toArgs(Files.readString(prj, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw VectorLayerPainter.failure(layer, "msLayerGetAutoProjection(): PROJECTION AUTO needs " + prj
                    + ", which cannot be read.");
        } catch (ProjectionException e) {
            throw VectorLayerPainter.failure(layer, e.getMessage());
        }
    }
}
