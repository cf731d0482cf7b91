package org.jmapserv.data.ogr;

import java.nio.file.Path;
import java.util.List;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.tileindex.TileWalk;
import org.locationtech.jts.geom.Envelope;

/**
 * CONNECTIONTYPE OGR with a TILEINDEX (msOGRLayerOpen / msOGRFileReadTile, mapogr.cpp): the index is itself an OGR
 * datasource (typically made by {@code ogrtindex}), each index feature meeting the query extent names a tile in its
 * TILEITEM as {@code path,layer} (the layer part an index or a name, as ogrtindex writes it), found like a
 * CONNECTION. Tiles are opened one at a time while the cursor reaches them; a tile that cannot be opened fails the
 * layer naming it.
 */
final class OgrTileIndexSource implements FeatureSource {

    private final OgrOpenRequest req;
    private final FeatureSource index;
    private final String tileItem;
    private final java.util.function.Function<String, Path> resolver;
    private List<String> names;

    OgrTileIndexSource(OgrOpenRequest req, FeatureSource index, String tileItem,
                       java.util.function.Function<String, Path> resolver) {
        this.req = req;
        this.index = index;
        this.tileItem = tileItem;
        this.resolver = resolver;
    }

    private FeatureSource openTile(Feature tileFeature) {
        String v = tileFeature.attribute(tileItem);
        if (v == null) {
            throw OgrErrors.openFailed(req, "The tile index has no item '" + tileItem + "' (TILEITEM)");
        }
        String loc = v.trim();
        String path = loc;
        OgrLayerRef ref = OgrLayerRef.of(null);
        int comma = loc.lastIndexOf(',');
        if (comma > 0) {
            path = loc.substring(0, comma).trim();
            ref = OgrLayerRef.of(loc.substring(comma + 1).trim());
        }
        OgrOpenRequest tile = new OgrOpenRequest(resolver.apply(path), ref, req.nativeFilter(), req.openOptions(),
                req.layerName(), req.encoding());
        return OgrDatasets.open(tile);
    }

    @Override
    public List<String> attributeNames() {
        if (names == null) {
            names = List.of();
            try (FeatureCursor c = index.query(null)) {
                Feature f = c.next();
                if (f != null) {
                    try (FeatureSource t = openTile(f)) {
                        names = t.attributeNames();
                    }
                }
            }
        }
        return names;
    }

    @Override
    public Envelope bounds() {
        return index.bounds();
    }

    @Override
    public List<String> autoProjection() {
        return index.autoProjection();
    }

    @Override
    public FeatureCursor query(Envelope extent) {
        return TileWalk.query(index, extent, this::openTile);
    }

    @Override
    public long count() {
        return TileWalk.count(index, this::openTile);
    }

    @Override
    public void close() {
        index.close();
    }
}
