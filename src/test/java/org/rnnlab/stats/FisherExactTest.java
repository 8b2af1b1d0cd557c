package org.rnnlab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Expected p-values from SciPy 1.17: {@code scipy.stats.fisher_exact([[a, b], [c, d]])[1]}. */
class FisherExactTest {

    private static void p(int a, int b, int c, int d, double expected) {
        assertEquals(expected, FisherExact.twoSided(a, b, c, d), 1e-12 * Math.max(1, 1 / expected) * expected + 1e-15,
                "[[" + a + ", " + b + "], [" + c + ", " + d + "]]");
    }

    @Test
    void matchesScipy() {
        p(3, 0, 0, 3, 0.1);
        p(5, 0, 0, 5, 0.007936507936507938);
        p(4, 1, 0, 5, 0.04761904761904762);
        p(11, 1, 0, 12, 9.614829913658827e-06);
        p(2, 1, 0, 3, 0.4);
        p(3, 2, 0, 5, 0.16666666666666666);
        p(1, 9, 11, 3, 0.0027594561852200836);
        p(7, 2, 3, 8, 0.06977851869492735);
    }

    @Test
    void identicalGroupsAreNotEvidenceOfAnything() {
        p(0, 5, 0, 5, 1.0);
        p(5, 0, 5, 0, 1.0);
        p(2, 3, 2, 3, 1.0);
    }

    @Test
    void threeSeedsCanNeverShowADifferenceAtFivePercent() {
        double smallest = 1;
        for (int a = 0; a <= 3; a++) {
            for (int c = 0; c <= 3; c++) {
                smallest = Math.min(smallest, FisherExact.twoSided(a, 3 - a, c, 3 - c));
            }
        }
        assertEquals(0.1, smallest, 1e-12);
    }

    @Test
    void isSymmetricInRowsAndColumnsAndAProbability() {
        for (int a = 0; a <= 6; a++) {
            for (int b = 0; b <= 6; b++) {
                for (int c = 0; c <= 6; c++) {
                    for (int d = 0; d <= 6; d++) {
                        double p = FisherExact.twoSided(a, b, c, d);
                        assertTrue(p > 0 && p <= 1, "p = " + p);
                        assertEquals(p, FisherExact.twoSided(c, d, a, b), 1e-12);
                        assertEquals(p, FisherExact.twoSided(b, a, d, c), 1e-12);
                        assertEquals(p, FisherExact.twoSided(a, c, b, d), 1e-12);
                    }
                }
            }
        }
    }

    @Test
    void takesCountsOfTwoGroups() {
        assertEquals(FisherExact.twoSided(11, 1, 0, 12), FisherExact.twoSided(new Counts(11, 12), new Counts(0, 12)));
    }

    @Test
    void rejectsNegativeCountsNamingTheTable() {
        assertEquals("a 2x2 table needs counts >= 0, got [[1, -1], [0, 2]]",
                assertThrows(IllegalArgumentException.class, () -> FisherExact.twoSided(1, -1, 0, 2)).getMessage());
    }

    /**
     * Expected values by brute force in Python: every combination of the strata's cells, each
     * with its {@code scipy.stats.hypergeom.pmf} probability, summed where no more probable than
     * the observed total.
     */
    @Test
    void stratifiedTestMatchesBruteForceEnumeration() {
        assertEquals(5.000000000000003e-05, FisherExact.stratifiedTwoSided(List.of(new int[] {0, 3, 0, 3}, new int[] {3, 0, 0, 3},
                new int[] {2, 1, 0, 3}, new int[] {3, 0, 0, 3}, new int[] {3, 0, 0, 3})), 1e-15);
        assertEquals(0.06349206349206349, FisherExact.stratifiedTwoSided(List.of(new int[] {1, 4, 3, 2}, new int[] {2, 3, 5, 0})), 1e-12);
        assertEquals(0.0016061980347694639,
                FisherExact.stratifiedTwoSided(List.of(new int[] {5, 0, 0, 5}, new int[] {4, 1, 1, 4}, new int[] {0, 5, 0, 5})), 1e-14);
    }

    @Test
    void oneStratumIsFishersTest() {
        for (int a = 0; a <= 4; a++) {
            for (int c = 0; c <= 5; c++) {
                assertEquals(FisherExact.twoSided(a, 4 - a, c, 5 - c), FisherExact.stratifiedTwoSided(List.of(new int[] {a, 4 - a, c, 5 - c})),
                        1e-12);
            }
        }
    }

    @Test
    void rejectsAStratifiedTestWithoutTables() {
        assertEquals("a stratified test needs at least one 2x2 table",
                assertThrows(IllegalArgumentException.class, () -> FisherExact.stratifiedTwoSided(List.of())).getMessage());
        assertEquals("a 2x2 table has 4 counts, got 3",
                assertThrows(IllegalArgumentException.class, () -> FisherExact.stratifiedTwoSided(List.of(new int[] {1, 2, 3}))).getMessage());
    }
}
