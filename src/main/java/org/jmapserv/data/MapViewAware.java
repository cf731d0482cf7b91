package org.jmapserv.data;

/**
 * A source whose features depend on the map being drawn, not only on the extent asked for: a CONTOUR layer
 * generates its lines at the map's resolution and picks scale-dependent options by the map's scale
 * (msContourLayerWhichShapes reads map->extent, map->cellsize and map->scaledenom). The drawer (and the query
 * engine) tell it before {@link FeatureSource#query}; a source never told falls back to the mapfile's own EXTENT
 * and SIZE.
 *
 * @see org.jmapserv.data.contour.ContourFeatureSource
 */
public interface MapViewAware {

    /**
     * The map being drawn.
     *
     * @param minX           the map extent as pixel centres, in map coordinates ({@code minY, maxX, maxY} alike)
     * @param cellSize       map units per pixel
     * @param scaleDenom     the scale denominator (0 or NaN when unknown)
     * @param width          the image width in pixels ({@code height} alike)
     * @param sameProjection false when the layer's coordinates are not the map's: the extent passed to
     *                       {@link FeatureSource#query} is then the map's in layer coordinates
     * @param layerCellSize  {@code cellSize} converted to the layer projection's units (MS_CONVERT_UNIT: metres for
     *                       a projected CRS, degrees for a geographic one)
     */
    record View(double minX, double minY, double maxX, double maxY, double cellSize, double scaleDenom, int width,
            int height, boolean sameProjection, double layerCellSize) {
    }

    void mapView(View view);

    /** The cell size of the grid the features came from ({@code [data_cellsize]}), or NaN when there is none. */
    default double dataCellSize() {
        return Double.NaN;
    }
}
