package org.jmapserv.render.raster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.mapfile.model.LayerDef;

/**
 * PROCESSING LUT / LUT_n values that name a file, read as LoadLUT does: a value that is not made of digits, ':',
 * ',' and spaces is a path relative to the mapfile's directory whose content is the table (an in:out list or a
 * GIMP curves file, see {@link LookupTable}).
 */
final class LutFiles {

    private static final int MAX_BYTES = 10_000; // LoadLUT's buffer

    private LutFiles() {
    }

    /** The layer with every LUT file replaced by its content, or the layer itself when there is none. */
    static LayerDef inline(LayerDef layer, Path mapDir) throws RasterDrawException {
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (String d : layer.processing()) {
            int eq = d.indexOf('=');
            String key = eq < 0 ? d : d.substring(0, eq).trim().toUpperCase(Locale.ROOT);
            if (eq > 0 && (key.equals("LUT") || key.matches("LUT_\\d+"))) {
                String v = d.substring(eq + 1);
                if (!v.chars().allMatch(c -> Character.isDigit(c) || c == ':' || c == ',' || c == ' ')) {
                    out.add(d.substring(0, eq + 1) + read(mapDir.resolve(v.trim()).normalize()));
                    changed = true;
                    continue;
                }
            }
            out.add(d);
        }
        if (!changed) {
            return layer;
        }
        LayerDef.Builder b = layer.toBuilder();
        b.processing = out;
        return b.build();
    }

    private static String read(Path file) throws RasterDrawException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RasterDrawException("drawGDAL(): Failed to open LUT file '" + file + "'.");
        }
        if (bytes.length >= MAX_BYTES) {
            throw new RasterDrawException("drawGDAL(): LUT definition from file " + file
                    + " longer than maximum buffer size (" + MAX_BYTES + " bytes).");
        }
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        return s.replace("\r", "");
    }
}
