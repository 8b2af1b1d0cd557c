package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rnnlab.data.SplitFractions;

/** The default window: 12 where the training part holds enough windows, half the training rows on a short file. */
class DefaultWindowTest {

    private static final SplitFractions DEFAULT = SplitFractions.defaults();

    @Test
    void isTwelve_whereTheTrainingPartHoldsAboutTwelveWindowsOfTwelve() {
        assertEquals(12, DefaultWindow.choose(144, DEFAULT, 1, 13));
        assertEquals(12, DefaultWindow.choose(100_000, DEFAULT, 1, 0));
        // 72 rows: training rows 0..49, 37 of them after the 13 that sdiff,diff leaves without a value
        assertEquals(12, DefaultWindow.choose(72, DEFAULT, 1, 13));
    }

    @Test
    void isHalfTheTrainingRows_onAShortFile() {
        // 40 rows: training rows 0..27, 15 of them after the first 13: half is 7
        assertEquals(7, DefaultWindow.choose(40, DEFAULT, 1, 13));
        assertEquals(7, DefaultWindow.choose(40, DEFAULT, 3, 13));
    }

    @Test
    void leavesAboutAsManyTrainingWindowsAsSteps_forAnyLengthWhereOneFits() {
        for (int rows = 8; rows < 400; rows++) {
            for (int first : new int[] {0, 1, 13}) {
                int trainRows = DEFAULT.rowsOf(rows).trainEnd() - first;
                if (trainRows < 2 + 1 + 2) {
                    continue;
                }
                int w = DefaultWindow.choose(rows, DEFAULT, 1, first);
                int windows = trainRows - w;
                assertTrue(windows >= 1, rows + " rows, first " + first + ": window " + w);
                assertTrue(w == 12 ? windows >= 12 : windows >= w, rows + " rows, first " + first + ": window " + w
                        + " leaves " + windows + " training windows");
            }
        }
    }

    @Test
    void staysTwelve_whenNothingFits_soTheUsualErrorExplains() {
        assertEquals(12, DefaultWindow.choose(3, DEFAULT, 1, 0));
        assertEquals(12, DefaultWindow.choose(20, DEFAULT, 1, 13));
    }
}
