package org.jmapserv.render;

import java.util.List;
import java.util.Locale;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.OutputFormatDef;

/**
 * The output format a draw uses, mirroring msSelectOutputFormat (mapoutput.c): map formats by mime type, then
 * by name, then MapServer's built-in png/png8/png24/jpeg; IMAGETYPE defaults to the first mapfile format, else
 * png. {@code transparent} follows msOutputFormatValidate (RGBA implies ON, JPEG forces OFF).
 */
public record ChosenFormat(OutputFormatDef format, boolean transparent) {

    public String name() {
        return format.name();
    }

    /** The driver's image kind after the slash, upper case: PNG, PNG8 or JPEG. */
    public String kind() {
        String d = format.driver().toUpperCase(Locale.ROOT);
        int slash = d.indexOf('/');
        String k = slash < 0 ? d : d.substring(slash + 1);
        return d.startsWith("GD/") ? "PNG8" : k;
    }

    static ChosenFormat select(MapDef map, String requested) throws RenderException {
        String wanted = requested != null ? requested
                : map.imageType() != null ? map.imageType()
                : map.outputFormats().isEmpty() ? "png" : map.outputFormats().get(0).name();
        OutputFormatDef f = find(map.outputFormats(), wanted);
        if (f == null) {
            f = find(builtIns(), wanted);
        }
        if (f == null) {
            throw new RenderException("msSelectOutputFormat(): Unable to select IMAGETYPE `" + wanted + "'.");
        }
        boolean jpeg = f.driver().toUpperCase(Locale.ROOT).endsWith("JPEG");
        boolean transparent = !jpeg && (f.transparent() != null ? f.transparent()
                : f.imageMode() == OutputFormatDef.ImageMode.RGBA);
        return new ChosenFormat(f, transparent);
    }

    private static OutputFormatDef find(List<OutputFormatDef> formats, String wanted) {
        for (OutputFormatDef f : formats) {
            if (f.mimeType() != null && f.mimeType().equalsIgnoreCase(wanted)) {
                return f;
            }
        }
        for (OutputFormatDef f : formats) {
            if (f.name() != null && f.name().equalsIgnoreCase(wanted)) {
                return f;
            }
        }
        return null;
    }

    private static List<OutputFormatDef> builtIns() {
        return List.of(
                builtIn("png", "AGG/PNG", "image/png", "png", List.of()),
                builtIn("jpeg", "AGG/JPEG", "image/jpeg", "jpg", List.of("QUALITY=75")),
                builtIn("png8", "AGG/PNG8", "image/png; mode=8bit", "png",
                        List.of("QUANTIZE_FORCE=on", "QUANTIZE_COLORS=256")),
                builtIn("png24", "AGG/PNG", "image/png; mode=24bit", "png", List.of()));
    }

    private static OutputFormatDef builtIn(String name, String driver, String mime, String ext, List<String> opts) {
        return new OutputFormatDef(name, driver, mime, ext, OutputFormatDef.ImageMode.RGB, null, opts,
                org.jmapserv.mapfile.SourcePosition.NONE);
    }
}
