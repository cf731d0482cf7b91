package org.jmapserv.render.output;

import java.awt.Point;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.BandedSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
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

import org.jmapserv.mapfile.model.OutputFormatDef.ImageMode;

/**
 * DRIVER "GDAL/GTiff" with IMAGEMODE BYTE / INT16 / FLOAT32 (msSaveImageGDAL on a raw imageObj): the band buffer
 * written as Byte, Int16 or Float32 samples, one band per FORMATOPTION BAND_COUNT, georeferenced like the RGB
 * GeoTIFF, and FORMATOPTION NULLVALUE written as the bands' NODATA (the GDAL_NODATA tag). COMPRESS=DEFLATE / LZW /
 * PACKBITS as for RGB output. Written with the JDK's javax.imageio TIFF writer, from a raster (no colour model).
 */
final class RawGeoTiffEncoder {

    /** GDAL's private ASCII tag holding a band's NODATA value. */
    private static final TIFFTag GDAL_NODATA = new TIFFTag("GDALNoData", 42113, 1 << TIFFTag.TIFF_ASCII);

    private final GeoReference geo;

    RawGeoTiffEncoder(GeoReference geo) {
        this.geo = geo;
    }

    void encode(RawImage raw, OutputFormat format, OutputStream out) throws IOException {
        int w = raw.width();
        int h = raw.height();
        int type = switch (raw.mode()) {
            case BYTE -> DataBuffer.TYPE_BYTE;
            case INT16 -> DataBuffer.TYPE_SHORT;
            default -> DataBuffer.TYPE_FLOAT;
        };
        WritableRaster r = Raster.createWritableRaster(new BandedSampleModel(type, w, h, raw.bands()),
                new Point(0, 0));
        float[] row = new float[w];
        for (int b = 0; b < raw.bands(); b++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    row[x] = raw.get(b, x, y);
                }
                r.setSamples(0, y, w, 1, b, row);
            }
        }
        ImageWriter writer = jdkTiffWriter();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            String compress = format.option("COMPRESS").orElse("NONE").trim().toUpperCase(Locale.ROOT);
            String kind = switch (compress) {
                case "DEFLATE" -> "Deflate";
                case "LZW" -> "LZW";
                case "PACKBITS" -> "PackBits";
                case "NONE" -> null;
                default -> throw new IOException("msSaveImageGDAL(): FORMATOPTION COMPRESS=" + compress
                        + " is not written for IMAGEMODE " + raw.mode() + " (NONE, DEFLATE, LZW and PACKBITS are).");
            };
            if (kind != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(kind);
            }
            TIFFDirectory dir = new TIFFDirectory(new TIFFTagSet[] {BaselineTIFFTagSet.getInstance(),
                GeoTIFFTagSet.getInstance()}, null);
            BaselineTIFFTagSet base = BaselineTIFFTagSet.getInstance();
            // three bands are written as RGB, as GDAL writes three Byte bands (and so no reader asks for
            // ExtraSamples, which the JDK writer leaves out); other counts as grey plus uninterpreted bands
            dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_PHOTOMETRIC_INTERPRETATION),
                    raw.bands() == 3 ? BaselineTIFFTagSet.PHOTOMETRIC_INTERPRETATION_RGB
                            : BaselineTIFFTagSet.PHOTOMETRIC_INTERPRETATION_BLACK_IS_ZERO));
            int format0 = raw.mode() == ImageMode.FLOAT32 ? BaselineTIFFTagSet.SAMPLE_FORMAT_FLOATING_POINT
                    : raw.mode() == ImageMode.INT16 ? BaselineTIFFTagSet.SAMPLE_FORMAT_SIGNED_INTEGER
                    : BaselineTIFFTagSet.SAMPLE_FORMAT_UNSIGNED_INTEGER;
            char[] formats = new char[raw.bands()];
            java.util.Arrays.fill(formats, (char) format0);
            dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_SAMPLE_FORMAT), TIFFTag.TIFF_SHORT,
                    formats.length, formats));
            GeoTiffEncoder.addGeoTags(dir, geo);
            if (raw.nullValue() != null) {
                dir.addTIFFField(new TIFFField(GDAL_NODATA, TIFFTag.TIFF_ASCII, 1,
                        new String[] {noDataText(raw.nullAsType())}));
            }
            // the JDK writer takes images, not rasters: n plain components under a colour model that means nothing
            ColorSpace cs = raw.bands() == 1 ? ColorSpace.getInstance(ColorSpace.CS_GRAY) : new BandSpace(raw.bands());
            ComponentColorModel cm = new ComponentColorModel(cs, false, false, Transparency.OPAQUE, type);
            BufferedImage img = new BufferedImage(cm, r, false, null);
            writer.write(null, new IIOImage(img, null, dir.getAsMetadata()), param);
        } finally {
            writer.dispose();
        }
    }

    private static String noDataText(float v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Float.toString(v);
    }

    static ImageWriter jdkTiffWriter() throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("tiff");
        ImageWriter writer = null;
        while (it.hasNext()) {
            ImageWriter candidate = it.next();
            if (writer == null && candidate.getClass().getName().startsWith("com.sun.imageio.plugins.tiff.")) {
                writer = candidate;
            } else {
                candidate.dispose();
            }
        }
        if (writer == null) {
            throw new IOException("msSaveImageGDAL(): no TIFF writer available");
        }
        return writer;
    }

    /** n uninterpreted bands (GDAL's ColorInterp=Undefined), shown as the grey of the first. */
    private static final class BandSpace extends ColorSpace {

        private static final long serialVersionUID = 1L;

        BandSpace(int bands) {
            super(bands == 2 ? TYPE_2CLR : bands == 3 ? TYPE_3CLR : bands == 4 ? TYPE_4CLR : bands == 5 ? TYPE_5CLR
                    : bands == 6 ? TYPE_6CLR : bands == 7 ? TYPE_7CLR : bands == 8 ? TYPE_8CLR : bands == 9
                    ? TYPE_9CLR : bands == 10 ? TYPE_ACLR : bands == 11 ? TYPE_BCLR : bands == 12 ? TYPE_CCLR
                    : bands == 13 ? TYPE_DCLR : bands == 14 ? TYPE_ECLR : TYPE_FCLR, bands);
        }

        @Override
        public float[] toRGB(float[] v) {
            return new float[] {v[0], v[0], v[0]};
        }

        @Override
        public float[] fromRGB(float[] rgb) {
            float[] v = new float[getNumComponents()];
            v[0] = (rgb[0] + rgb[1] + rgb[2]) / 3;
            return v;
        }

        @Override
        public float[] toCIEXYZ(float[] v) {
            return ColorSpace.getInstance(CS_GRAY).toCIEXYZ(new float[] {v[0]});
        }

        @Override
        public float[] fromCIEXYZ(float[] xyz) {
            float[] v = new float[getNumComponents()];
            v[0] = ColorSpace.getInstance(CS_GRAY).fromCIEXYZ(xyz)[0];
            return v;
        }
    }
}
