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
 * ESRI ASCII grids open through {@link RasterFiles#open} with what GDAL's AAIGrid driver (GDAL 3.6, checked with
 * gdalinfo and gdal_translate -of XYZ) reports: size, geotransform for corner and centre registration and dx/dy,
 * Int32 or Float32, the NODATA value and every value; bad files are refused with a message naming the file.
 */
class AsciiGridSourceTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void integerGridWithCornerRegistrationAndWrappedRows() throws Exception {
        Path f = write("int.asc", "ncols 3\nnrows 2\nxllcorner 0\nyllcorner 0\ncellsize 10\nNODATA_value -9999\n"
                + "1 2\n3\n4 -9999 6\n");
        try (RasterSource s = RasterFiles.open(f)) {
            RasterInfo i = s.info();
            assertEquals(3, i.width());
            assertEquals(2, i.height());
            assertEquals(1, i.bandCount());
            assertEquals(SampleType.INT32, i.sampleType());
            assertEquals(-9999.0, i.noData());
            assertEquals(new GeoTransform(0, 10, 0, 20, 0, -10), i.geoTransform());
            assertArrayEquals(new float[] {1, 2, 3, 4, -9999, 6}, s.read(new int[] {1}, 0, 0, 3, 2, 3, 2)[0]);
            // a window, and a decimated read (GDAL's nearest pixel centres)
            assertArrayEquals(new float[] {-9999, 6}, s.read(new int[] {1}, 1, 1, 2, 1, 2, 1)[0]);
            assertArrayEquals(new float[] {2, -9999}, s.read(new int[] {1}, 0, 0, 3, 2, 1, 2)[0]);
        }
    }

    @Test
    void floatGridWithCentreRegistrationDxDyAndCrlf() throws Exception {
        Path f = write("float.asc", "NCOLS 3\r\nNROWS 2\r\nXLLCENTER 0\r\nYLLCENTER 0\r\nDX 10\r\nDY 5\r\n"
                + "NODATA_VALUE -9999.0\r\n1.5 2 3e1\r\n-4 5 6\r\n");
        try (RasterSource s = RasterFiles.open(f)) {
            RasterInfo i = s.info();
            assertEquals(SampleType.FLOAT32, i.sampleType());
            assertEquals(-9999.0, i.noData());
            assertEquals(new GeoTransform(-5, 10, 0, 7.5, 0, -5), i.geoTransform());
            assertArrayEquals(new float[] {1.5f, 2, 30, -4, 5, 6}, s.read(new int[] {1}, 0, 0, 3, 2, 3, 2)[0]);
        }
    }

    @Test
    void aDecimalNoDataValueMakesTheGridFloat() throws Exception {
        Path f = write("nd.asc", "ncols 2\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 1\nNODATA_value -9999.5\n1 2\n");
        try (RasterSource s = RasterFiles.open(f)) {
            assertEquals(SampleType.FLOAT32, s.info().sampleType());
            assertEquals(-9999.5, s.info().noData());
        }
    }

    @Test
    void truncatedGridIsRefused() throws Exception {
        Path f = write("trunc.asc", "ncols 3\nnrows 2\nxllcorner 0\nyllcorner 0\ncellsize 10\n1 2 3\n4 5     \n");
        RasterReadException e = assertThrows(RasterReadException.class, () -> RasterFiles.open(f));
        assertTrue(e.getMessage().contains("holds only 5 (truncated)") && e.getMessage().contains(f.toString()),
                e.getMessage());
    }

    @Test
    void headerWithoutCellSizeIsRefused() throws Exception {
        Path f = write("hdr.asc", "ncols 3\nnrows 2\nxllcorner 0\nyllcorner 0\n1 2 3\n4 5 6\n");
        RasterReadException e = assertThrows(RasterReadException.class, () -> RasterFiles.open(f));
        assertTrue(e.getMessage().contains("is not a valid ASCII grid"), e.getMessage());
    }

    @Test
    void nonNumericValueIsRefused() throws Exception {
        Path f = write("nan.asc", "ncols 3\nnrows 2\nxllcorner 0\nyllcorner 0\ncellsize 10\n1 2 3\n4 x 6\n");
        RasterReadException e = assertThrows(RasterReadException.class, () -> RasterFiles.open(f));
        assertTrue(e.getMessage().contains("value 5 of the ASCII grid, 'x', is not a number"), e.getMessage());
    }

    @Test
    void absurdDeclaredSizeIsRefusedBeforeAllocating() throws Exception {
        Path f = write("huge.asc", "ncols 1000000000\nnrows 1000000000\nxllcorner 0\nyllcorner 0\ncellsize 1\n1 2 3\n");
        RasterReadException e = assertThrows(RasterReadException.class, () -> RasterFiles.open(f));
        assertTrue(e.getMessage().contains("1000000000 x 1000000000 values cannot fit"), e.getMessage());
        Path g = write("neg.asc", "ncols -3\nnrows 2\nxllcorner 0\nyllcorner 0\ncellsize 1\n1 2 3\n");
        e = assertThrows(RasterReadException.class, () -> RasterFiles.open(g));
        assertTrue(e.getMessage().contains("ncols -3.0 is not a valid size"), e.getMessage());
    }
}
