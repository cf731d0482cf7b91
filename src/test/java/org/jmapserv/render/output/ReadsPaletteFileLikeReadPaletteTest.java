package org.jmapserv.render.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jmapserv.mapfile.model.OutputFormatDef.ImageMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadsPaletteFileLikeReadPaletteTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("palette.txt"), text);
    }

    @Test
    void readsRgbTripletsSkippingCommentsAndBlankLines() throws IOException {
        Path f = write("# sea\n166,203,227\n\n0, 0, 0\n255,255,255 trailing\n");
        assertArrayEquals(new int[] {0xFFA6CBE3, 0xFF000000, 0xFFFFFFFF}, PaletteFile.read(f, false));
    }

    @Test
    void readsAlphaAsTheFourthValueForRgbaFormats() throws IOException {
        Path f = write("255,0,0,128\n0,0,0,0\n");
        assertArrayEquals(new int[] {0x80FF0000, 0x00000000}, PaletteFile.read(f, true));
    }

    @Test
    void stopsAt256Colours() throws IOException {
        Path f = write("1,2,3\n".repeat(300));
        assertEquals(256, PaletteFile.read(f, false).length);
    }

    @Test
    void reportsTheFileAndTheColourThatDoesNotParse() throws IOException {
        Path f = write("1,2,3\nred\n");
        OutputFormatException e = assertThrows(OutputFormatException.class, () -> PaletteFile.read(f, false));
        assertTrue(e.getMessage().contains("failed to parse color 2 r,g,b triplet in line \"red\""), e.getMessage());
        assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    }

    @Test
    void readsNumbersAsSscanfDoesBeforeALiteralComma() throws IOException {
        Path f = write("\t+10,  20,30\r\n");
        assertArrayEquals(new int[] {0xFF0A141E}, PaletteFile.read(f, false));
        // "%d,%d,%d": the comma must follow the digits at once
        Path spaced = write("10 ,20,30\n");
        assertThrows(OutputFormatException.class, () -> PaletteFile.read(spaced, false));
        Path blank = write("1,2,3\n   \n");
        assertThrows(OutputFormatException.class, () -> PaletteFile.read(blank, false));
    }

    @Test
    void reportsAMissingFileByName() {
        Path f = dir.resolve("nope.txt");
        OutputFormatException e = assertThrows(OutputFormatException.class, () -> PaletteFile.read(f, false));
        assertTrue(e.getMessage().contains("failed to open palette file " + f), e.getMessage());
    }

    @Test
    void resolvesThePaletteOptionAgainstTheMapDirectoryWithPaletteTxtAsDefault() {
        OutputFormat named = format(List.of("PALETTE_FORCE=ON", "PALETTE=pal/x.txt"));
        OutputFormat unnamed = format(List.of("PALETTE_FORCE=ON"));
        assertEquals(dir.resolve("pal/x.txt"), PaletteFile.locate(named, dir));
        assertEquals(dir.resolve("palette.txt"), PaletteFile.locate(unnamed, dir));
    }

    private static OutputFormat format(List<String> options) {
        return new OutputFormat("p", "AGG/PNG", "image/png", "png", ImageMode.RGB, false, options);
    }
}
