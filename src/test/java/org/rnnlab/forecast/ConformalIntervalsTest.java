package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Split-conformal half-widths: the right order statistic, and coverage at the nominal level on known noise. */
class ConformalIntervalsTest {

    @Test
    void halfWidth_isTheCeilOfNPlusOneTimesLevelSmallestAbsoluteError() {
        // |e| sorted: 1 2 3 4 5 6 7 8 9; n = 9, level 0.8 -> rank ceil(10 * 0.8) = 8
        ConformalIntervals c = new ConformalIntervals(new double[][] {{-5, 1, 9, -2, 7, 3, -8, 4, 6}});
        assertEquals(8, c.halfWidth(0, 0.8), 0);
        assertEquals(5, c.halfWidth(0, 0.5), 0);
        assertTrue(Double.isNaN(c.halfWidth(0, 0.95)), "rank 10 of 9 errors: no finite interval");
        assertTrue(Double.isNaN(c.halfWidth(1, 0.8)), "no errors that far ahead");
        assertEquals(4, ConformalIntervals.fewestFor(0.8));
        assertEquals(19, ConformalIntervals.fewestFor(0.95));
    }

    @Test
    void coverage_onFreshGaussianNoise_isAtLeastNominal_andNotMuchMore() {
        Random random = new Random(42);
        for (double level : new double[] {0.8, 0.95}) {
            int covered = 0, total = 0;
            for (int trial = 0; trial < 400; trial++) {
                double[] held = new double[99];
                for (int i = 0; i < held.length; i++) {
                    held[i] = random.nextGaussian() * 2.5;
                }
                double half = new ConformalIntervals(new double[][] {held}).halfWidth(0, level);
                for (int j = 0; j < 25; j++) {
                    covered += Math.abs(random.nextGaussian() * 2.5) <= half ? 1 : 0;
                    total++;
                }
            }
            double share = (double) covered / total;
            // exchangeable errors: coverage ≥ level in expectation; 10,000 draws put the share within ±0.01
            assertTrue(share > level - 0.01 && share < level + 0.03, level + ": covered " + share);
        }
    }

    @Test
    void halfWidthWithin_readsTheAdaptedRank_keptWithinTheErrors() {
        ConformalIntervals c = new ConformalIntervals(new double[][] {{-5, 1, 9, -2, 7, 3, -8, 4, 6}});
        assertEquals(6, c.halfWidthWithin(0, 0.8, 0.6), 0, "rank ceil(10 * 0.6) = 6");
        assertEquals(9, c.halfWidthWithin(0, 0.8, 1.05), 0, "beyond the largest error: the largest");
        assertEquals(1, c.halfWidthWithin(0, 0.8, -0.1), 0, "below the smallest: the smallest");
        assertTrue(Double.isNaN(c.halfWidthWithin(0, 0.95, 0.5)), "the nominal level has no interval");
    }

    @Test
    void rejects_levelsOutsideZeroToOne() {
        ConformalIntervals c = new ConformalIntervals(new double[][] {{1, 2, 3}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.halfWidth(0, 95));
        assertEquals("level must be in (0, 1), got 95.0", e.getMessage());
    }
}
