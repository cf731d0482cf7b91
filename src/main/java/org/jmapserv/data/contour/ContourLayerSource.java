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
        GeoTransform gt = info.geoTransform();
        if (gt != null) {
            if (gt.c5() == 1.0 && gt.c3() == 0.0) {
                return new GeoTransform(gt.c0(), gt.c1(), gt.c2(), info.height(), gt.c4(), -1.0);
            }
            return gt;
        }
        Extent e = layer.extent();
        if (e != null && e.maxX() > e.minX() && e.maxY() > e.minY()) {
            return new GeoTransform(e.minX(), (e.maxX() - e.minX()) / info.width(), 0, e.maxY(), 0,
                    (e.minY() - e.maxY()) / info.height());
        }
        return GeoTransform.pixelSpace(info.height());
    }
}
