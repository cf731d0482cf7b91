package org.jmapserv.render.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Graticule LABELFORMATs print as C's sprintf does (values checked against glibc's printf). */
class CFormatTest {

    @Test
    void generalFormatDropsTrailingZerosAndSwitchesToExponents() {
        assertEquals(" 0.25", CFormat.format("%5.2g", 0.25));
        assertEquals("   -1", CFormat.format("%5.2g", -1.0));
        assertEquals("   10", CFormat.format("%5.2g", 10.0));
        assertEquals("1.2e+02", CFormat.format("%5.2g", 120.0));
        assertEquals("    0", CFormat.format("%5.2g", 0.0));
        assertEquals("1e-05", CFormat.format("%g", 0.00001));
        assertEquals("123457", CFormat.format("%g", 123456.7));
    }

    @Test
    void fixedIntegerAndSurroundingText() {
        assertEquals("lat 45.50°", CFormat.format("lat %.2f°", 45.5));
        assertEquals(" 45", CFormat.format("%3d", 45.9));
        assertEquals("-07.5", CFormat.format("%05.1f", -7.5));
        assertEquals("50%", CFormat.format("%.0f%%", 50.0));
    }
}
