package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.stats.Interval;

/** The coverage's batch-means interval over groups of origins: group length, and intervals that hold what they should. */
class CoverageRangeTest {

    /** n origins {@code every} rows apart, {@code horizon} steps each; origin j's points inside when {@code inside[j]}. */
    private static BacktestResult result(int n, int every, int horizon, boolean[] inside) {
        int[] origins = new int[n], ahead = new int[horizon];
        for (int j = 0; j < n; j++) {
            origins[j] = 10 + j * every;
        }
        for (int k = 0; k < horizon; k++) {
            ahead[k] = k + 1;
        }
        List<BacktestResult.Point> points = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < horizon; k++) {
                double actual = inside[j] ? 0 : 5;
                points.add(new BacktestResult.Point(0, j, k, origins[j] + k + 1, actual, new double[] {0, 0, 0, 0, 0},
                        new double[] {-1}, new double[] {1}));
            }
        }
        return new BacktestResult(List.of("y"), origins, ahead, 0, new int[n], new double[] {0.8}, 0, points,
                new double[] {1}, List.of(), 0, List.of(), new double[0][], "row");
    }

    @Test
    void batchesSpanTheOriginsThatShareRows_atLeastTheCubeRootOfTheirNumber() {
        assertEquals(12, OriginGroups.length(result(25, 1, 12, new boolean[25])));
        assertEquals(2, OriginGroups.count(result(25, 1, 12, new boolean[25])));
        assertEquals(4, OriginGroups.length(result(25, 3, 12, new boolean[25])));
        assertEquals(5, OriginGroups.length(result(100, 1, 1, new boolean[100])), "⌈100^(1/3)⌉ = 5");
        assertEquals(6, OriginGroups.length(result(6, 1, 12, new boolean[6])), "at most n");
    }

    @Test
    void theIntervalContainsTheMeasuredShare_andIsNoneWhenEveryOriginAgrees() {
        boolean[] all = new boolean[30];
        java.util.Arrays.fill(all, true);
        BacktestResult r = result(30, 1, 3, all);
        assertNull(CoverageRange.of(r, r.points(), 0), "no spread between groups: no 100.0–100.0 % interval");
        Interval i;
        boolean[] some = new boolean[30];
        for (int j = 0; j < some.length; j++) {
            some[j] = j % 7 != 0; // 25 of 30 origins inside, unevenly over the batches
        }
        r = result(30, 1, 3, some);
        i = CoverageRange.of(r, r.points(), 0);
        assertTrue(i.contains(25.0 / 30) && i.upper() - i.lower() > 0.05, i.toString());
        assertNull(CoverageRange.of(result(4, 1, 3, some), result(4, 1, 3, some).points(), 0), "too few origins");
    }

    @Test
    void withFewerThanThreeBatches_noIntervalIsStated_andTheReasonSaysWhy() {
        BacktestResult nottinghamShape = result(25, 1, 12, new boolean[25]);
        assertNull(CoverageRange.of(nottinghamShape, nottinghamShape.points(), 0));
        assertEquals("25 origins 12 steps ahead form only 2 groups of origins that forecast different rows; at least 3 are needed"
                + " to say how far these numbers may be from the method's", OriginGroups.unavailable(nottinghamShape));
        assertNull(OriginGroups.unavailable(result(36, 1, 12, new boolean[36])), "36 origins make 3 groups");
    }

    /**
     * Backtests whose 80 % intervals are exact: h-step errors of a random walk (sums of the next h
     * unit shocks, so neighbouring origins share shocks), inside when |e| ≤ z·√h. The stated 95 %
     * interval must hold the true 80 % in most of 300 such backtests of 60 origins 12 steps ahead
     * (batch means: 259 of 300 with this seed; the block bootstrap that came before held it in
     * 226, 75 %).
     */
    @Test
    void overDependentOrigins_theIntervalHoldsTheTrueCoverageNearlyAsOftenAsItClaims() {
        java.util.Random random = new java.util.Random(11);
        int n = 60, horizon = 12, trials = 300, held = 0;
        double z = 1.2815515655446004; // the standard normal's 90 % quantile
        for (int t = 0; t < trials; t++) {
            double[] shock = new double[n + horizon + 1];
            for (int i = 0; i < shock.length; i++) {
                shock[i] = random.nextGaussian();
            }
            List<BacktestResult.Point> points = new ArrayList<>();
            int[] origins = new int[n], ahead = new int[horizon];
            for (int j = 0; j < n; j++) {
                origins[j] = j;
                double e = 0;
                for (int k = 1; k <= horizon; k++) {
                    e += shock[j + k];
                    ahead[k - 1] = k;
                    double half = z * Math.sqrt(k);
                    points.add(new BacktestResult.Point(0, j, k - 1, j + k, e, new double[] {0, 0, 0, 0, 0},
                            new double[] {-half}, new double[] {half}));
                }
            }
            BacktestResult r = new BacktestResult(List.of("y"), origins, ahead, 0, new int[n], new double[] {0.8}, 0,
                    points, new double[] {1}, List.of(), 0, List.of(), new double[0][], "row");
            held += CoverageRange.of(r, points, 0).contains(0.8) ? 1 : 0;
        }
        assertTrue(held >= 0.85 * trials && held <= 0.99 * trials, held + " of " + trials + " intervals held 80 %");
    }
}
