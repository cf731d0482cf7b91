package org.jmapserv.mapfile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.OutputFormatDef;
import org.jmapserv.mapfile.source.InMemorySourceLoader;
import org.junit.jupiter.api.Test;

/**
 * Two loader details found on MapServer's own maps: a SYMBOLSET file that INCLUDEs another (resolved, as
 * msyybasepath stays the map's, against the mapfile's directory) and OUTPUTFORMATs without NAME, named as
 * msCreateDefaultOutputFormat names them.
 */
class ReadsSymbolSetsAndNamelessFormatsLikeMapServerTest {

    private static final String SYMBOL = "SYMBOL NAME \"%s\" TYPE ELLIPSE POINTS 1 1 END FILLED TRUE END\n";

    private static MapDef read(InMemorySourceLoader files, String map) throws MapfileException {
        return new MapfileReader(files).readString(map, "main.map", Path.of("/maps"));
    }

    @Test
    void symbolSetIncludesResolveAgainstTheMapDirectory() throws Exception {
        InMemorySourceLoader files = new InMemorySourceLoader()
                .put(Path.of("/maps/sym/outer.sym"), "SYMBOLSET\n" + SYMBOL.formatted("a")
                        + "INCLUDE \"sym/inner.sym\"\nEND\n")
                .put(Path.of("/maps/sym/inner.sym"), SYMBOL.formatted("b"));
        MapDef m = read(files, "MAP SIZE 10 10 EXTENT 0 0 1 1 SYMBOLSET \"sym/outer.sym\" END");
        assertEquals(List.of("a", "b"), m.symbols().stream().map(s -> s.name()).toList());
    }

    @Test
    void symbolSetIncludeRelativeToTheSymbolSetIsRefusedWithAHint() {
        InMemorySourceLoader files = new InMemorySourceLoader()
                .put(Path.of("/maps/sym/outer.sym"), "SYMBOLSET\nINCLUDE \"inner.sym\"\nEND\n")
                .put(Path.of("/maps/sym/inner.sym"), SYMBOL.formatted("b"));
        MapfileException e = assertThrows(MapfileException.class,
                () -> read(files, "MAP SIZE 10 10 EXTENT 0 0 1 1 SYMBOLSET \"sym/outer.sym\" END"));
        assertTrue(e.getMessage().contains("Error opening included file \"inner.sym\""), e.getMessage());
        assertTrue(e.getMessage().contains("main mapfile's directory"), e.getMessage());
    }

    @Test
    void namelessFormatsAreNamedAfterTheirDriverAsMapServerNamesThem() throws Exception {
        MapDef m = read(new InMemorySourceLoader(), """
                MAP SIZE 10 10 EXTENT 0 0 1 1
                  OUTPUTFORMAT DRIVER AGG/PNG END
                  OUTPUTFORMAT DRIVER "AGG/PNG8" END
                  OUTPUTFORMAT DRIVER "agg/jpeg" END
                  OUTPUTFORMAT DRIVER "CAIRO/PDF" END
                  OUTPUTFORMAT DRIVER "GDAL/GTiff" END
                  OUTPUTFORMAT NAME "mine" DRIVER AGG/PNG END
                END
                """);
        assertEquals(List.of("png", "png8", "jpeg", "pdf", "GTiff", "mine"),
                m.outputFormats().stream().map(OutputFormatDef::name).toList());
    }
}
