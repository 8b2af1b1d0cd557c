package org.rnnlab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void theSameValuesAndSeedGiveTheSameBits() {
        double[] v = {0.31, 0.02, 0.27, 1.4, 0.09, 0.5, 0.11};
        Interval a = Bootstrap.median(v, 500, 0.95, 42), b = Bootstrap.median(v.clone(), 500, 0.95, 42);
        assertEquals(Double.doubleToRawLongBits(a.lower()), Double.doubleToRawLongBits(b.lower()));
        assertEquals(Double.doubleToRawLongBits(a.upper()), Double.doubleToRawLongBits(b.upper()));
    }

    @Test
    void doesNotChangeItsInput() {
        double[] v = {3, 1, 2, 5, 4};
        Bootstrap.median95(v, 1);
        assertEquals("[3.0, 1.0, 2.0, 5.0, 4.0]", java.util.Arrays.toString(v));
    }

    /**
     * For seven distinct values 1 … 7 the bootstrap median m* is at most j when at least four of
     * the seven draws are: P(m* ≤ 1) = 0.010 and P(m* ≤ 2) = 0.108 (binomial, p = j / 7), so the
     * 2.5% quantile is 2 and, by symmetry, the 97.5% quantile 6 — far enough from the quantile's
     * edge that 2000 draws land there for any seed.
     */
    @Test
    void percentilesOfSevenValuesAreTheHandComputedOrderStatistics() {
        double[] v = {4, 1, 7, 3, 6, 2, 5};
        for (long seed = 0; seed < 5; seed++) {
            Interval i = Bootstrap.median95(v, seed);
            assertEquals(2.0, i.lower(), "seed " + seed);
            assertEquals(6.0, i.upper(), "seed " + seed);
        }
    }

    @Test
    void containsTheMedianAndStaysWithinTheValues() {
        Random rng = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            int n = 5 + rng.nextInt(10);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = Math.exp(rng.nextGaussian() * 3);
            }
            Interval i = Bootstrap.median(v, 400, 0.95, trial);
            double[] sorted = v.clone();
            java.util.Arrays.sort(sorted);
            assertTrue(i.contains(Bootstrap.median(v.clone())), "median outside " + i);
            assertTrue(i.lower() >= sorted[0] && i.upper() <= sorted[n - 1], i + " outside the values");
        }
    }

    @Test
    void equalValuesGiveAPoint() {
        Interval i = Bootstrap.median95(new double[] {0.2, 0.2, 0.2, 0.2, 0.2}, 9);
        assertEquals(0.2, i.lower());
        assertEquals(0.2, i.upper());
    }

    @Test
    void anotherSeedDrawsOtherResamples() {
        double[] v = {0.31, 0.02, 0.27, 1.4, 0.09, 0.5, 0.11, 0.8};
        Interval a = Bootstrap.median(v, 50, 0.9, 1), b = Bootstrap.median(v, 50, 0.9, 2);
        assertNotEquals(a, b);
    }

    @Test
    void rejectsEmptyAndNaNValues() {
        assertEquals("a bootstrap needs at least one value",
                assertThrows(IllegalArgumentException.class, () -> Bootstrap.median95(new double[0], 1)).getMessage());
        assertEquals("a bootstrap needs values that are numbers, got NaN",
                assertThrows(IllegalArgumentException.class, () -> Bootstrap.median95(new double[] {1, Double.NaN}, 1)).getMessage());
        assertEquals("level must be in (0, 1), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> Bootstrap.median(new double[] {1}, 10, 1.0, 1)).getMessage());
    }

    @Test
    void anyStatisticOfResampledItems() {
        int[] clipped = {10, 0, 50, 20, 5}, steps = {100, 100, 100, 100, 100};
        Interval pooled = Bootstrap.percentile(5, picks -> {
            double c = 0, n = 0;
            for (int i : picks) {
                c += clipped[i];
                n += steps[i];
            }
            return c / n;
        }, 2000, 0.95, 4);
        assertTrue(pooled.contains(85.0 / 500) && pooled.lower() >= 0 && pooled.upper() <= 0.5, pooled.toString());
        assertEquals("a bootstrap statistic must be a number on every resample, got NaN", assertThrows(IllegalArgumentException.class,
                () -> Bootstrap.percentile(3, picks -> Double.NaN, 10, 0.95, 1)).getMessage());
    }
}
