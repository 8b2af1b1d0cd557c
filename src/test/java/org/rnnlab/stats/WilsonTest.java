package org.rnnlab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Expected values from SciPy 1.17: {@code scipy.stats.binomtest(k, n).proportion_ci(0.95,
 * method='wilson')}.
 */
class WilsonTest {

    private static void interval(int k, int n, double lower, double upper) {
        Interval i = Wilson.interval95(k, n);
        assertEquals(lower, i.lower(), 1e-12, k + " of " + n + ": lower");
        assertEquals(upper, i.upper(), 1e-12, k + " of " + n + ": upper");
    }

    @Test
    void matchesScipyInsideTheRange() {
        interval(11, 12, 0.6461200888588831, 0.985134905595083);
        interval(1, 3, 0.06149194472039626, 0.7923403991979523);
        interval(5, 10, 0.236593090512564, 0.7634069094874361);
        interval(16, 90, 0.11249737158330352, 0.26943892044704043);
    }

    @Test
    void noneOfNStartsAtZeroAndStillHasWidth() {
        interval(0, 12, 0.0, 0.24249400665524085);
        interval(0, 3, 0.0, 0.5614970317550454);
        interval(0, 1, 0.0, 0.7934506856227626);
    }

    @Test
    void allOfNEndsAtOneAndStillHasWidth() {
        interval(12, 12, 0.7575059933447592, 1.0);
        interval(3, 3, 0.4385029682449546, 1.0);
    }

    @Test
    void holdsTheShareIsSymmetricAndNarrowsWithMoreTrials() {
        for (int n = 1; n <= 60; n++) {
            for (int k = 0; k <= n; k++) {
                Interval i = Wilson.interval95(k, n), mirror = Wilson.interval95(n - k, n);
                assertTrue(i.contains((double) k / n), k + " of " + n + " outside " + i);
                assertEquals(i.lower(), 1 - mirror.upper(), 1e-12, k + " of " + n + " against " + (n - k));
                Interval four = Wilson.interval95(4 * k, 4 * n);
                assertTrue(four.upper() - four.lower() < i.upper() - i.lower(), k + " of " + n + " against 4x");
            }
        }
    }

    @Test
    void rejectsImpossibleCountsNamingThem() {
        assertEquals("a proportion needs at least one trial, got 0",
                assertThrows(IllegalArgumentException.class, () -> Wilson.interval95(0, 0)).getMessage());
        assertEquals("successes must be in [0, 3], got 4",
                assertThrows(IllegalArgumentException.class, () -> Wilson.interval95(4, 3)).getMessage());
        assertEquals("events must be in [0, 2], got -1",
                assertThrows(IllegalArgumentException.class, () -> new Counts(-1, 2)).getMessage());
    }
}
