package org.jmapserv.mapfile.parse;

import static org.jmapserv.mapfile.parse.MapfileFixtures.errorOf;
import static org.jmapserv.mapfile.parse.MapfileFixtures.layer;
import static org.jmapserv.mapfile.parse.MapfileFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jmapserv.mapfile.MapfileException;
import org.junit.jupiter.api.Test;

/**
 * MapServer 8.0's loadWeb has no MINSCALE/MAXSCALE spellings (msautotest's chartlayer_bar.map trips on
 * them), while loadLayer still takes them as MINSCALEDENOM/MAXSCALEDENOM.
 */
class AcceptsScaleAliasesOnlyWhereLoadWebAndLoadLayerDoTest {

    @Test
    void webMinscaleIsAnUnknownKeywordWithAHintToUseMinscaledenom() {
        String m = errorOf("MAP\n  WEB\n    MINSCALE 2000000\n  END\nEND\n");
        assertTrue(m.startsWith("test.map:3:5: Parsing error near (MINSCALE)"), m);
        assertTrue(m.contains("MINSCALEDENOM"), m);
    }

    @Test
    void webMaxscaleIsAnUnknownKeywordWithAHintToUseMaxscaledenom() {
        String m = errorOf("MAP\n  WEB\n    MAXSCALE 50000000\n  END\nEND\n");
        assertTrue(m.startsWith("test.map:3:5: Parsing error near (MAXSCALE)"), m);
        assertTrue(m.contains("MAXSCALEDENOM"), m);
    }

    @Test
    void webScaledenomKeywordsStillLoad() throws MapfileException {
        var web = read("MAP\n  WEB\n    MINSCALEDENOM 1000\n    MAXSCALEDENOM 5000\n  END\nEND\n").web();
        assertEquals(1000, web.minScaleDenom());
        assertEquals(5000, web.maxScaleDenom());
    }

    @Test
    void layerMinscaleIsStillAnAliasOfMinscaledenom() throws MapfileException {
        var l = read(layer("MINSCALE 1000\nMAXSCALE 5000")).layers().get(0);
        assertEquals(1000, l.minScaleDenom());
        assertEquals(5000, l.maxScaleDenom());
    }
}
