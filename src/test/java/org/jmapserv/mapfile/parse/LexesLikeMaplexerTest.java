package org.jmapserv.mapfile.parse;

import static org.jmapserv.mapfile.parse.MapfileFixtures.errorOf;
import static org.jmapserv.mapfile.parse.MapfileFixtures.layer;
import static org.jmapserv.mapfile.parse.MapfileFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.expr.ExpressionKind;
import org.junit.jupiter.api.Test;

class LexesLikeMaplexerTest {

    @Test
    void escapesKeepUnknownBackslashesAndDecodeQuotes() throws Exception {
        assertEquals("a\"b'c\\d\\n", read("MAP NAME \"a\\\"b'c\\\\d\\n\" END").name());
        assertEquals("it's", read("MAP NAME 'it\\'s' END").name());
    }

    @Test
    void stringsMaySpanLinesAndPositionsAfterThemStayTrue() {
        String m = errorOf("MAP\n NAME \"a\nb\"\n FOO\nEND\n");
        assertTrue(m.startsWith("test.map:4:2: Parsing error near (FOO)"), m);
    }

    @Test
    void expressionRunsToTheLastParenthesisOnTheLine() throws Exception {
        ClassDef c = read(layer("CLASS EXPRESSION ([a] > 1) # (note)\n END")).layers().get(0).classes().get(0);
        assertEquals(ExpressionKind.LOGICAL, c.expression().kind());
        assertEquals("[a] > 1) # (note", c.expression().text());
    }

    @Test
    void regexListAndCaseInsensitiveStringExpressions() throws Exception {
        var l = read(layer("CLASS EXPRESSION /^a/i END CLASS EXPRESSION {x,y} END CLASS EXPRESSION \"Q\"i END"))
                .layers().get(0);
        assertTrue(l.classes().get(0).expression().caseInsensitive());
        assertEquals(ExpressionKind.LIST, l.classes().get(1).expression().kind());
        assertTrue(l.classes().get(2).expression().caseInsensitive());
    }

    @Test
    void slashCommentFollowedByALaterSlashLexesAsARegexAsInMapServer() {
        String m = errorOf("MAP\n NAME \"x\" // a comment\n SHAPEPATH /data/x\nEND\n");
        assertTrue(m.startsWith("test.map:2:11: Parsing error near (// a comment"), m);
    }

    @Test
    void keywordsAreCaseInsensitiveAndTokenCodesCollideLikeMapServers() throws Exception {
        var map = read("mAp StAtUs TRUE layer name l type ON status TRUE end END");
        assertEquals(Status.ON, map.status());
        assertEquals(LayerType.LINE, map.layers().get(0).type());
    }

    @Test
    void byteOrderMarkIsSkippedBeforeMap() throws Exception {
        assertEquals("bom", read("\uFEFFMAP NAME bom END").name());
    }

    @Test
    void numbersFollowTheFlexRules() throws Exception {
        var map = read("MAP EXTENT -1.5e1 .5 1. 2E2 END");
        assertEquals(-15, map.extent().minX());
        assertEquals(0.5, map.extent().minY());
        assertTrue(errorOf("MAP SIZE +5 5 END").contains("Parsing error near (+)"));
    }

    @Test
    void blockOwnKeywordIsIgnoredAsMapServerDoes() throws Exception {
        assertEquals("q", read("MAP MAP NAME q WEB WEB END END").name());
    }
}
