package org.jmapserv.data.cluster;

/**
 * The draw a clustering is built for, as RebuildClusters reads it from the map: the map extent (pixel-centre based,
 * already in the layer's coordinates, as msProjectRect leaves it) and the image size in pixels. MAXDISTANCE and
 * BUFFER are pixels of this frame unless PROCESSING "CLUSTER_USE_MAP_UNITS" is set.
 */
public record ClusterFrame(double minX, double minY, double maxX, double maxY, int width, int height) {

    /** MS_CELLSIZE over the pixel-centre extent: (max - min) / (d - 1). */
    double cellSizeX() {
        return (maxX - minX) / (width - 1);
    }

    double cellSizeY() {
        return (maxY - minY) / (height - 1);
    }
}
