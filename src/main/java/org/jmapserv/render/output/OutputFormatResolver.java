package org.jmapserv.render.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.mapfile.model.OutputFormatDef;
import org.jmapserv.mapfile.model.OutputFormatDef.ImageMode;

/**
 * Finds the output format for an IMAGETYPE or FORMAT value. Mirrors msSelectOutputFormat /
 * msGetOutputFormatIndex (mapoutput.c): the map's own OUTPUTFORMATs by mime type first, then by name, both
 * case-insensitively; then the built-in formats (defaultoutputformats[]) by name or mime type. The map default
 * (msPostMapParseOutputFormatSetup) is IMAGETYPE if given, else the first OUTPUTFORMAT of the map, else png.
 *
 * <p>Built-ins supported: png, jpeg, png8, png24, jpegpng, jpegpng8, GTiff, cairopng, svg and pdf (Cairo's
 * drivers; 8.0 has no built-in cairojpeg, only DRIVER CAIRO/JPEG). KML, KMZ, MVT and UTFGrid (json) formats
 * Debian's MapServer 8.0 lists are known but not written by this port: selecting one throws
 * {@link UnwritableFormatException}, never a PNG under their name.
 */
public final class OutputFormatResolver {

    private static final String[][] BUILT_INS = {
        {"png", "AGG/PNG", "image/png"},
        {"jpeg", "AGG/JPEG", "image/jpeg"},
        {"png8", "AGG/PNG8", "image/png; mode=8bit"},
        {"png24", "AGG/PNG", "image/png; mode=24bit"},
        {"jpegpng", "AGG/MIXED", "image/vnd.jpeg-png"},
        {"jpegpng8", "AGG/MIXED", "image/vnd.jpeg-png8"},
        {"GTiff", "GDAL/GTiff", "image/tiff"},
        {"json", "UTFGrid", "application/json"},
        {"kml", "KML", "application/vnd.google-earth.kml+xml"},
        {"kmz", "KMZ", "application/vnd.google-earth.kmz"},
        {"cairopng", "CAIRO/PNG", "image/png"},
        {"svg", "CAIRO/SVG", "image/svg+xml"},
        {"pdf", "CAIRO/PDF", "application/x-pdf"},
        {"mvt", "MVT", "application/vnd.mapbox-vector-tile"},
    };

    private final List<OutputFormatDef> mapFormats;

    public OutputFormatResolver(List<OutputFormatDef> mapFormats) {
        this.mapFormats = List.copyOf(mapFormats);
    }

    /** The map's format: IMAGETYPE ({@code imageType}, may be null), else the first OUTPUTFORMAT, else png. */
    public OutputFormat mapDefault(String imageType) {
        String wanted = imageType;
        if (wanted == null && !mapFormats.isEmpty()) {
            wanted = mapFormats.get(0).name();
        }
        return select(wanted == null ? "png" : wanted);
    }

    /**
     * The format named by {@code imageType} (a name or a mime type).
     *
     * @throws OutputFormatException "Unable to select IMAGETYPE `x'." when nothing matches, or a message naming
     *     the format and its mapfile position when it is defined but unusable
     */
    public OutputFormat select(String imageType) {
        if (imageType == null || imageType.isEmpty()) {
            throw new OutputFormatException("Unable to select IMAGETYPE `" + imageType + "'.");
        }
        for (OutputFormatDef def : mapFormats) {
            if (def.mimeType() != null && def.mimeType().equalsIgnoreCase(imageType)) {
                return fromDef(def);
            }
        }
        for (OutputFormatDef def : mapFormats) {
            if (def.name() != null && def.name().equalsIgnoreCase(imageType)) {
                return fromDef(def);
            }
        }
        for (String[] builtIn : BUILT_INS) {
            if (builtIn[0].equalsIgnoreCase(imageType) || builtIn[2].equalsIgnoreCase(imageType)) {
                OutputFormat base = DriverDefaults.forDriver(builtIn[1], builtIn[0]);
                return OutputFormatValidator.validate(new OutputFormat(base.name(), base.driver(), builtIn[2],
                        base.extension(), base.imageMode(), base.transparent(), base.options()));
            }
        }
        throw new OutputFormatException("Unable to select IMAGETYPE `" + imageType + "'.");
    }

    /** The opaque and transparent sub-formats of an AGG/MIXED format (msOutputFormatResolveFromImage). */
    public OutputFormat mixedPart(OutputFormat mixed, boolean transparentPart) {
        String key = transparentPart ? "TRANSPARENT_FORMAT" : "OPAQUE_FORMAT";
        String name = mixed.option(key).orElseThrow(
                () -> new OutputFormatException("Missing " + key + " format option on " + mixed.name() + "."));
        OutputFormat part = select(name);
        if (part.kind() == OutputFormat.Kind.MIXED) {
            throw new OutputFormatException(name + " cannot be used as the " + key + " format of " + mixed.name());
        }
        return part.withTransparent(transparentPart);
    }

    /** loadOutputFormat's END handling on top of the driver defaults, then validation. */
    private static OutputFormat fromDef(OutputFormatDef def) {
        OutputFormat base;
        try {
            base = DriverDefaults.forDriver(def.driver() == null ? "" : def.driver(), def.name());
        } catch (UnwritableFormatException e) {
            throw new UnwritableFormatException(e.getMessage() + " (" + def.source() + ")");
        } catch (OutputFormatException e) {
            throw new OutputFormatException(e.getMessage() + " (" + def.source() + ")", e);
        }
        ImageMode mode = base.imageMode();
        boolean transparent = base.transparent();
        if (def.imageMode() != null) {
            if (def.imageMode() == ImageMode.PC256 && base.driver().toUpperCase(Locale.ROOT).startsWith("CAIRO/")) {
                // msImageCreateCairo refuses it when the map is drawn (AGG quietly draws RGB and quantizes)
                throw new OutputFormatException("msImageCreateCairo(): General error message. Cairo driver only "
                        + "supports RGB or RGBA pixel models. (OUTPUTFORMAT '" + base.name() + "', " + def.source()
                        + ")");
            }
            if (def.imageMode() != ImageMode.PC256) {
                mode = def.imageMode();
            }
            transparent = def.imageMode() == ImageMode.RGBA;
        }
        if (def.transparent() != null) {
            transparent = def.transparent();
        }
        OutputFormat merged = new OutputFormat(base.name(),
                base.driver(),
                def.mimeType() != null ? def.mimeType() : base.mimeType(),
                def.extension() != null ? def.extension() : base.extension(),
                mode, transparent, mergeOptions(base.options(), def.formatOptions()));
        try {
            return OutputFormatValidator.validate(merged);
        } catch (OutputFormatException e) {
            throw new OutputFormatException(e.getMessage() + " (" + def.source() + ")", e);
        }
    }

    /** The block's options first (first occurrence wins), then driver presets the block did not set. */
    private static List<String> mergeOptions(List<String> presets, List<String> own) {
        List<String> merged = new ArrayList<>(own);
        for (String preset : presets) {
            String key = preset.substring(0, preset.indexOf('=') + 1).toUpperCase(Locale.ROOT);
            if (own.stream().noneMatch(o -> o.toUpperCase(Locale.ROOT).startsWith(key))) {
                merged.add(preset);
            }
        }
        return merged;
    }
}
