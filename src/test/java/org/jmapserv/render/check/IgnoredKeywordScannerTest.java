package org.jmapserv.render.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jmapserv.mapfile.Diagnostic;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the scanner reports for a loaded mapfile: non-default REPORTED values and unhonoured values, with positions. */
class IgnoredKeywordScannerTest {

    @TempDir
    Path dir;

    private List<Diagnostic> scan(String mapfile) throws Exception {
        Path p = dir.resolve("m.map");
        Files.writeString(p, mapfile);
        return new IgnoredKeywordScanner().scan(new MapfileReader().read(p));
    }

    @Test
    void warnsThatMsNonsquareLeavesARasterWithoutProjectionUnresampled() throws Exception {
        String map = """
                MAP
                  SIZE 100 50
                  EXTENT 0 0 10 10
                  CONFIG "MS_NONSQUARE" "YES"
                  PROJECTION "init=epsg:4326" END
                  LAYER
                    NAME "dem"
                    TYPE RASTER
                    DATA "dem.tif"
                  END
                  LAYER
                    NAME "ortho"
                    TYPE RASTER
                    DATA "ortho.tif"
                    PROJECTION "init=epsg:4326" END
                  END
                END
                """;
        String all = scan(map).toString();
        assertTrue(all.contains("LAYER 'dem': MS_NONSQUARE does not resample a raster layer"), all);
        assertTrue(!all.contains("LAYER 'ortho': MS_NONSQUARE"), "a layer with a PROJECTION is resampled: " + all);
        assertTrue(!scan(map.replace("  CONFIG \"MS_NONSQUARE\" \"YES\"\n", "")).toString().contains("MS_NONSQUARE"));
    }

    @Test
    void reportsSetButUnhonouredKeywordsWithTheirBlockPosition() throws Exception {
        List<Diagnostic> d = scan("""
                MAP
                  SIZE 100 100
                  EXTENT 0 0 10 10
                  ANGLE 30
                  LAYER
                    NAME "roads"
                    TYPE LINE
                    PROCESSING "FANCY_KEY=1"
                    PROCESSING "ITEMS=a"
                    MAXFEATURES 10
                    MINFEATURESIZE 5
                    CLASS
                      STYLE
                        COLOR 1 2 3
                        LINEJOINMAXSIZE 5
                        POLAROFFSET 5 30
                      END
                    END
                  END
                END
                """);
        String all = d.toString();
        assertTrue(all.contains("LAYER 'roads': MAP ANGLE does not rotate a layer unless both"), all);
        assertTrue(all.contains("LAYER MINFEATURESIZE is ignored"), all);
        assertTrue(!all.contains("MAXFEATURES"), "MAXFEATURES is honoured: " + all);
        assertTrue(all.contains("LAYER 'roads': PROCESSING \"FANCY_KEY=1\" is ignored"), all);
        assertTrue(all.contains("LAYER 'roads' CLASS 1 STYLE 1: STYLE LINEJOINMAXSIZE is ignored"), all);
        assertTrue(!all.contains("POLAROFFSET"), "POLAROFFSET is honoured (msDrawMarkerSymbol): " + all);
        assertTrue(!all.contains("ITEMS"), "ITEMS is honoured: " + all);
        Diagnostic polar = d.stream().filter(x -> x.message().contains("LINEJOINMAXSIZE")).findFirst().orElseThrow();
        assertTrue(polar.position().file().endsWith("m.map"), polar.toString());
        assertEquals(13, polar.position().line(), polar.toString());
    }

    @Test
    void rasterRangeColorspaceAndColorMatchThresholdAreNotReportedIgnored() throws Exception {
        String all = scan("""
                MAP
                  SIZE 100 100
                  EXTENT 0 0 10 10
                  LAYER
                    NAME "dem"
                    TYPE RASTER
                    PROCESSING "RANGE_COLORSPACE=HSL"
                    PROCESSING "COLOR_MATCH_THRESHOLD=10"
                    PROCESSING "RESAMPLE=AVERAGE"
                  END
                END
                """).toString();
        assertTrue(!all.contains("PROCESSING"), all);
    }

    @Test
    void defaultsAndHonouredValuesAreNotReported() throws Exception {
        List<Diagnostic> d = scan("""
                MAP
                  SIZE 100 100
                  EXTENT 0 0 10 10
                  LEGEND STATUS ON END
                  LAYER
                    NAME "p"
                    TYPE POLYGON
                    CLASS STYLE COLOR 1 2 3 SIZE [S] END END
                  END
                END
                """);
        assertTrue(d.isEmpty(), d.toString());
    }

    @Test
    void embeddedLegendAndScalebarAreDrawnSoNotReported() throws Exception {
        List<Diagnostic> d = scan("""
                MAP
                  SIZE 100 100
                  EXTENT 0 0 10 10
                  LEGEND STATUS EMBED END
                  SCALEBAR STATUS EMBED END
                END
                """);
        assertTrue(d.isEmpty(), d.toString());
    }

    @Test
    void polygonFillsWithARotatedSymbolAndLabelBindingsAreNotReported() throws Exception {
        List<Diagnostic> d = scan("""
                MAP
                  SIZE 100 100
                  EXTENT 0 0 10 10
                  SYMBOL NAME "boxes" TYPE VECTOR POINTS 0 0 4 0 4 2 0 2 0 0 END END
                  SYMBOL NAME "flag" TYPE SVG IMAGE "flag.svg" END
                  LAYER
                    NAME "fills"
                    TYPE POLYGON
                    CLASS
                      STYLE SYMBOL "boxes" COLOR 0 0 0 ANGLE 25 END
                      STYLE SYMBOL "flag" ANGLE 25 END
                      LABEL COLOR [c] SIZE [s] END
                    END
                  END
                END
                """);
        String all = d.toString();
        assertTrue(!all.contains("STYLE"), "rotated fills are tiled as MapServer 8.0 does (samples 180-184): " + all);
        assertTrue(!all.contains("LABEL"), "label bindings are honoured (bindLabel): " + all);
    }
}
