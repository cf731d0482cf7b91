package org.jmapserv.render.output;

import java.util.Locale;

import org.jmapserv.mapfile.model.OutputFormatDef.ImageMode;

/**
 * Fixes up a format as msOutputFormatValidate (mapoutput.c) does: JPEG is forced opaque and RGB, TRANSPARENT ON
 * with RGB becomes RGBA, and AGG/MIXED must name both of its sub-formats. MapServer only logs the fix-ups;
 * this port does the same silently and fails only where MapServer could not draw.
 */
final class OutputFormatValidator {

    private OutputFormatValidator() {
    }

    static OutputFormat validate(OutputFormat f) {
        boolean transparent = f.transparent();
        ImageMode mode = f.imageMode();
        if (f.driver().toUpperCase(Locale.ROOT).endsWith("/JPEG")) {
            transparent = false;
            if (mode == ImageMode.RGBA) {
                mode = ImageMode.RGB;
            }
        }
        if (transparent && mode == ImageMode.RGB) {
            mode = ImageMode.RGBA;
        }
        if (f.kind() == OutputFormat.Kind.MIXED) {
            for (String key : new String[] {"TRANSPARENT_FORMAT", "OPAQUE_FORMAT"}) {
                if (f.option(key).isEmpty()) {
                    throw new OutputFormatException("OUTPUTFORMAT " + f.name() + " lacks a '" + key
                            + "' FORMATOPTION.");
                }
            }
        }
        if (RawImage.isRaw(mode) && f.driver().toUpperCase(Locale.ROOT).startsWith("CAIRO/")) {
            // 8.0 draws the map, then saveImageCairo knows no raw buffer (it writes nothing, exit status 0)
            throw new OutputFormatException("OUTPUTFORMAT " + f.name() + " has IMAGEMODE " + mode
                    + ": msSaveImage(): General error message. Unknown image type");
        }
        boolean grid = f.driver().equalsIgnoreCase("GDAL/AAIGRID");
        boolean gdalPng = f.driver().equalsIgnoreCase("GDAL/PNG");
        if (RawImage.isRaw(mode) && f.kind() != OutputFormat.Kind.GTIFF && !grid && !gdalPng) {
            throw new OutputFormatException("OUTPUTFORMAT " + f.name() + " has IMAGEMODE " + mode + " with DRIVER "
                    + f.driver() + "; jmapserv writes the raw IMAGEMODEs (BYTE, INT16, FLOAT32) with GDAL/GTiff, "
                    + "GDAL/PNG and GDAL/AAIGRID only.");
        }
        if (gdalPng && RawImage.isRaw(mode) && f.intOption("BAND_COUNT", 1) > 4) {
            throw new OutputFormatException("OUTPUTFORMAT " + f.name() + ": msSaveImageGDAL(): General error message. "
                    + "PNG driver doesn't support " + f.intOption("BAND_COUNT", 1) + " bands.  Must be 1 (grey), 2 "
                    + "(grey+alpha), 3 (rgb) or 4 (rgba) bands.");
        }
        if (grid && (!RawImage.isRaw(mode) || f.intOption("BAND_COUNT", 1) != 1)) {
            // msSaveImageGDAL fails so in 8.0 (it writes nothing and says why)
            throw new OutputFormatException("OUTPUTFORMAT " + f.name() + ": msSaveImageGDAL(): General error message. "
                    + "Failed to create output AAIGRID file. AAIG driver doesn't support "
                    + (RawImage.isRaw(mode) ? f.intOption("BAND_COUNT", 1) : mode == ImageMode.RGBA ? 4 : 3)
                    + " bands.  Must be 1 band.");
        }
        if (mode != ImageMode.RGB && mode != ImageMode.RGBA && !RawImage.isRaw(mode)) {
            throw new OutputFormatException("OUTPUTFORMAT " + f.name() + " has IMAGEMODE " + mode
                    + ", which jmapserv does not draw (RGB, RGBA, and BYTE / INT16 / FLOAT32 with GDAL/GTiff).");
        }
        return new OutputFormat(f.name(), f.driver(), f.mimeType(), f.extension(), mode, transparent, f.options());
    }
}
