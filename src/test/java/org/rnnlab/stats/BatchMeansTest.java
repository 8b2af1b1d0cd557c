package org.rnnlab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Batch-means intervals of a share: SciPy's values, clipping, and what is refused. */
class BatchMeansTest {

    private static final double[] INSIDE = {3, 2, 3, 1, 2, 3, 3, 0, 2, 3}, TRIALS = {3, 3, 3, 3, 3, 3, 3, 3, 3, 3};

    /** Batches [0, 3), [3, 6), [6, 10): shares 8/9, 6/9, 8/12; SciPy: t.ppf(0.95, 2) = 2.919986. */
    @Test
    void matchesTheStudentIntervalOfTheBatchShares_computedWithSciPy() {
        Interval i = BatchMeans.ofShare(INSIDE, TRIALS, 3, 0.90);
        assertEquals(0.5170381051588506, i.lower(), 1e-12);
        assertEquals(0.9496285615078159, i.upper(), 1e-12);
        assertTrue(i.contains(22.0 / 30), "centred on the pooled share");
    }

    @Test
    void staysWithinZeroAndOne_andIsAPointWhenEveryBatchHasTheSameShare() {
        Interval wide = BatchMeans.ofShare(INSIDE, TRIALS, 3, 0.95);
        assertEquals(0.41461831630286855, wide.lower(), 1e-9); // Commons Statistics inverts t numerically
        assertEquals(1, wide.upper(), 0, "1.052 clipped to 1");
        assertEquals(1.052048350363798, BatchMeans.ofRatio(INSIDE, TRIALS, 3, 0.95).upper(), 1e-9, "a ratio is not clipped");
        Interval exact = BatchMeans.ofShare(new double[] {1, 1, 1, 1, 1, 1}, new double[] {2, 2, 2, 2, 2, 2}, 3, 0.95);
        assertEquals(0.5, exact.lower(), 0);
        assertEquals(0.5, exact.upper(), 0);
    }

    /** Batch ratios 8/9, 6/9, 8/12 on the log scale; SciPy: exp(ln(22/30) ± t.ppf(0.975, 2)·sd(ln c)/√3). */
    @Test
    void aRatioOfPositiveSums_hasPositiveBounds_fromTheLogScale() {
        Interval i = BatchMeans.ofPositiveRatio(INSIDE, TRIALS, 3, 0.95);
        assertEquals(0.4854137722515656, i.lower(), 1e-9);
        assertEquals(1.1078749893793174, i.upper(), 1e-9);
        Interval inverse = BatchMeans.ofPositiveRatio(TRIALS, INSIDE, 3, 0.95);
        assertEquals(1 / i.upper(), inverse.lower(), 1e-12, "the interval of 1/ratio is the reciprocal");
        var zero = assertThrows(IllegalArgumentException.class, () -> BatchMeans.ofPositiveRatio(
                new double[] {0, 0, 1, 1, 1, 1}, new double[] {1, 1, 1, 1, 1, 1}, 3, 0.95));
        assertEquals("batch 1 of 3 has a ratio of 0.0, not a positive one", zero.getMessage());
    }

    @Test
    void batchLength_coversTheDependence_atLeastTheCubeRoot_andAtMostN() {
        assertEquals(12, BatchMeans.batchLength(25, 12));
        assertEquals(5, BatchMeans.batchLength(100, 1), "⌈100^(1/3)⌉ = 5");
        assertEquals(6, BatchMeans.batchLength(6, 12));
        assertTrue(BatchMeans.positiveSums(INSIDE, TRIALS, 3, true));
        double[] zeroFirst = {0, 0, 0, 1, 1, 1, 1, 1, 1, 1};
        assertTrue(BatchMeans.positiveSums(zeroFirst, TRIALS, 3, false), "a share may be 0 in a batch");
        assertTrue(!BatchMeans.positiveSums(zeroFirst, TRIALS, 3, true), "a ratio may not");
        assertTrue(!BatchMeans.positiveSums(INSIDE, zeroFirst, 3, false), "no batch without trials");
    }

    @Test
    void batchLengthsDifferByAtMostOne() {
        for (int n = 3; n < 40; n++) {
            for (int k = 3; k <= n; k++) {
                int shortest = n, longest = 0;
                for (int b = 0; b < k; b++) {
                    int length = BatchMeans.start(b + 1, n, k) - BatchMeans.start(b, n, k);
                    shortest = Math.min(shortest, length);
                    longest = Math.max(longest, length);
                }
                assertTrue(longest - shortest <= 1 && BatchMeans.start(k, n, k) == n, n + " items, " + k + " batches");
            }
        }
    }

    @Test
    void refusesFewerThanThreeBatches_mismatchedItems_andABatchWithoutTrials() {
        var two = assertThrows(IllegalArgumentException.class, () -> BatchMeans.ofShare(INSIDE, TRIALS, 2, 0.95));
        assertEquals("batch means need 3 to n = 10 batches, got 2", two.getMessage());
        var lengths = assertThrows(IllegalArgumentException.class,
                () -> BatchMeans.ofShare(INSIDE, new double[] {1}, 3, 0.95));
        assertEquals("numerator and denominator need one value per item, got 10 and 1", lengths.getMessage());
        var empty = assertThrows(IllegalArgumentException.class,
                () -> BatchMeans.ofShare(new double[6], new double[] {1, 1, 0, 0, 1, 1}, 3, 0.95));
        assertEquals("batch 2 of 3 has no trials", empty.getMessage());
    }
}
