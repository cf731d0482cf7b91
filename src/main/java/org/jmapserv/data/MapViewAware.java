package org.jmapserv.data;

/**
 * A source whose features depend on the map being drawn, not only on the extent asked for: a CONTOUR layer
 * generates its lines at the map's resolution and picks scale-dependent options by the map's scale
 * (msContourLayerWhichShapes reads map->extent, map->cellsize and map->scaledenom). The drawer tells it before
 * {@link FeatureSource#query}; a source never told falls back to the mapfile's own EXTENT and SIZE.
 *
 * @see org.jmapserv.data.contour.ContourFeatureSource
 */
public interface MapViewAware {

    /**
     * The map being drawn: its extent as pixel centres ({@code minX..maxY}, map coordinates), the size of a pixel
     * and the scale denominator; {@code sameProjection} is false when the layer's coordinates are not the map's
     * (the extent passed to {@link FeatureSource#query} is then the one to use).
     */
    void mapView(double minX, double minY, double maxX, double maxY, double cellSize, double scaleDenom,
            boolean sameProjection);

    /** The cell size of the grid the features came from ({@code [data_cellsize]}), or NaN when there is none. */
    default double dataCellSize() {
        return Double.NaN;
    }
}
