package org.jmapserv.render.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.GeoTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.plugins.tiff.TIFFTagSet;
import javax.imageio.stream.ImageOutputStream;

/**
 * DRIVER "GDAL/GTiff" (msSaveImageGDAL with GDAL's GTiff driver): an RGB (IMAGEMODE RGB) or RGBA (IMAGEMODE RGBA,
 * unassociated alpha) 8-bit TIFF, pixel-interleaved, uncompressed unless FORMATOPTION COMPRESS says
 * DEFLATE / LZW / PACKBITS / JPEG, georeferenced with ModelPixelScale + ModelTiepoint (PixelIsArea) and, when the
 * map's projection is an EPSG code, GeoKeys naming it. Written with the JDK's javax.imageio TIFF writer.
 */
final class GeoTiffEncoder implements ImageEncoder {

    private final GeoReference geo;

    GeoTiffEncoder(GeoReference geo) {
        this.geo = geo;
    }

    @Override
    public void encode(BufferedImage image, OutputFormat format, OutputStream out) throws IOException {
        boolean alpha = format.imageMode() == org.jmapserv.mapfile.model.OutputFormatDef.ImageMode.RGBA;
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage straight = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_4BYTE_ABGR
                : BufferedImage.TYPE_3BYTE_BGR);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w); // un-premultiplied
            straight.setRGB(0, y, w, 1, row, 0, w);
        }
        ImageWriter writer = RawGeoTiffEncoder.jdkTiffWriter();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            String compress = format.option("COMPRESS").orElse("NONE").trim().toUpperCase(Locale.ROOT);
            String type = switch (compress) {
                case "DEFLATE" -> "Deflate";
                case "LZW" -> "LZW";
                case "PACKBITS" -> "PackBits";
                case "JPEG" -> "JPEG";
                default -> null;
            };
            if (type != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(type);
            }
            TIFFDirectory dir = new TIFFDirectory(new TIFFTagSet[] {BaselineTIFFTagSet.getInstance(),
                GeoTIFFTagSet.getInstance()}, null);
            addGeoTags(dir, geo);
            writer.write(null, new IIOImage(straight, null, dir.getAsMetadata()), param);
        } finally {
            writer.dispose();
        }
    }

    /** ModelPixelScale + ModelTiepoint (PixelIsArea) and GeoKeys naming the map's EPSG code when it has one. */
    static void addGeoTags(TIFFDirectory dir, GeoReference geo) {
        GeoTIFFTagSet g = GeoTIFFTagSet.getInstance();
        dir.addTIFFField(new TIFFField(g.getTag(GeoTIFFTagSet.TAG_MODEL_PIXEL_SCALE), TIFFTag.TIFF_DOUBLE, 3,
                new double[] {geo.cellX(), geo.cellY(), 0}));
        dir.addTIFFField(new TIFFField(g.getTag(GeoTIFFTagSet.TAG_MODEL_TIE_POINT), TIFFTag.TIFF_DOUBLE, 6,
                new double[] {0, 0, 0, geo.minX(), geo.maxY(), 0}));
        char[] keys = geo.epsg() > 0
                ? new char[] {1, 1, 0, 3, 1024, 0, 1, (char) (geo.geographic() ? 2 : 1), 1025, 0, 1, 1,
                (char) (geo.geographic() ? 2048 : 3072), 0, 1, (char) geo.epsg()}
                : new char[] {1, 1, 0, 1, 1025, 0, 1, 1};
        dir.addTIFFField(new TIFFField(g.getTag(GeoTIFFTagSet.TAG_GEO_KEY_DIRECTORY), TIFFTag.TIFF_SHORT,
                keys.length, keys));
    }
}
