package org.jmapserv.wms.client;

import java.awt.image.BufferedImage;
import java.util.List;

import org.jmapserv.geo.Rect;

/**
 * A decoded GetMap answer and where it belongs: the edge-based BBOX in {@code crs} (x/y order) that was asked for,
 * and the map layers (indexes in draw order) it stands for — more than one when requests were merged. The
 * renderer draws it at the first of those layers.
 */
public record RemoteImage(BufferedImage image, Rect bbox, String crs, List<Integer> layerIndexes, String maskedUrl,
        long fetchMillis) {

    public RemoteImage {
        layerIndexes = List.copyOf(layerIndexes);
    }
}
