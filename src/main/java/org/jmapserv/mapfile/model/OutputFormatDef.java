package org.jmapserv.mapfile.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jmapserv.mapfile.SourcePosition;

/**
 * An OUTPUTFORMAT block (mirrors outputFormatObj, mapoutput.c). {@code driver} is kept as written
 * ({@code AGG/PNG}, {@code AGG/PNG8}, {@code AGG/JPEG}, {@code GDAL/GTiff} ...); {@code transparent} is
 * {@code null} when the block did not say, so that IMAGEMODE can decide as msOutputFormatValidate does.
 * FORMATOPTIONs are kept in file order; as in MapServer the first occurrence of a key wins.
 */
public record OutputFormatDef(
        String name,
        String driver,
        String mimeType,
        String extension,
        ImageMode imageMode,
        Boolean transparent,
        List<String> formatOptions,
        SourcePosition source) {

    /** IMAGEMODE values MapServer knows. */
    public enum ImageMode { PC256, RGB, RGBA, INT16, FLOAT32, BYTE, FEATURE }

    public OutputFormatDef {
        formatOptions = List.copyOf(formatOptions);
    }

    /** The value of FORMATOPTION {@code key} (case-insensitive); the first occurrence wins, as in MapServer. */
    public Optional<String> option(String key) {
        String prefix = key.toUpperCase(Locale.ROOT) + "=";
        for (String opt : formatOptions) {
            if (opt.toUpperCase(Locale.ROOT).startsWith(prefix)) {
                return Optional.of(opt.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }
}
