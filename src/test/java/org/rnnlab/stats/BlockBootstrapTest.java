package org.rnnlab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The circular block bootstrap: resamples made of runs of consecutive items, and wider intervals under dependence. */
class BlockBootstrapTest {

    @Test
    void everyResampleIsMadeOfRunsOfConsecutiveItems_wrappingAtTheEnd() {
        int n = 23, block = 5;
        BlockBootstrap.percentile(n, block, picks -> {
            for (int start = 0; start < n; start += block) {
                for (int j = 1; j < block && start + j < n; j++) {
                    assertEquals((picks[start] + j) % n, picks[start + j], "block from " + start);
                }
                assertTrue(picks[start] >= 0 && picks[start] < n, "start " + picks[start]);
            }
            return 0;
        }, 200, 0.95, 3);
    }

    @Test
    void aBlockAsLongAsTheSeriesDrawsARotationOfIt_soTheMeanIsExact() {
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6};
        Interval i = BlockBootstrap.percentile(x.length, x.length, picks -> {
            double sum = 0;
            for (int j : picks) {
                sum += x[j];
            }
            return sum / picks.length;
        }, 50, 0.9, 1);
        assertEquals(31 / 8.0, i.lower(), 1e-15);
        assertEquals(31 / 8.0, i.upper(), 1e-15);
    }

    /** An AR(1) series with φ = 0.9: single-item resampling understates the mean's spread; blocks of 20 do not. */
    @Test
    void underPositiveDependence_blocksGiveAWiderIntervalOfTheMean() {
        Random random = new Random(5);
        double[] x = new double[400];
        for (int t = 1; t < x.length; t++) {
            x[t] = 0.9 * x[t - 1] + random.nextGaussian();
        }
        java.util.function.ToDoubleFunction<int[]> mean = picks -> {
            double sum = 0;
            for (int j : picks) {
                sum += x[j];
            }
            return sum / picks.length;
        };
        Interval single = BlockBootstrap.percentile(x.length, 1, mean, 2000, 0.95, 7);
        Interval blocks = BlockBootstrap.percentile(x.length, 20, mean, 2000, 0.95, 7);
        double ratio = (blocks.upper() - blocks.lower()) / (single.upper() - single.lower());
        // the long-run variance of an AR(1) is (1+φ)/(1−φ) = 19 times the marginal: widths ~ √19 ≈ 4.4 apart
        assertTrue(ratio > 2.5, "blocks / single width ratio " + ratio);
    }

    @Test
    void rejects_blocksLongerThanTheSeries() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BlockBootstrap.percentile(4, 5, picks -> 0, 10, 0.95, 1));
        assertEquals("the block length must be in [1, 4], got 5", e.getMessage());
    }
}
