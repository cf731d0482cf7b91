package org.jmapserv.data.ogr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** OGR feature style strings: tools, quoted and bare values, colours with alpha, sizes in every unit. */
class ParsesOgrFeatureStyleStringsTest {

    @Test
    void readsToolsParametersColoursAndUnits() {
        OgrStyleString s = OgrStyleString.parse("BRUSH(fc:#E0C89A);PEN(c:#40404080,w:2px,p:\"4px 2px\");"
                + "SYMBOL(id:\"ogr-sym-3,square\",s:3mm,a:45);LABEL(f:\"Arial, Bold\",t:\"{NAME}\",s:9pt)");
        assertEquals(4, s.parts().size());
        assertEquals("BRUSH", s.parts().get(0).tool());
        assertArrayEquals(new int[] {0xE0, 0xC8, 0x9A, 255}, s.parts().get(0).color("fc"));
        assertArrayEquals(new int[] {0x40, 0x40, 0x40, 0x80}, s.parts().get(1).color("c"));
        assertEquals(2, s.parts().get(1).pixels("w", 100), 1e-9);
        assertEquals("4px 2px", s.parts().get(1).param("p"));
        assertEquals("ogr-sym-3,square", s.parts().get(2).param("id"));
        assertEquals(3 * 72 / 25.4, s.parts().get(2).pixels("s", 100), 1e-9);
        assertEquals("Arial, Bold", s.parts().get(3).param("f"));
        assertEquals(9, s.parts().get(3).pixels("s", 100), 1e-9, "1 pt = 1 px with MapServer's unit setting");
        assertEquals(50, OgrStyleString.toPixels("0.5g", 100), 1e-9, "ground units times pixels per unit");
        assertEquals(72 / 25.4, OgrStyleString.toPixels("1", 100), 1e-9, "a bare number is in millimetres");
    }

    @Test
    void refusesMalformedStringsAndStyleTables() {
        assertThrows(IllegalArgumentException.class, () -> OgrStyleString.parse("PEN(c:#000000"));
        assertThrows(IllegalArgumentException.class, () -> OgrStyleString.parse("PEN(c)"));
        assertThrows(IllegalArgumentException.class, () -> OgrStyleString.parse("@roads"));
        assertThrows(IllegalArgumentException.class, () -> OgrStyleString.toPixels("wide", 1));
    }
}
