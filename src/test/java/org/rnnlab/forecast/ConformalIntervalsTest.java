package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Split-conformal half-widths: the right (interpolated) order statistic, and coverage at the nominal level on known noise. */
class ConformalIntervalsTest {

    @Test
    void halfWidth_isTheAbsoluteErrorAtPositionNPlusOneTimesLevel() {
        // |e| sorted: 1 2 3 4 5 6 7 8 9; n = 9, level 0.8 -> position 10 * 0.8 = 8, a whole one
        ConformalIntervals c = new ConformalIntervals(new double[][] {{-5, 1, 9, -2, 7, 3, -8, 4, 6}});
        assertEquals(8, c.halfWidth(0, 0.8), 1e-12);
        assertEquals(5, c.halfWidth(0, 0.5), 1e-12);
        assertEquals(1, c.halfWidth(0, 0.05), 1e-12, "position 0.5 reads the smallest error");
        assertTrue(Double.isNaN(c.halfWidth(0, 0.95)), "position 9.5 of 9 errors: no finite interval");
        assertTrue(Double.isNaN(c.halfWidth(1, 0.8)), "no errors that far ahead");
        assertEquals(4, ConformalIntervals.fewestFor(0.8));
        assertEquals(19, ConformalIntervals.fewestFor(0.95));
    }

    @Test
    void halfWidth_betweenTwoErrors_readsBetweenThem() {
        // |e| sorted: 0.5 1 2 4 10 ... ; n = 6, level 0.8 -> position 5.6: 10 + 0.6 * (20 - 10)
        ConformalIntervals c = new ConformalIntervals(new double[][] {{2, -0.5, 20, 1, -10, 4}});
        assertEquals(16, c.halfWidth(0, 0.8), 1e-12);
        // n = 6, level 0.5 -> position 3.5: 2 + 0.5 * (4 - 2)
        assertEquals(3, c.halfWidth(0, 0.5), 1e-12);
    }

    @Test
    void coverage_withFewErrors_isTheLevel_whereTheTextbookRankOverCovers() {
        // n = 18 at 80 %: the rank ceil(19 * 0.8) = 16 covers 16/19 = 84.2 % in expectation,
        // position 15.2 between 15/19 and 16/19, about 80 %
        Random random = new Random(7);
        int covered = 0, total = 0;
        for (int trial = 0; trial < 4000; trial++) {
            double[] held = new double[18];
            for (int i = 0; i < held.length; i++) {
                held[i] = random.nextGaussian();
            }
            double half = new ConformalIntervals(new double[][] {held}).halfWidth(0, 0.8);
            for (int j = 0; j < 5; j++) {
                covered += Math.abs(random.nextGaussian()) <= half ? 1 : 0;
                total++;
            }
        }
        double share = (double) covered / total;
        // 20,000 draws in 4,000 groups: a standard error of about 0.004 around the expected share
        assertTrue(Math.abs(share - 0.8) < 0.015, "covered " + share + ", the textbook rank would give about 0.842");
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
            // exchangeable errors: coverage about the level in expectation; 10,000 draws put the share within ±0.015
            assertTrue(Math.abs(share - level) < 0.015, level + ": covered " + share);
        }
    }

    @Test
    void halfWidthWithin_readsTheAdaptedRank_keptWithinTheErrors() {
        ConformalIntervals c = new ConformalIntervals(new double[][] {{-5, 1, 9, -2, 7, 3, -8, 4, 6}});
        assertEquals(6, c.halfWidthWithin(0, 0.8, 0.6), 1e-12, "position 10 * 0.6 = 6");
        assertEquals(6.5, c.halfWidthWithin(0, 0.8, 0.65), 1e-12, "position 6.5: between 6 and 7");
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
