package org.rnnlab.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Expected p-values from SciPy 1.17: {@code scipy.stats.permutation_test((x, y), s,
 * permutation_type='independent', n_resamples=np.inf)} with s the difference of the mean ranks
 * ({@code scipy.stats.rankdata}) of x and y, which enumerates every split.
 */
class PermutationTestTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void matchesScipyExactly() {
        assertEquals(0.1, PermutationTest.ranksTwoSided(new double[] {0.0065, 0.0078, 0.0053}, new double[] {0.1649, 0.1574, 0.1593}, 0),
                1e-12);
        assertEquals(0.007936507936507936, PermutationTest.ranksTwoSided(new double[] {1, 2, 3, 4, 5}, new double[] {6, 7, 8, 9, 10}, 0),
                1e-12);
        assertEquals(0.1111111111111111,
                PermutationTest.ranksTwoSided(new double[] {0.3, 0.1, 0.5, 0.2}, new double[] {0.25, 0.6, 0.7, 0.4, 0.9}, 0), 1e-12);
    }

    @Test
    void divergedRunsEnterAsTiedWorstValues() {
        assertEquals(0.30952380952380953,
                PermutationTest.ranksTwoSided(new double[] {1, 2, 2, 4, INF}, new double[] {2, 3, 5, INF, INF}, 0), 1e-12);
        assertArrayEquals(new double[] {1, 3, 3, 5, 9, 3, 6, 7, 9, 9}, PermutationTest.ranks(new double[] {1, 2, 2, 4, INF, 2, 5, 6, INF, INF}));
    }

    @Test
    void isSymmetricInTheGroupsAndOneWhenTheyAreAlike() {
        Random rng = new Random(5);
        for (int trial = 0; trial < 50; trial++) {
            double[] x = rng.doubles(2 + rng.nextInt(5)).toArray(), y = rng.doubles(2 + rng.nextInt(5)).toArray();
            double p = PermutationTest.ranksTwoSided(x, y, 0);
            assertTrue(p > 0 && p <= 1, "p = " + p);
            assertEquals(p, PermutationTest.ranksTwoSided(y, x, 0), 1e-12);
        }
        assertEquals(1.0, PermutationTest.ranksTwoSided(new double[] {1, 4, 5, 8}, new double[] {2, 3, 6, 7}, 0), 1e-12);
    }

    @Test
    void largeGroupsAreSampledWithTheSeed() {
        Random rng = new Random(8);
        double[] x = rng.doubles(14).toArray(), y = rng.doubles(14).map(v -> v + 1).toArray();
        assertTrue(PermutationTest.choose(28, 14) > PermutationTest.EXACT_LIMIT);
        double p = PermutationTest.ranksTwoSided(x, y, 11);
        assertEquals(p, PermutationTest.ranksTwoSided(x, y, 11));
        assertEquals(1.0 / (PermutationTest.RESAMPLES + 1), p, 1e-15, "groups that do not overlap: no random split is as extreme");
    }

    @Test
    void sampledPValuesAgreeWithTheExactOnesWithinTheirNoise() {
        Random rng = new Random(13);
        for (int trial = 0; trial < 5; trial++) {
            double shift = 0.2 * trial;
            double[] x = rng.doubles(8).toArray(), y = rng.doubles(8).map(v -> v + shift).toArray();
            double exact = PermutationTest.ranksTwoSided(x, y, 0), sampled = PermutationTest.ranksTwoSided(x, y, trial, 0);
            double sigma = Math.sqrt(exact * (1 - exact) / PermutationTest.RESAMPLES);
            assertTrue(Math.abs(sampled - exact) <= 4 * sigma + 1e-4, "sampled " + sampled + " against exact " + exact);
        }
    }

    @Test
    void rejectsEmptyGroupsAndNaN() {
        assertEquals("a permutation test needs at least one value in each group",
                assertThrows(IllegalArgumentException.class, () -> PermutationTest.ranksTwoSided(new double[0], new double[] {1}, 0))
                        .getMessage());
        assertEquals("a permutation test needs values that are numbers or +/-infinity, got NaN",
                assertThrows(IllegalArgumentException.class,
                        () -> PermutationTest.ranksTwoSided(new double[] {Double.NaN}, new double[] {1}, 0)).getMessage());
    }
}
