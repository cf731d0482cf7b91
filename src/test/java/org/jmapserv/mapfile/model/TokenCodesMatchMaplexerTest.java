package org.jmapserv.mapfile.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenCodesMatchMaplexerTest {

    @Test
    void enumWordsCarryTheMsConstantsOfMapserver80() {
        assertEquals(1, TokenCodes.of("ON"));
        assertTrue(TokenCodes.sameCode("on", "TRUE"));
        assertTrue(TokenCodes.sameCode("feet", "line"));
        assertTrue(TokenCodes.sameCode("round", "kilometers"));
        assertTrue(TokenCodes.sameCode("medium", "medium"));
        assertFalse(TokenCodes.sameCode("on", "off"));
    }

    @Test
    void keywordsCarryTheNumbersOfMapfileH() {
        assertTrue(TokenCodes.sameCode("force", "postlabelcache"));
        assertTrue(TokenCodes.sameCode("angle", "simple"));
        assertEquals(TokenCodes.MS_EXPRESSION, TokenCodes.of("BINDVALS"));
        assertEquals(TokenCodes.MS_REGEX, TokenCodes.of("connectionoptions"));
    }

    @Test
    void wordsTheLexerDoesNotKnowHaveNoCode() {
        assertEquals(TokenCodes.NONE, TokenCodes.of("roads"));
        assertEquals(TokenCodes.NONE, TokenCodes.of("include"), "INCLUDE switches the lexer state, it is no token");
        assertFalse(TokenCodes.sameCode("roads", "roads"));
    }

    @Test
    void aConstantWithoutAWordIsPrintedAsAWordWithItsCode() {
        assertEquals(10, TokenCodes.of(TokenCodes.wordFor(10)));
        assertEquals("MEDIUM", TokenCodes.wordFor(10));
        assertEquals(null, TokenCodes.wordFor(11));
    }
}
