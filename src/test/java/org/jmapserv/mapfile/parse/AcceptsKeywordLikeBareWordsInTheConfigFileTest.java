package org.jmapserv.mapfile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jmapserv.mapfile.model.ConfigFileDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The config file's lexer state knows no mapfile keywords: Debian's mapserv 8.0 serves {@code map=WMS},
 * {@code map=SIMPLE} and {@code map=LAYER} from {@code MAPS WMS "/x.map" SIMPLE "/y.map" LAYER "/z.map" END}.
 * We used to refuse such aliases as mapfile keywords.
 */
class AcceptsKeywordLikeBareWordsInTheConfigFileTest {

    @Test
    void unquotedMapfileKeywordsAreAliasesAndValues(@TempDir Path dir) throws Exception {
        Path conf = Files.writeString(dir.resolve("ms.conf"), """
                CONFIG
                  ENV
                    MS_MAP_PATTERN SIMPLE
                  END
                  MAPS
                    WMS "/maps/a.map"
                    SIMPLE "/maps/b.map"
                    LAYER "/maps/c.map"
                  END
                END
                """);
        ConfigFileDef c = new ConfigFileReader().read(conf);
        assertEquals("/maps/a.map", c.maps().value("WMS"));
        assertEquals("/maps/b.map", c.maps().value("SIMPLE"));
        assertEquals("/maps/c.map", c.maps().value("LAYER"));
        assertEquals("SIMPLE", c.env().value("MS_MAP_PATTERN"));
    }
}
