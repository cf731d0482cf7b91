package org.jmapserv.render.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jmapserv.mapfile.model.OutputFormatDef.ImageMode;

/**
 * A resolved, validated output format (mirrors outputFormatObj after msOutputFormatValidate). {@code options}
 * are FORMATOPTION "KEY=VALUE" strings; lookups are case-insensitive on the key and the first occurrence wins,
 * as msGetOutputFormatOption does.
 */
public record OutputFormat(String name, String driver, String mimeType, String extension, ImageMode imageMode,
        boolean transparent, List<String> options) {

    /** How the pixels are written. */
    public enum Kind { PNG, PNG8, JPEG, MIXED, GTIFF, SVG, PDF }

    public OutputFormat {
        options = List.copyOf(options);
    }

    public Optional<String> option(String key) {
        String prefix = key.toUpperCase(Locale.ROOT) + "=";
        for (String opt : options) {
            if (opt.toUpperCase(Locale.ROOT).startsWith(prefix)) {
                return Optional.of(opt.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }

    /** An integer option; a value that is not a number is an error naming the format. */
    public int intOption(String key, int defaultValue) {
        Optional<String> value = option(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get().strip());
        } catch (NumberFormatException e) {
            throw new OutputFormatException("OUTPUTFORMAT '" + name + "': FORMATOPTION " + key + "="
                    + value.get() + " is not a number");
        }
    }

    /** ON/YES/TRUE (case-insensitive), as MapServer tests its boolean format options. */
    public boolean flagOption(String key) {
        return option(key).map(v -> v.strip().toUpperCase(Locale.ROOT))
                .map(v -> v.equals("ON") || v.equals("YES") || v.equals("TRUE")).orElse(false);
    }

    /**
     * The writer this format needs: CAIRO/SVG and CAIRO/PDF → vector documents, AGG/JPEG → JPEG, AGG/MIXED → MIXED, AGG/PNG8 or any PNG with
     * QUANTIZE_FORCE or PALETTE_FORCE → palette PNG, other PNG → truecolour PNG.
     */
    public Kind kind() {
        String d = driver.toUpperCase(Locale.ROOT);
        if (d.equals("GDAL/GTIFF")) {
            return Kind.GTIFF;
        }
        if (d.equals("CAIRO/SVG")) {
            return Kind.SVG;
        }
        if (d.equals("CAIRO/PDF")) {
            return Kind.PDF;
        }
        if (d.endsWith("/JPEG")) {
            return Kind.JPEG;
        }
        if (d.endsWith("/MIXED")) {
            return Kind.MIXED;
        }
        if (d.endsWith("/PNG8") || flagOption("QUANTIZE_FORCE") || flagOption("PALETTE_FORCE")) {
            return Kind.PNG8;
        }
        return Kind.PNG;
    }

    /**
     * msApplyOutputFormat with a transparency override: a changed TRANSPARENT turns an RGB mode into RGBA.
     * JPEG stays opaque (msOutputFormatValidate runs again).
     */
    public OutputFormat withTransparent(boolean wanted) {
        if (wanted == transparent) {
            return this;
        }
        ImageMode mode = imageMode == ImageMode.RGB ? ImageMode.RGBA : imageMode;
        return OutputFormatValidator.validate(new OutputFormat(name, driver, mimeType, extension, mode, wanted,
                new ArrayList<>(options)));
    }
}
