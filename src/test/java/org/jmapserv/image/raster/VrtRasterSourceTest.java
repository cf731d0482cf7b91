package org.jmapserv.image.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDAL VRTs (test-data/rasters/vrt/, hand-written) read to exactly the values GDAL 3.6 reads from them
 * (vrt/gdal/*.tif: gdal_translate of each VRT, made by make-vrt-ovr-mixed.sh): SrcRect/DstRect placement and
 * resizing, band mapping, ComplexSource NODATA, ScaleOffset/ScaleRatio, LUT, ColorTableComponent, Float32 into an
 * Int16 band; and bad VRTs fail with the file named.
 */
class VrtRasterSourceTest {

    private static final Path DIR = Path.of("test-data/rasters/vrt");

    private static void assertSameAsGdal(String name) throws Exception {
        try (RasterSource vrt = RasterFiles.open(DIR.resolve(name + ".vrt"));
                RasterSource gdal = RasterFiles.open(DIR.resolve("gdal/" + name + ".tif"))) {
            RasterInfo vi = vrt.info();
            RasterInfo gi = gdal.info();
            assertEquals(gi.width(), vi.width());
            assertEquals(gi.height(), vi.height());
            assertEquals(gi.bandCount(), vi.bandCount());
            assertEquals(gi.sampleType(), vi.sampleType());
            assertEquals(gi.alphaBand(), vi.alphaBand(), "the band whose ColorInterp is Alpha");
            assertEquals(gi.noData(), vi.noData());
            assertEquals(gi.geoTransform(), vi.geoTransform());
            if (gi.palette() != null) {
                // the GeoTIFF's palette has 256 entries, the VRT's only those it lists
                assertArrayEquals(java.util.Arrays.copyOf(gi.palette(), vi.palette().length), vi.palette());
            }
            for (int b = 1; b <= vi.bandCount(); b++) {
                int[] band = {b};
                float[] v = vrt.read(band, 0, 0, vi.width(), vi.height(), vi.width(), vi.height())[0];
                float[] g = gdal.read(band, 0, 0, vi.width(), vi.height(), vi.width(), vi.height())[0];
                assertArrayEquals(g, v, name + " band " + b);
            }
        }
    }

    @Test
    void aMosaicOfPlacedResizedAndRemappedSourcesReadsAsGdalReadsIt() throws Exception {
        assertSameAsGdal("mosaic");
    }

    @Test
    void complexSourcesScaleAndLookUpAsGdalDoes() throws Exception {
        assertSameAsGdal("complex");
    }

    @Test
    void bandMappingColourComponentAndAlphaReadAsGdalReadsThem() throws Exception {
        assertSameAsGdal("bands");
    }

    @Test
    void floatIntoAnInt16BandIsRoundedAsGdalCopyWordsRoundsIt() throws Exception {
        assertSameAsGdal("int16");
    }

    @Test
    void aDecimatedReadTakesThePixelsUnderTheBufferCentres() throws Exception {
        try (RasterSource vrt = RasterFiles.open(DIR.resolve("bands.vrt"));
                RasterSource tif = RasterFiles.open(Path.of("test-data/rasters/rgba.tif"))) {
            float[] v = vrt.read(new int[] {2}, 10, 5, 120, 90, 37, 23)[0];
            float[] t = tif.read(new int[] {1}, 10, 5, 120, 90, 37, 23)[0];
            assertArrayEquals(t, v, "VRT band 2 is rgba.tif band 1, sampled alike");
        }
    }

    @Test
    void aHugeDeclaredVrtReadsOnlyTheBuffer(@TempDir Path dir) throws Exception {
        Path vrt = dir.resolve("huge.vrt");
        Files.writeString(vrt, "<VRTDataset rasterXSize=\"1000000000\" rasterYSize=\"1000000000\"><VRTRasterBand"
                + " dataType=\"Byte\" band=\"1\"><SimpleSource><SourceFilename>" + Path.of("test-data/rasters/rgb.tif")
                .toAbsolutePath() + "</SourceFilename><SourceBand>1</SourceBand><DstRect xOff=\"0\" yOff=\"0\""
                + " xSize=\"160\" ySize=\"120\"/></SimpleSource></VRTRasterBand></VRTDataset>");
        try (RasterSource src = RasterFiles.open(vrt)) {
            float[] out = src.read(new int[] {1}, 0, 0, 1_000_000_000, 1_000_000_000, 64, 64)[0];
            assertEquals(64 * 64, out.length);
        }
    }

    private static String failure(Path dir, String name, String xml) throws Exception {
        Path vrt = dir.resolve(name);
        Files.writeString(vrt, xml);
        RasterReadException e = assertThrows(RasterReadException.class, () -> RasterFiles.open(vrt).close());
        assertTrue(e.getMessage().contains(vrt.toString()), e.getMessage());
        return e.getMessage();
    }

    @Test
    void badVrtsFailNamingTheFileAndTheProblem(@TempDir Path dir) throws Exception {
        assertTrue(failure(dir, "cut.vrt", "<VRTDataset rasterXSize=\"10\" rasterYSize=\"10\"><VRTRasterBand>")
                .contains("not a well-formed VRT"));
        assertTrue(failure(dir, "missing.vrt", "<VRTDataset rasterXSize=\"10\" rasterYSize=\"10\"><VRTRasterBand>"
                + "<SimpleSource><SourceFilename relativeToVRT=\"1\">gone.tif</SourceFilename></SimpleSource>"
                + "</VRTRasterBand></VRTDataset>").contains("gone.tif' does not exist"));
        assertTrue(failure(dir, "warped.vrt", "<VRTDataset subClass=\"VRTWarpedDataset\" rasterXSize=\"10\""
                + " rasterYSize=\"10\"></VRTDataset>").contains("VRTWarpedDataset"));
        assertTrue(failure(dir, "raw.vrt", "<VRTDataset rasterXSize=\"10\" rasterYSize=\"10\"><VRTRasterBand"
                + " subClass=\"VRTRawRasterBand\"/></VRTDataset>").contains("VRTRawRasterBand"));
        assertTrue(failure(dir, "size.vrt", "<VRTDataset rasterXSize=\"-3\" rasterYSize=\"10\"><VRTRasterBand/>"
                + "</VRTDataset>").contains("rasterXSize=\"-3\""));
        assertTrue(failure(dir, "entity.vrt", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<VRTDataset rasterXSize=\"1\" rasterYSize=\"1\">&e;</VRTDataset>").contains("not a well-formed"),
                "no external entities, no DOCTYPE");
    }

    @Test
    void aVrtThatReachesItselfIsRecursive(@TempDir Path dir) throws Exception {
        String band = "<VRTRasterBand dataType=\"Byte\" band=\"1\"><SimpleSource><SourceFilename relativeToVRT=\"1\">"
                + "%s</SourceFilename><SourceBand>1</SourceBand></SimpleSource></VRTRasterBand>";
        Files.writeString(dir.resolve("b.vrt"), "<VRTDataset rasterXSize=\"4\" rasterYSize=\"4\">"
                + band.formatted("a.vrt") + "</VRTDataset>");
        String msg = failure(dir, "a.vrt", "<VRTDataset rasterXSize=\"4\" rasterYSize=\"4\">" + band.formatted("b.vrt")
                + "</VRTDataset>");
        assertTrue(msg.contains("recursive VRT"), msg);
    }
}
