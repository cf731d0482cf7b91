package org.jmapserv.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.ImageDifference;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.render.RenderedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code map2img -i cairopng} draws existing samples as MapServer 8.0's Cairo raster driver does
 * (test-data/expected/cairo/NAME.png from 8.0's {@code map2img -i cairopng}): plain coverage on fills (no GAMMA),
 * hatches, SVG symbols as vectors, round joins, unrounded dash patterns, Cairo's caps on unfilled vector markers;
 * within the regression tolerance (a pixel differs when a channel is off by more than 48; at most 1 %). The
 * samples chosen are those where 8.0's Cairo and AGG drawings differ, plus labels, pixmaps and composition.
 * Samples 195-198 pin OUTPUTFORMATs with DRIVER CAIRO/PNG and CAIRO/JPEG through RenderRegressionTest.
 */
class WritesCairoPngLikeMapServerTest {

    private static final MapRenderer RENDERER = MapRenderer.standard();
    private static final Path OUT = Path.of("target/regression/cairo");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"02-lines-width-cap-join", "03-lines-dashed-gap", "04-points-ellipse-vector",
        "05-points-pixmap-truetype", "06-hatch-fills", "17-geomtransform-polygons", "20-composite-opacity",
        "21-labels-fonts-halo", "23-labels-lines-follow-auto", "106-svg-symbols", "110-vector-zero-height",
        "133-vector-hatch-fills", "134-vector-marker-lines", "184-rotated-svg-fill"})
    void drawsLikeMapServersCairoRasterDriver(String sample) throws Exception {
        RenderedMap r = render(sample, "cairopng");
        assertEquals("CAIRO/PNG", r.format().driver());
        assertEquals("image/png", r.format().mimeType());
        BufferedImage actual = ImageIO.read(new ByteArrayInputStream(bytes(r)));
        BufferedImage expected = ImageIO.read(Path.of("test-data/expected/cairo", sample + ".png").toFile());
        ImageDifference d = ImageDifference.compare(expected, actual, 48);
        double pct = 100 * d.share();
        System.out.printf(Locale.ROOT, "%s -i cairopng: %.2f %% of pixels differ by more than 48%n", sample, pct);
        if (pct > 1.0) {
            Files.createDirectories(OUT);
            ImageIO.write(actual, "png", OUT.resolve(sample + ".actual.png").toFile());
            if (d.diffImage() != null) {
                ImageIO.write(d.diffImage(), "png", OUT.resolve(sample + ".diff.png").toFile());
            }
        }
        assertTrue(pct <= 1.0, sample + ": " + String.format(Locale.ROOT, "%.2f", pct)
                + " % of pixels differ from 8.0's cairopng (see target/regression/cairo/)");
    }

    @Test
    void cairoJpegIsAFormatOnlyThroughItsDriver(@TempDir Path dir) throws Exception {
        // 8.0 has no built-in "cairojpeg": -i cairojpeg is "No such OUTPUTFORMAT"; DRIVER CAIRO/JPEG is one
        OutputFormatResolver builtIns = new OutputFormatResolver(java.util.List.of());
        assertThrows(OutputFormatException.class, () -> builtIns.select("cairojpeg"));
        MapDef map = read(dir, """
                  OUTPUTFORMAT
                    NAME "cj"
                    DRIVER "CAIRO/JPEG"
                    IMAGEMODE RGBA
                    FORMATOPTION "QUALITY=40"
                  END
                """);
        RenderedMap r = RENDERER.render(map, RenderRequest.defaults().withOutputFormat("cj"));
        assertEquals(OutputFormat.Kind.JPEG, r.format().kind());
        assertEquals("jpg", r.format().extension());
        assertEquals(org.jmapserv.mapfile.model.OutputFormatDef.ImageMode.RGB, r.format().imageMode(),
                "JPEG is forced opaque (msOutputFormatValidate)");
        byte[] jpeg = bytes(r);
        assertEquals(0xff, jpeg[0] & 0xff);
        assertEquals(0xd8, jpeg[1] & 0xff);
    }

    @Test
    void transparentCairoPngKeepsItsAlphaAndOpaqueOneItsBackground(@TempDir Path dir) throws Exception {
        MapDef map = read(dir, """
                  OUTPUTFORMAT
                    NAME "clear"
                    DRIVER "CAIRO/PNG"
                    TRANSPARENT ON
                  END
                  OUTPUTFORMAT
                    NAME "solid"
                    DRIVER "CAIRO/PNG"
                  END
                """);
        BufferedImage clear = ImageIO.read(new ByteArrayInputStream(bytes(RENDERER.render(map,
                RenderRequest.defaults().withOutputFormat("clear")))));
        BufferedImage solid = ImageIO.read(new ByteArrayInputStream(bytes(RENDERER.render(map,
                RenderRequest.defaults().withOutputFormat("solid")))));
        assertEquals(0, clear.getRGB(0, 0) >>> 24, "TRANSPARENT ON: the page stays clear");
        assertEquals(0xffffffc8, solid.getRGB(0, 0), "IMAGECOLOR painted");
        assertEquals(0xffc80000, solid.getRGB(20, 15), "the polygon drawn");
    }

    @Test
    void palettedAndRawImageModesFailAsMapServerReportsThem(@TempDir Path dir) throws Exception {
        MapDef map = read(dir, """
                  OUTPUTFORMAT
                    NAME "pc"
                    DRIVER "CAIRO/PNG"
                    IMAGEMODE PC256
                  END
                  OUTPUTFORMAT
                    NAME "raw"
                    DRIVER "CAIRO/PNG"
                    IMAGEMODE BYTE
                  END
                """);
        RenderException pc = assertThrows(RenderException.class,
                () -> RENDERER.render(map, RenderRequest.defaults().withOutputFormat("pc")));
        assertTrue(pc.getMessage().contains("msImageCreateCairo(): General error message. Cairo driver only "
                + "supports RGB or RGBA pixel models."), pc.getMessage());
        RenderException raw = assertThrows(RenderException.class,
                () -> RENDERER.render(map, RenderRequest.defaults().withOutputFormat("raw")));
        assertTrue(raw.getMessage().contains("msSaveImage(): General error message. Unknown image type"),
                raw.getMessage());
    }

    private static MapDef read(Path dir, String formats) throws Exception {
        Path mapfile = dir.resolve("c.map");
        Files.writeString(mapfile, "MAP\n  SIZE 40 30\n  EXTENT 0 0 40 30\n  IMAGECOLOR 255 255 200\n" + formats
                + """
                  LAYER
                    NAME "p"
                    TYPE POLYGON
                    STATUS ON
                    FEATURE POINTS 10 10 30 10 30 25 10 25 10 10 END END
                    CLASS STYLE COLOR 200 0 0 END END
                  END
                END
                """);
        return new MapfileReader().read(mapfile);
    }

    private static RenderedMap render(String sample, String format) throws Exception {
        MapDef map = new MapfileReader().read(Path.of("samples", sample + ".map"));
        return RENDERER.render(map, RenderRequest.defaults().withOutputFormat(format));
    }

    private static byte[] bytes(RenderedMap r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.write(out);
        return out.toByteArray();
    }
}
