package org.jmapserv.query.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jmapserv.mapfile.model.JoinDef;
import org.jmapserv.mapfile.model.MapDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JOIN tables as mapjoin.c reads them: a header-less CSV's items are column numbers and its rows split at every
 * comma; a DBF's items are its fields; a relative TABLE is found under SHAPEPATH; ONE-TO-ONE takes the first
 * matching row or empty values; join CONNECTIONTYPEs jmapserv cannot read are refused.
 */
class ReadsJoinTablesAsMapjoinTest {

    @TempDir
    Path dir;

    private MapDef map() {
        MapDef.Builder b = new MapDef.Builder();
        b.mapPath = dir.toString();
        b.shapePath = "data";
        return b.build();
    }

    private static JoinDef join(String table, String type, String to) {
        JoinDef.Builder b = new JoinDef.Builder();
        b.name = "j";
        b.table = table;
        b.connectionType = type;
        b.from = "NAME";
        b.to = to;
        return b.build();
    }

    @Test
    void csvItemsAreColumnNumbersAndFirstMatchWins() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/t.csv"), "a,1,x\nb,2,\"q,r\"\na,3,y\n");
        JoinTable t = JoinTable.load(map(), join("t.csv", "CSV", "1"));
        assertEquals(List.of("1", "2", "3"), t.items());
        assertEquals(List.of("a", "1", "x"), t.first("a"));
        assertEquals(2, t.matching("a").size());
        assertEquals(List.of("b", "2", "\"q", "r\""), t.matching("b").get(0), "no quoting, as msCSVJoinConnect");
        assertEquals(List.of("", "", ""), t.first("zz"), "ONE-TO-ONE without a match: empty values");
    }

    @Test
    void dbfItemsAreItsFields() throws Exception {
        JoinTable t = JoinTable.load(queryMap(),
                join("../query/joins/city_info.dbf", null, "name"));
        assertEquals(List.of("NAME", "CODE", "NOTE"), t.items());
        assertEquals("KYR", t.first("Kyrrvik").get(1));
        assertEquals(2, t.matching("Kyrrvik").size());
    }

    @Test
    void refusesJoinConnectionTypesItCannotRead() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> JoinTable.load(map(), join("t", "POSTGRESQL", "id")));
        assertTrue(e.getMessage().contains("(POSTGRESQL) is not supported by jmapserv"), e.getMessage());
    }

    @Test
    void namesTheMissingTable() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> JoinTable.load(map(), join("nope.dbf", null, "id")));
        assertEquals("msDBFJoinConnect(): Unable to access file. (nope.dbf)", e.getMessage());
    }

    private static MapDef queryMap() {
        MapDef.Builder b = new MapDef.Builder();
        b.mapPath = Path.of("test-data/query").toAbsolutePath().toString();
        b.shapePath = "../data";
        return b.build();
    }
}
