package org.jmapserv.render.raster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jmapserv.data.DataPath;
import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.LayerSources;
import org.jmapserv.geo.Projection;
import org.jmapserv.geo.ProjectionException;
import org.jmapserv.geo.Rect;
import org.jmapserv.geo.Reprojector;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.layer.DrawContext;
import org.locationtech.jts.geom.Envelope;

/**
 * A raster layer's TILEINDEX, walked as msDrawRasterLayerLow does: the index is another layer of the map when one
 * has that name, else a shapefile (relative to SHAPEPATH); every index shape overlapping the map names a tile in
 * its TILEITEM attribute (default {@code location}), resolved like DATA (then beside the index file), and with
 * TILESRS the tile's own projection comes from that attribute ({@code EPSG:n}, a PROJ string, ...).
 */
final class TileIndexDrawer {

    /** Draws one tile: a copy of the layer with the tile as DATA, and its TILESRS projection args or null. */
    interface TileSink {
        long draw(LayerDef tileLayer, List<String> tileProjection) throws RenderException;
    }

    /** The projection of a tile whose TILESRS value is empty: the CRS its file declares. */
    static final List<String> AUTO = List.of("AUTO");

    private final LayerDef layer;
    private final DrawContext ctx;
    private final LayerSources sources;

    /** {@code sources} opens the index layer: the renderer's, so an index in any source it knows can be read. */
    TileIndexDrawer(LayerDef layer, DrawContext ctx, LayerSources sources) {
        this.layer = layer;
        this.ctx = ctx;
        this.sources = sources;
    }

    long draw(TileSink sink) throws RenderException {
        LayerDef index = indexLayer();
        String item = layer.tileItem() == null || layer.tileItem().isBlank() ? "location" : layer.tileItem();
        long drawn = 0;
        try (FeatureSource src = sources.open(ctx.map(), index);
                FeatureCursor cursor = src.query(searchRect(src))) {
            for (Feature f = cursor.next(); f != null; f = cursor.next()) {
                String location = f.attribute(item);
                if (location == null) {
                    throw RasterLayerDrawer.failure(layer, "msDrawRasterLayerLow(): Unable to access file. Could "
                            + "not find attribute '" + item + "' in the tile index of layer '" + layer.name() + "'.");
                }
                if (location.isBlank()) {
                    continue;
                }
                List<String> tileProjection = null;
                if (layer.tileSrs() != null && !layer.tileSrs().isBlank()) {
                    String srs = f.attribute(layer.tileSrs());
                    if (srs == null) {
                        throw RasterLayerDrawer.failure(layer, "msDrawRasterLayerLow(): Unable to access file. "
                                + "Could not find attribute '" + layer.tileSrs() + "' (TILESRS) in the tile index.");
                    }
                    if (srs.isBlank()) {
                        tileProjection = AUTO; // no SRS in the index: the tile file's own CRS, as PROJECTION AUTO
                    } else {
                        tileProjection = tileProjection(srs.strip());
                    }
                }
                LayerDef.Builder b = layer.toBuilder();
                b.data = tilePath(index, location.strip());
                b.tileIndex = null;
                drawn += sink.draw(b.build(), tileProjection);
            }
        } catch (DataSourceException ex) {
            throw RasterLayerDrawer.failure(layer, "msDrawRasterLayerLow(): Unable to open the tile index '"
                    + layer.tileIndex() + "'. " + ex.getMessage());
        }
        return drawn;
    }

    private List<String> tileProjection(String srs) throws RenderException {
        try {
            return ctx.projections().fromString(srs).args();
        } catch (ProjectionException ex) {
            throw RasterLayerDrawer.failure(layer, "msProcessProjection(): Projection library error. TILESRS '" + srs
                    + "': " + ex.getMessage());
        }
    }

    /**
     * The map extent in the layer's projection, where the index shapes are searched (msDrawRasterLayerLow projects
     * the search rectangle with msProjectRect when both the map and the layer have a projection).
     */
    private Envelope searchRect(FeatureSource index) throws RenderException {
        Extent e = ctx.view().pixelEdges();
        Rect r = new Rect(e.minX(), e.minY(), e.maxX(), e.maxY());
        // PROJECTION AUTO: the index's own CRS (its .prj, or the OGR layer's), as msLayerGetAutoProjection
        List<String> la = layer.projection().isAuto() ? index.autoProjection() : layer.projection().args();
        List<String> ma = ctx.map().projection().args();
        if (la.isEmpty() || ma.isEmpty() || !Reprojector.argsDiffer(la, ma)) {
            return new Envelope(r.minX(), r.maxX(), r.minY(), r.maxY());
        }
        try {
            Projection lp = ctx.projections().fromMapfileArgs(la);
            Projection mp = ctx.projections().fromMapfileArgs(ma);
            Rect p = Reprojector.between(mp, lp).transform(r);
            return new Envelope(p.minX(), p.maxX(), p.minY(), p.maxY());
        } catch (ProjectionException ex) {
            throw RasterLayerDrawer.failure(layer, "msProcessProjection(): Projection library error. "
                    + ex.getMessage());
        }
    }

    /** The map's layer of that name, else a shapefile layer reading the TILEINDEX path. */
    private LayerDef indexLayer() {
        for (LayerDef l : ctx.map().layers()) {
            if (l.name() != null && l.name().equalsIgnoreCase(layer.tileIndex()) && l != layer) {
                return l;
            }
        }
        LayerDef.Builder b = new LayerDef.Builder();
        b.name = layer.name() + " tile index";
        b.type = LayerType.POLYGON;
        b.connectionType = ConnectionType.LOCAL;
        b.data = layer.tileIndex();
        return b.build();
    }

    /** A tile's path: as DATA (SHAPEPATH, map directory) when that file exists, else beside the index file. */
    private String tilePath(LayerDef index, String location) {
        LayerDef.Builder b = layer.toBuilder();
        b.data = location;
        Path asData = DataPath.resolve(ctx.map(), b.build());
        if (Files.exists(asData) || index.data() == null) {
            return asData.toString();
        }
        Path indexFile = DataPath.resolve(ctx.map(), index);
        Path beside = indexFile.resolveSibling(location).normalize();
        return Files.exists(beside) ? beside.toString() : asData.toString();
    }
}
