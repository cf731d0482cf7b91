package org.jmapserv.render.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the PALETTE file of a PALETTE_FORCE output format, as readPalette (mapimageio.c): one colour per line,
 * "r,g,b" or, for IMAGEMODE RGBA, "r,g,b,a"; lines starting with '#' and blank lines are skipped; at most 256
 * colours are read, later lines are ignored. The file name comes from FORMATOPTION "PALETTE=..." (default
 * palette.txt) and is resolved against the mapfile's directory.
 */
public final class PaletteFile {

    /** MapServer's default for FORMATOPTION PALETTE. */
    public static final String DEFAULT_NAME = "palette.txt";

    private static final int MAX_COLORS = 256;
    /**
     * sscanf's %d before a literal ',': white space may lead, a sign and digits follow, and the comma must come
     * right after the digits ("10 ,20,30" does not parse in MapServer).
     */
    private static final Pattern NUMBER = Pattern.compile("\\s*([+-]?\\d+)");
    /** The last number may be followed by anything, as sscanf ignores the rest of the line. */
    private static final Pattern LAST_NUMBER = Pattern.compile("\\s*([+-]?\\d+).*", Pattern.DOTALL);

    private PaletteFile() {
    }

    /** The PALETTE file the format names, resolved against {@code mapDir}. */
    public static Path locate(OutputFormat format, Path mapDir) {
        return mapDir.resolve(format.option("PALETTE").orElse(DEFAULT_NAME)).normalize();
    }

    /**
     * The palette as ARGB colours (alpha 255 unless {@code withAlpha}).
     *
     * @throws OutputFormatException naming the file and line when it cannot be read or a line does not parse
     */
    public static int[] read(Path file, boolean withAlpha) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new OutputFormatException("readPalette(): Unable to access file. failed to open palette file "
                    + file);
        } catch (IOException e) {
            throw new OutputFormatException("readPalette(): Unable to access file. failed to read palette file "
                    + file + ": " + e.getMessage());
        }
        List<Integer> colors = new ArrayList<>();
        for (String line : lines) {
            if (colors.size() == MAX_COLORS) {
                break;
            }
            if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '\r') {
                continue;
            }
            int[] v = parse(line, withAlpha ? 4 : 3);
            if (v == null) {
                throw new OutputFormatException(String.format("readPalette(): General error message. failed to "
                        + "parse color %d %s in line \"%s\" from file %s", colors.size() + 1,
                        withAlpha ? "r,g,b,a quadruplet" : "r,g,b triplet", line.strip(), file));
            }
            int a = withAlpha ? v[3] : 255;
            colors.add(clamp(a) << 24 | clamp(v[0]) << 16 | clamp(v[1]) << 8 | clamp(v[2]));
        }
        return colors.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The first {@code count} comma-separated integers, as sscanf("%d,%d,%d") reads them; null if fewer. */
    private static int[] parse(String line, int count) {
        String[] fields = line.split(",", count + 1);
        if (fields.length < count) {
            return null;
        }
        int[] v = new int[count];
        for (int i = 0; i < count; i++) {
            Matcher m = (i == count - 1 ? LAST_NUMBER : NUMBER).matcher(fields[i]);
            if (!m.matches()) {
                return null;
            }
            try {
                v[i] = Integer.parseInt(m.group(1));
            } catch (NumberFormatException e) {
                return null; // beyond int: sscanf's overflow is undefined, refuse the line
            }
        }
        return v;
    }

    private static int clamp(int c) {
        return Math.max(0, Math.min(255, c));
    }
}
