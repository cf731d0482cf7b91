package org.jmapserv.mapfile.parse;

import static org.jmapserv.mapfile.parse.MapfileFixtures.errorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * LAYER IDENTIFICATION (msautotest's point_symbol_identification.map) is rejected by 8.0 like any unknown
 * identifier; what matters past that first error is that its END does not close the LAYER, so the layer's own
 * PROJECTION is not misreported as a second MAP PROJECTION.
 */
class ReportsOnlyTheRealErrorForALaterVersionBlockTest {
    private static final String MAP = """
            MAP
              PROJECTION "init=epsg:3857" END
              LAYER
                NAME "l"
                TYPE POINT
                IDENTIFICATION
                  CLASSAUTO
                END
                PROJECTION "init=epsg:3857" END
              END
            END
            """;

    @Test
    void identificationIsReportedAsNotInMapServer80() {
        String m = errorOf(MAP);
        assertTrue(m.startsWith("test.map:6:5: Parsing error near (IDENTIFICATION): unknown keyword in LAYER"), m);
        assertTrue(m.contains("not in MapServer 8.0"), m);
    }

    @Test
    void theLayersProjectionIsNotTakenForASecondMapProjection() {
        String m = errorOf(MAP);
        assertFalse(m.contains("Projection is already initialized"), m);
        assertEquals(1, m.lines().count(), m);
    }
}
