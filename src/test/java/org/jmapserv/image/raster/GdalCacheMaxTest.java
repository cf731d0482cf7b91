package org.jmapserv.image.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** GDAL_CACHEMAX is read as GDAL 3.6's GDALGetCacheMax64 reads it (the values probed with Debian's GDAL 3.6.2). */
class GdalCacheMaxTest {

    private static final long RAM = 16L << 30;
    private static final long MB = 1 << 20;

    @Test
    void unsetIsFivePercentOfPhysicalRam() {
        assertEquals(RAM / 20, GdalCacheMax.bytes(null, RAM));
    }

    @Test
    void smallNumbersAreMegabytesLargeOnesBytes() {
        assertEquals(64 * MB, GdalCacheMax.bytes("64", RAM));
        assertEquals(99_999 * MB, GdalCacheMax.bytes("99999", RAM));
        assertEquals(100_000, GdalCacheMax.bytes("100000", RAM));
        assertEquals(268_435_456, GdalCacheMax.bytes("268435456", RAM));
        assertEquals(0, GdalCacheMax.bytes("0", RAM));
    }

    @Test
    void aPercentIsAShareOfPhysicalRam() {
        assertEquals(RAM / 10, GdalCacheMax.bytes("10%", RAM));
        assertEquals((long) (RAM * 2.5 / 100), GdalCacheMax.bytes("2.5%", RAM));
    }

    @Test
    void negativeValuesFallBackToTheDefaultAndTrailingTextIsIgnoredAsAtollDoes() {
        assertEquals(RAM / 20, GdalCacheMax.bytes("-5", RAM));
        assertEquals(MB, GdalCacheMax.bytes("1GB", RAM)); // GDAL 3.6 has no units: atoll("1GB") = 1 (MB)
        assertEquals(0, GdalCacheMax.bytes("lots", RAM));
        assertEquals(0, GdalCacheMax.bytes("", RAM)); // set but empty: no cache (probed with GDAL 3.6.2)
    }
}
