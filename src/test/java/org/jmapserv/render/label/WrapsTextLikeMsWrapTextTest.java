package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** WRAP and MAXLENGTH as MapServer 8.0 breaks label text (probed with map2img). */
class WrapsTextLikeMsWrapTextTest {

    @Test
    void wrapAloneBreaksAtEveryWrapCharacter() {
        assertEquals("Upper\nCalder\nValley", LabelText.wrap("Upper Calder Valley", " ", 0));
    }

    @Test
    void wrapWithMaxLengthBreaksOnlyOnceALineIsLongEnough() {
        assertEquals("North Harbour\nIndustrial\nEstate", LabelText.wrap("North Harbour Industrial Estate", " ", 10));
    }

    @Test
    void maxLengthWithoutWrapKeepsTheLabel() {
        assertEquals("Far too long to be drawn", LabelText.wrap("Far too long to be drawn", null, 8));
    }

    @Test
    void zeroWidthSpacesAreBreakOpportunitiesUnderMaxLength() {
        assertEquals("Nord\u200bhafen\nstrasse\nOst", LabelText.wrap("Nord\u200bhafen\u200bstrasse Ost", " ", 6));
        assertEquals("Nord\u200bhafen\u200bstrasse\nOst", LabelText.wrap("Nord\u200bhafen\u200bstrasse Ost", " ", 0));
    }
}
