package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CONNECTIONTYPE CONTOUR on bad input fails only its layer with mapcontour.c's message, as Debian's map2img 8.0 does
 * (probed: "msContourLayerOpen(): Image handling error. Unable to open GDAL dataset.", "msContourLayerReadRaster():
 * Image handling error. BANDS PROCESSING directive includes illegal band '3', should be from 1 to 1.",
 * "msContourLayerGenerateContour(): Unable to access file. GDALContourGenerate() failed: Input values and/or interval
 * settings would lead to too many levels" for CONTOUR_INTERVAL=0 or abc); a negative interval, on which 8.0 never
 * finishes, fails the same way. A raster without georeferencing is contoured in pixel coordinates, as 8.0 does.
 */
class DrawsContourLayersOrFailsThemLikeMapcontourTest {

    private static final Path RASTERS = Path.of("test-data/rasters").toAbsolutePath();

    private static MapDef map(String data, String processing) throws Exception {
        return new MapfileReader().readString("""
                MAP
                  SIZE 200 150
                  EXTENT 400000 5000000 404000 5003000
                  SHAPEPATH "%s"
                  LAYER NAME "contours" TYPE LINE STATUS ON CONNECTIONTYPE CONTOUR
                    %s
                    %s
                    CLASS STYLE COLOR 255 0 0 END END
                  END
                END
                """.formatted(RASTERS, data, processing), "c.map", Path.of("/tmp"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DATA \"nothere.tif\"|PROCESSING \"CONTOUR_INTERVAL=100\"|msContourLayerOpen(): Image handling error. "
            + "Unable to open GDAL dataset.",
        "DATA \"dem16.tif\"|PROCESSING \"BANDS=3\"|msContourLayerReadRaster(): Image handling error. BANDS "
            + "PROCESSING directive includes illegal band '3', should be from 1 to 1.",
        "DATA \"dem16.tif\"|PROCESSING \"CONTOUR_INTERVAL=0\"|msContourLayerGenerateContour(): Unable to access "
            + "file. GDALContourGenerate() failed: Input values and/or interval settings would lead to too many levels",
        "DATA \"dem16.tif\"|PROCESSING \"CONTOUR_INTERVAL=abc\"|msContourLayerGenerateContour(): Unable to access "
            + "file. GDALContourGenerate() failed: Input values and/or interval settings would lead to too many levels",
        "DATA \"dem16.tif\"|PROCESSING \"CONTOUR_INTERVAL=-50\"|msContourLayerGenerateContour(): Unable to access "
            + "file. GDALContourGenerate() failed: Input values and/or interval settings would lead to too many levels",
        "DATA \"dem16.tif\"|PROCESSING \"CONTOUR_INTERVAL=0.0001\"|msContourLayerGenerateContour(): Unable to "
            + "access file. GDALContourGenerate() failed: Input values and/or interval settings would lead to too many",
        "|PROCESSING \"CONTOUR_INTERVAL=100\"|msContourLayerOpen(): Layer contours has neither DATA nor TILEINDEX "
            + "defined.",
    })
    void badInputFailsTheLayerWithMapcontoursMessage(String data, String processing, String message)
            throws Exception {
        MapDef m = map(data == null ? "" : data, processing);
        RenderException e = assertThrows(RenderException.class,
                () -> MapRenderer.standard().render(m, RenderRequest.defaults()));
        assertTrue(e.getMessage().startsWith("msDrawMap(): Failed to draw layer named 'contours'. " + message),
                e.getMessage());
    }

    @Test
    void aRasterWithoutGeoreferencingIsContouredInPixelCoordinates(@TempDir Path dir) throws Exception {
        BufferedImage peak = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                int v = Math.max(0, 255 - ((x - 20) * (x - 20) + (y - 15) * (y - 15)) / 2);
                peak.getRaster().setSample(x, y, 0, v);
            }
        }
        ImageIO.write(peak, "png", dir.resolve("peak.png").toFile());
        MapDef m = new MapfileReader().readString("""
                MAP
                  SIZE 200 150
                  EXTENT 0 0 40 30
                  IMAGECOLOR 255 255 255
                  LAYER NAME "contours" TYPE LINE STATUS ON CONNECTIONTYPE CONTOUR DATA "peak.png"
                    PROCESSING "CONTOUR_INTERVAL=40"
                    CLASS STYLE COLOR 255 0 0 END END
                  END
                END
                """, "c.map", dir);
        BufferedImage img = MapRenderer.standard().render(m, RenderRequest.defaults()).image();
        // the 240 ring (radius ~5.5 pixels of the raster, 27 map pixels) crosses the row through the centre
        int red = 0;
        for (int x = 0; x < 200; x++) {
            int rgb = img.getRGB(x, 75);
            if ((rgb & 0xffffff) != 0xffffff) {
                red++;
            }
        }
        assertTrue(red >= 10, "contour pixels on the centre row: " + red);
        assertEquals(0xffffff, img.getRGB(100, 75) & 0xffffff); // inside the innermost ring
    }
}
