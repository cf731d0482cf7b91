package org.jmapserv.render.label;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** compute_retry_offset: where a follow label slides after a glyph turned too sharply. */
class RetriesFollowLabelsLikeComputeRetryOffsetTest {

    private static final double[] TEN = {10, 10, 10, 10, 10, 10, 10};
    /** The glyphs of "one two": the fourth is the space. */
    private static final boolean[] ONE_TWO = {false, false, false, true, false, false, false};

    @Test
    void movesTheTextBackSoTheBendFallsIntoTheSpaceBetweenWords() {
        // "one two", the 'w' (glyph 5) failed: back over 't' and half the space
        assertEquals(15, FollowRetryOffset.next(TEN, ONE_TWO, 5, 0, 100, 100), 1e-9);
    }

    @Test
    void nextTriesTheSmallerMovePastTheTextEndsWhenTheSpaceWasTried() {
        // beyond 15 back the next chance is past the start (50); forward past the end is 20: forward wins
        assertEquals(-20, FollowRetryOffset.next(TEN, ONE_TWO, 5, 15, 100, 100), 1e-9);
    }

    @Test
    void returnsZeroWhenNoMoveFitsTheAllowedDistance() {
        assertEquals(0, FollowRetryOffset.next(TEN, ONE_TWO, 5, 15, 18, 18), 1e-9);
    }
}
