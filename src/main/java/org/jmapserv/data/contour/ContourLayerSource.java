package org.jmapserv.data.contour;

import java.nio.file.Path;
import org.jmapserv.data.DataPath;
import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.LayerSourceFactory;
import org.jmapserv.image.raster.GeoTransform;
import org.jmapserv.image.raster.RasterFiles;
import org.jmapserv.image.raster.RasterInfo;
import org.jmapserv.image.raster.RasterReadException;
import org.jmapserv.image.raster.RasterSource;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;

/**
 * Opens CONNECTIONTYPE CONTOUR layers as msContourLayerOpen does: DATA (msBuildPath3) opened through our raster
 * readers, georeferenced as msGetGDALGeoTransform does (the file's own, else the layer EXTENT, else pixel
 * coordinates, so a raster without georeferencing is contoured in pixel space as in 8.0). A TILEINDEX is refused.
 */
public final class ContourLayerSource implements LayerSourceFactory {

    @Override
    public FeatureSource open(MapDef map, LayerDef layer) {
        if (layer.tileIndex() != null) {
            throw new DataSourceException("msContourLayerOpen(): a CONTOUR layer with a TILEINDEX is not supported "
                    + "by jmapserv (layer '" + layer.name() + "').");
        }
        if (layer.data() == null) {
            throw new DataSourceException("msContourLayerOpen(): Layer " + layer.name()
                    + " has neither DATA nor TILEINDEX defined.");
        }
        Path file = DataPath.resolve(map, layer);
        RasterSource raster;
        try {
            raster = RasterFiles.open(file);
        } catch (RasterReadException e) {
            throw new DataSourceException("msContourLayerOpen(): Image handling error. Unable to open GDAL dataset. "
                    + e.getMessage());
        }
        GeoTransform gt = geoTransform(layer, raster.info());
        if (!gt.isNorthUp() || gt.c1() <= 0 || gt.c5() >= 0) {
            raster.close();
            throw new DataSourceException("msContourLayerOpen(): a rotated or south-up raster is not contoured by "
                    + "jmapserv ('" + file + "').");
        }
        return new ContourFeatureSource(map, layer, file, raster, gt);
    }

    /** msGetGDALGeoTransform: the file's (world files included), the layer EXTENT, else pixel coordinates. */
    static GeoTransform geoTransform(LayerDef layer, RasterInfo info) {
        Extent e = layer.extent();
        return GeoTransform.ofRaster(info, e == null ? null : new double[] {e.minX(), e.minY(), e.maxX(), e.maxY()});
    }
}
