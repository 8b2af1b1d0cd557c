package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rnnlab.data.SplitFractions;

/** The default window: 12 where it fits, half the shortest part on a short file, never a window that cannot fit. */
class DefaultWindowTest {

    private static final SplitFractions DEFAULT = SplitFractions.defaults();

    @Test
    void isTwelve_whereTwelveFitsEveryPart() {
        assertEquals(12, DefaultWindow.choose(144, DEFAULT, 1, 13));
        assertEquals(12, DefaultWindow.choose(100_000, DEFAULT, 1, 0));
    }

    @Test
    void isHalfTheShortestPart_onAShortFile() {
        // 72 rows: validation rows 50..61 and test 61..72, 11 rows each
        assertEquals(5, DefaultWindow.choose(72, DEFAULT, 1, 13));
        assertEquals(5, DefaultWindow.choose(72, DEFAULT, 3, 13));
    }

    @Test
    void leavesAWindowThatFitsEveryPart_withAtLeastTwoWindowsPerPart_forAnyLengthWhereOneFits() {
        for (int rows = 27; rows < 400; rows++) { // from 27 rows every part has 4 or more
            int w = DefaultWindow.choose(rows, DEFAULT, 1, 0);
            var cut = DEFAULT.rowsOf(rows);
            int shortest = Math.min(cut.trainEnd(), Math.min(cut.validationEnd() - cut.trainEnd(), rows - cut.validationEnd()));
            assertTrue(w + 1 <= shortest, rows + " rows: window " + w);
            assertTrue(w == 12 || shortest - w >= 2, rows + " rows: window " + w);
        }
    }

    @Test
    void staysTwelve_whenNothingFits_soTheUsualErrorExplains() {
        assertEquals(12, DefaultWindow.choose(10, DEFAULT, 1, 0));
    }
}
