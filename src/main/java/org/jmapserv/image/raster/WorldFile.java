package org.jmapserv.image.raster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * World files beside an image, as GDALReadWorldFile reads them: six numbers A, D, B, E, C, F (C, F the centre of
 * the top-left pixel), turned into a corner-based geotransform. The candidates are the image's name with the
 * extension's first and last letters plus "w" (.pgw, .jgw, .gfw, .tfw), the extension plus "w" (.pngw, .tifw) and
 * .wld, in both letter cases.
 */
public final class WorldFile {

    private WorldFile() {
    }

    /** The geotransform of the first world file found beside {@code image}, or null. */
    public static GeoTransform find(Path image) {
        for (Path p : candidates(image)) {
            if (Files.isRegularFile(p)) {
                GeoTransform gt = read(p);
                if (gt != null) {
                    return gt;
                }
            }
        }
        return null;
    }

    static List<Path> candidates(Path image) {
        String name = image.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        List<String> exts = new ArrayList<>();
        if (ext.length() >= 2) {
            exts.add("" + ext.charAt(0) + ext.charAt(ext.length() - 1) + "w");
        }
        if (!ext.isEmpty()) {
            exts.add(ext + "w");
        }
        exts.add("wld");
        List<Path> out = new ArrayList<>();
        for (String e : exts) {
            out.add(image.resolveSibling(base + "." + e.toLowerCase(Locale.ROOT)));
            out.add(image.resolveSibling(base + "." + e.toUpperCase(Locale.ROOT)));
        }
        return out;
    }

    /** The geotransform in {@code file}, or null when it does not hold six numbers. */
    public static GeoTransform read(Path file) {
        try {
            if (Files.size(file) > 4096) {
                return null;
            }
            String[] tok = Files.readString(file, StandardCharsets.ISO_8859_1).trim().split("\\s+");
            if (tok.length < 6) {
                return null;
            }
            double[] v = new double[6];
            for (int i = 0; i < 6; i++) {
                v[i] = Double.parseDouble(tok[i].replace(',', '.'));
            }
            // A D B E C F; C, F name the top-left pixel's centre
            double a = v[0];
            double d = v[1];
            double b = v[2];
            double e = v[3];
            double c = v[4];
            double f = v[5];
            if (a == 0 && b == 0) {
                return null;
            }
            return new GeoTransform(c - 0.5 * a - 0.5 * b, a, b, f - 0.5 * d - 0.5 * e, d, e);
        } catch (IOException | NumberFormatException ex) {
            return null;
        }
    }
}
