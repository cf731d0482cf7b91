package org.jmapserv.mapfile.model.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CNumberFormatMatchesPrintfTest {

    @Test
    void percentGKeepsSixSignificantDigitsAndDropsTrailingZeros() {
        assertEquals("697010", CNumberFormat.g(697010));
        assertEquals("1.23457e+06", CNumberFormat.g(1234567));
        assertEquals("0.5", CNumberFormat.g(0.5));
        assertEquals("0.0001", CNumberFormat.g(0.0001));
        assertEquals("1e-05", CNumberFormat.g(0.00001));
        assertEquals("-2.5", CNumberFormat.g(-2.5));
        assertEquals("0", CNumberFormat.g(0));
        assertEquals("100000", CNumberFormat.g(100000));
        assertEquals("1e+06", CNumberFormat.g(1000000));
    }

    @Test
    void tostringFormatsWithOneConversion() {
        assertEquals("3.14", CNumberFormat.format("%.2f", Math.PI));
        assertEquals("003", CNumberFormat.format("%03d", 3.9));
        assertEquals("  42 m", CNumberFormat.format("%4d m", 42));
        assertEquals("50%", CNumberFormat.format("%g%%", 50));
        assertEquals("1.500000e+03", CNumberFormat.format("%e", 1500));
        assertEquals("ff", CNumberFormat.format("%x", 255));
        assertEquals("+7", CNumberFormat.format("%+g", 7));
    }

    @Test
    void tostringRefusesTwoConversionsOrAStringConversion() {
        assertThrows(ExpressionEvaluationException.class, () -> CNumberFormat.format("%d %d", 1));
        assertThrows(ExpressionEvaluationException.class, () -> CNumberFormat.format("%s", 1));
    }

    @Test
    void atofReadsTheLongestNumericPrefix() {
        assertEquals(12, Atof.parse("12abc"));
        assertEquals(0, Atof.parse("abc"));
        assertEquals(0, Atof.parse(""));
        assertEquals(-1500, Atof.parse("  -1.5e3x"));
        assertEquals(7, Atof.parse("007"));
        assertEquals(1, Atof.parse("1e"));
        assertEquals(255, Atof.parse("0xff"));
    }
}
