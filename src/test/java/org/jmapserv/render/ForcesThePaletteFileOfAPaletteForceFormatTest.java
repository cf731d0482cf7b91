package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FORMATOPTION PALETTE_FORCE with PALETTE=file, relative to the mapfile, as msSaveImage / readPalette. */
class ForcesThePaletteFileOfAPaletteForceFormatTest {

    @TempDir
    Path dir;

    private MapDef map() throws Exception {
        return new MapfileReader().readString("""
                MAP
                  EXTENT 0 0 10 10
                  SIZE 10 10
                  IMAGECOLOR 250 10 10
                  IMAGETYPE "fixed"
                  OUTPUTFORMAT
                    NAME "fixed" DRIVER AGG/PNG IMAGEMODE RGB
                    FORMATOPTION "PALETTE_FORCE=ON"
                    FORMATOPTION "PALETTE=pal/colours.txt"
                  END
                END
                """, "fixed.map", dir);
    }

    @Test
    void writesTheImageWithTheColoursOfThePaletteFile() throws Exception {
        Files.createDirectories(dir.resolve("pal"));
        Files.writeString(dir.resolve("pal/colours.txt"), "# two colours\n0,0,255\n255,0,0\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MapRenderer.standard().render(map(), RenderRequest.defaults()).write(out);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        IndexColorModel cm = (IndexColorModel) img.getColorModel();
        assertEquals(0x0000FF, cm.getRGB(0) & 0xFFFFFF, "first palette entry from the file");
        assertEquals(0xFF0000, cm.getRGB(1) & 0xFFFFFF, "second palette entry from the file");
        assertEquals(0xFF0000, img.getRGB(5, 5) & 0xFFFFFF, "background mapped to its nearest palette colour");
    }

    @Test
    void failsNamingTheMissingPaletteFile() {
        RenderException e = assertThrows(RenderException.class,
                () -> MapRenderer.standard().render(map(), RenderRequest.defaults()));
        assertTrue(e.getMessage().contains("pal/colours.txt") && e.getMessage().contains("fixed"), e.getMessage());
    }
}
