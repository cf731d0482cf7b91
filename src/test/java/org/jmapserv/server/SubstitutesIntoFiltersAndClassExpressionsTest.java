package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runtime substitution reaches every place MapServer 8.0's msApplySubstitutions edits, parsed expressions included
 * (FILTER, class EXPRESSION and TEXT are edited on their source and read again), and still only where a VALIDATION
 * pattern lets the value through. The drawing expectations are what Debian's mapserv 8.0 draws for this mapfile.
 */
class SubstitutesIntoFiltersAndClassExpressionsTest {

    /** Road (id 1) bottom left, river (id 9) top right; the filter and the red class come from the request. */
    private static final String MAP = """
            MAP
              NAME "s"
              EXTENT 0 0 100 100
              SIZE 100 100
              IMAGECOLOR 255 255 255
              OUTPUTFORMAT NAME "png" DRIVER "AGG/PNG" MIMETYPE "image/png" EXTENSION "png"
                FORMATOPTION "COMMENT=%kind%" FORMATOPTION "FILENAME=%kind%.png" END
              WEB VALIDATION "kind" "^[a-z]+$" "default_kind" "none" END TEMPLATE "t_%kind%.html" END
              LAYER NAME "pts" TYPE POLYGON STATUS ON
                PROCESSING "ITEMS=id,kind"
                VALIDATION "min" "^[0-9]+$" "default_min" "0" END
                FILTER ([id] > %min%)
                FEATURE POINTS 0 0 0 40 40 40 40 0 0 0 END ITEMS "1;road" END
                FEATURE POINTS 60 60 60 100 100 100 100 60 60 60 END ITEMS "9;river" END
                CLASS NAME "hl" TITLE "Only %kind%" EXPRESSION ("[kind]" = "%kind%")
                  TEXT ("%tag% [kind]")
                  VALIDATION "tag" "^[A-Z]+$" END
                  STYLE COLOR 255 0 0 END
                END
                CLASS NAME "other" STYLE COLOR 0 0 255 END END
              END
            END
            """;

    @TempDir
    Path dir;

    private static MapDef substituted(String query, List<String> errors) throws Exception {
        MapDef map = new MapfileReader().readString(MAP, "s.map", Path.of("/tmp"));
        return new RuntimeSubstitution(RequestParams.parseQuery(query), Map.of(), errors::add).apply(map);
    }

    @Test
    void aValidatedValueIsSubstitutedIntoTheFilterAndTheFilterIsParsedAgain() throws Exception {
        LayerDef l = substituted("min=5", new ArrayList<>()).layers().get(0);
        assertEquals("[id] > 5", l.filter().text());
        assertNotNull(l.filter().ast(), "the substituted filter is a parsed expression again");
    }

    @Test
    void classExpressionTextAndTitleTakeClassLayerAndWebValues() throws Exception {
        ClassDef hl = substituted("kind=river&tag=ON", new ArrayList<>()).layers().get(0).classes().get(0);
        assertEquals("\"[kind]\" = \"river\"", hl.expression().text(), "web VALIDATION reaches class expressions");
        assertNotNull(hl.expression().ast());
        assertEquals("\"ON [kind]\"", hl.text().text(), "the class's own VALIDATION reaches its TEXT");
        assertEquals("Only river", hl.title());
    }

    @Test
    void webValuesReachFormatOptionsAndTheTemplate() throws Exception {
        MapDef m = substituted("kind=river", new ArrayList<>());
        assertEquals(List.of("COMMENT=river", "FILENAME=river.png"), m.outputFormats().stream()
                .filter(f -> f.name().equals("png")).findFirst().orElseThrow().formatOptions());
        assertEquals("t_river.html", m.web().template());
    }

    @Test
    void aRefusedValueLeavesTheTagForTheDefaultAndIsReported() throws Exception {
        List<String> errors = new ArrayList<>();
        MapDef m = substituted("min=1)%20or%20(1=1&kind=ro%22ad&tag=lower", errors);
        LayerDef l = m.layers().get(0);
        assertEquals("[id] > 0", l.filter().text(), "the injection is refused; default_min fills the tag");
        assertEquals("\"[kind]\" = \"none\"", l.classes().get(0).expression().text());
        assertEquals("\"%tag% [kind]\"", l.classes().get(0).text().text(), "no default for tag: the tag stays");
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.stream().allMatch(e -> e.endsWith("Parameter pattern validation failed.")));
    }

    @Test
    void defaultsOnlyReachFilenameAndJsonpAmongFormatOptions() throws Exception {
        MapDef m = substituted("", new ArrayList<>());
        assertEquals(List.of("COMMENT=%kind%", "FILENAME=none.png"), m.outputFormats().stream()
                .filter(f -> f.name().equals("png")).findFirst().orElseThrow().formatOptions());
        assertEquals("[id] > 0", m.layers().get(0).filter().text(), "default_min without any request value");
    }

    @Test
    void mapservDrawsWhatTheSubstitutedFilterAndClassesSelect() throws Exception {
        try (ServerFixture fx = new ServerFixture(dir)) {
            Files.writeString(dir.resolve("s.map"), MAP.replace("FORMATOPTION \"COMMENT=%kind%\" ", ""));
            String base = "/mapserv?map=" + dir.resolve("s.map") + "&mode=map&layers=pts&";
            // mapserv 8.0: min=5 keeps only the river, drawn red as the requested kind
            var r = fx.get(base + "min=5&kind=river", null);
            BufferedImage river = ServerFixture.image(r);
            assertNotNull(river, ServerFixture.text(r));
            assertTrue(red(river, 80, 20) && white(river, 20, 80), "only the river, in the highlight class");
            // min=0 keeps both; kind=road highlights the road, the river falls to the other class
            BufferedImage both = ServerFixture.image(fx.get(base + "min=0&kind=road", null));
            assertTrue(red(both, 20, 80) && blue(both, 80, 20));
            // a refused kind (a quote) leaves %kind% to its default "none": nothing is highlighted
            BufferedImage refused = ServerFixture.image(fx.get(base + "kind=ro%22ad", null));
            assertTrue(blue(refused, 20, 80) && blue(refused, 80, 20));
        }
    }

    private static boolean red(BufferedImage img, int x, int y) {
        return (img.getRGB(x, y) & 0xffffff) == 0xff0000;
    }

    private static boolean blue(BufferedImage img, int x, int y) {
        return (img.getRGB(x, y) & 0xffffff) == 0x0000ff;
    }

    private static boolean white(BufferedImage img, int x, int y) {
        return (img.getRGB(x, y) & 0xffffff) == 0xffffff;
    }
}
