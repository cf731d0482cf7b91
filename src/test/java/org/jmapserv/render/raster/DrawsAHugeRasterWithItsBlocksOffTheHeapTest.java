package org.jmapserv.render.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.jmapserv.image.raster.SyntheticTiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10's memory goal with the block cache in place: a 20,000 x 20,000 RGB GeoTIFF (1.2 GB decoded) drawn again
 * and again in a JVM of its own with a 256 MB heap, its block cache given 400 MB by {@code GDAL_CACHEMAX} (more
 * than the whole heap): the blocks are held off the heap, the cache fills to its budget and no further, a view drawn
 * again decodes nothing, and the map has the raster's colours.
 */
class DrawsAHugeRasterWithItsBlocksOffTheHeapTest {

    private static final int SIZE = 20_000;

    private static String map(Path tif, String extent) {
        return """
                MAP
                  EXTENT %s
                  SIZE 1024 768
                  IMAGECOLOR 255 255 255
                  OUTPUTFORMAT NAME "png" DRIVER AGG/PNG IMAGEMODE RGB END
                  LAYER NAME "big" TYPE RASTER STATUS ON DATA "%s" END
                END
                """.formatted(extent, tif);
    }

    @Test
    void drawsRepeatedlyInA256MbHeapWithA400MbCache(@TempDir Path dir) throws Exception {
        Path tif = dir.resolve("big.tif");
        SyntheticTiff.write(tif, SIZE, SIZE);
        Path full = dir.resolve("full.map");
        Files.writeString(full, map(tif, "0 0 20000 20000"), StandardCharsets.UTF_8);
        Path one = dir.resolve("one.map"); // 1:1 around the centre (extents run between pixel centres): 1024 x 768 raster pixels
        Files.writeString(one, map(tif, "9488.5 9616.5 10511.5 10383.5"), StandardCharsets.UTF_8);
        Path png = dir.resolve("out.png");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:MaxDirectMemorySize=640m", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), HugeRasterDrawChild.class.getName(), png.toString(),
                full.toString(), full.toString(), one.toString(), one.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("GDAL_CACHEMAX", "400");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        long budget = number(out, "budget (\\d+)");
        assertEquals(400L << 20, budget, out);
        long[] decoded = new long[5];
        long[] cached = new long[5];
        Matcher m = Pattern.compile("draw (\\d) decoded (\\d+) cached (\\d+)").matcher(out);
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            decoded[i] = Long.parseLong(m.group(2));
            cached[i] = Long.parseLong(m.group(3));
        }
        assertEquals(79L * 79, decoded[1], "the full extent reads every tile: " + out);
        for (int i = 1; i <= 4; i++) {
            assertTrue(cached[i] <= budget, "the cache stays within its budget: " + out);
        }
        assertTrue(cached[1] > (300L << 20), "more decoded blocks held than the whole heap could: " + out);
        assertTrue(decoded[3] > 0 && decoded[3] <= 25, "the 1:1 view needs its 20 to 25 tiles: " + out);
        assertEquals(0, decoded[4], "drawn again, the 1:1 view decodes nothing: " + out);
        long max = number(out, "of (\\d+)");
        assertTrue(max <= 256L << 20, out);
        // the 1:1 map has the raster's colours: map pixel (x, y) is raster pixel (9488 + x, 20000 - 10384 + y)
        BufferedImage img = ImageIO.read(png.toFile());
        int wrong = 0;
        for (int y = 0; y < 768; y += 7) {
            for (int x = 0; x < 1024; x += 7) {
                int[] rgb = SyntheticTiff.pixel(9488 + x, 20000 - 10384 + y);
                if (img.getRGB(x, y) != (0xff000000 | rgb[0] << 16 | rgb[1] << 8 | rgb[2])) {
                    wrong++;
                }
            }
        }
        assertEquals(0, wrong, "map pixels not of their tile's colour");
    }

    private static long number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), text);
        return Long.parseLong(m.group(1));
    }
}
