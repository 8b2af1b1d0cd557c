package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Adaptive conformal levels: the Gibbs–Candès update per step, late feedback, its range, coverage under a shift. */
class AdaptiveLevelsTest {

    /** A point of target 0 at {@code row} with actual {@code actual} and the 80 % interval [−1, 1]. */
    private static BacktestResult.Point point(int row, double actual) {
        return new BacktestResult.Point(0, 0, 0, row, actual, new double[] {0}, new double[] {-1}, new double[] {1});
    }

    @Test
    void aCoveredActualNarrows_andAMissWidens_byGammaTimesTheGap() {
        AdaptiveLevels a = new AdaptiveLevels(0.1, new double[] {0.8}, 1, 1);
        a.add(List.of(point(5, 0.5)));
        // covered: α = 0.2 + 0.1·(0.2 − 0) = 0.22, level 0.78
        assertEquals(0.78, a.at(0, 5)[0][0], 1e-12);
        a.add(List.of(point(6, 3)));
        // missed: α = 0.22 + 0.1·(0.2 − 1) = 0.14, level 0.86
        assertEquals(0.86, a.at(0, 6)[0][0], 1e-12);
    }

    @Test
    void eachStepAheadAdaptsToItsOwnIntervals() {
        AdaptiveLevels a = new AdaptiveLevels(0.1, new double[] {0.8}, 1, 2);
        a.add(List.of(new BacktestResult.Point(0, 0, 1, 2, 3, new double[] {0}, new double[] {-1}, new double[] {1})));
        double[][] levels = a.at(0, 2);
        assertEquals(0.8, levels[0][0], 1e-12, "step 1 saw nothing");
        assertEquals(0.88, levels[1][0], 1e-12, "step 2 saw a miss");
    }

    @Test
    void anIntervalCountsOnlyOnceItsRowIsObserved() {
        AdaptiveLevels a = new AdaptiveLevels(0.1, new double[] {0.8}, 1, 1);
        a.add(List.of(point(9, 3)));
        assertEquals(0.8, a.at(0, 8)[0][0], 1e-12, "row 9 is after origin 8");
        assertEquals(0.88, a.at(0, 9)[0][0], 1e-12);
    }

    @Test
    void stepZero_keepsTheNominalLevels_andNoIntervalTeachesNothing() {
        AdaptiveLevels a = new AdaptiveLevels(0, new double[] {0.8, 0.95}, 1, 1);
        a.add(List.of(new BacktestResult.Point(0, 0, 0, 1, 3, new double[] {0}, new double[] {-1, -2},
                new double[] {1, 2})));
        assertArrayEquals(new double[] {0.8, 0.95}, a.at(0, 2)[0], 1e-15);
        AdaptiveLevels b = new AdaptiveLevels(0.1, new double[] {0.8}, 1, 1);
        b.add(List.of(new BacktestResult.Point(0, 0, 0, 1, 3, new double[] {0}, new double[] {Double.NaN},
                new double[] {Double.NaN})));
        assertEquals(0.8, b.at(0, 1)[0][0], 1e-15);
    }

    @Test
    void theMissRateStaysWithinMinusGammaAndOnePlusGamma() {
        AdaptiveLevels a = new AdaptiveLevels(0.5, new double[] {0.8}, 1, 1);
        for (int row = 0; row < 50; row++) {
            a.add(List.of(point(row, 0)));
        }
        assertEquals(-0.5, a.at(0, 50)[0][0], 1e-12, "α at most 1 + γ after many covered actuals");
        for (int row = 51; row < 100; row++) {
            a.add(List.of(point(row, 9)));
        }
        assertEquals(1.5, a.at(0, 100)[0][0], 1e-12, "α at least −γ after many misses");
    }

    @Test
    void rejects_stepsOutsideZeroToOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AdaptiveLevels(1.5, new double[] {0.8}, 1, 1));
        assertEquals("the adaptation step must be in [0, 1), got 1.5", e.getMessage());
    }

    /**
     * Held-out errors of standard deviation 2, then future errors of 1 (intervals too wide) or 3 (too
     * narrow): the nominal level misses its coverage by far; adapted, the long-run coverage is within
     * the Gibbs–Candès bound (max(α, 1−α) + γ)/(γT) of nominal.
     */
    @Test
    void underAScaleShift_adaptedCoverageComesToNominal_whereTheFixedLevelDoesNot() {
        Random random = new Random(7);
        double[] held = new double[200];
        for (int i = 0; i < held.length; i++) {
            held[i] = 2 * random.nextGaussian();
        }
        ConformalIntervals errors = new ConformalIntervals(new double[][] {held});
        int steps = 2000;
        double gamma = 0.05, bound = (0.8 + gamma) / (gamma * steps);
        for (double sd : new double[] {1, 3}) {
            AdaptiveLevels adapted = new AdaptiveLevels(gamma, new double[] {0.8}, 1, 1);
            int coveredAdapted = 0, coveredFixed = 0;
            for (int t = 0; t < steps; t++) {
                double e = sd * random.nextGaussian();
                double half = errors.halfWidthWithin(0, 0.8, adapted.at(0, t)[0][0]);
                coveredAdapted += Math.abs(e) <= half ? 1 : 0;
                coveredFixed += Math.abs(e) <= errors.halfWidth(0, 0.8) ? 1 : 0;
                adapted.add(List.of(new BacktestResult.Point(0, t, 0, t, e, new double[] {0}, new double[] {-half},
                        new double[] {half})));
            }
            double fixed = (double) coveredFixed / steps, adaptive = (double) coveredAdapted / steps;
            assertTrue(Math.abs(fixed - 0.8) > 0.1, "sd " + sd + ": the fixed level covered " + fixed);
            assertTrue(Math.abs(adaptive - 0.8) <= bound + 1e-12, "sd " + sd + ": adapted covered " + adaptive);
        }
    }
}
