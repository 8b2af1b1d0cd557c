package org.rnnlab.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * AutoClip's threshold against NumPy's percentile on a recorded history, its two orders, its
 * bounded history, its growth past the first capacity, and the properties of its clipping.
 */
class AutoClipTest {

    /** A recorded history of gradient norms (one per step). */
    private static final double[] HISTORY = {3.7, 0.42, 1.9, 12.5, 0.88, 2.25, 5.1, 0.07, 1.33, 7.75, 0.95, 2.6};

    /*
     * The expected numbers below were produced with NumPy 1.24.2 (Debian python3-numpy) by
     *   import numpy as np
     *   h = [3.7, 0.42, 1.9, 12.5, 0.88, 2.25, 5.1, 0.07, 1.33, 7.75, 0.95, 2.6]
     *   [repr(float(np.percentile(h, p))) for p in (10, 50, 90, 37.5, 100)]
     *   [repr(float(np.percentile(h[:t+1], 10))) for t in range(12)]                 # paper order
     *   [repr(float(np.percentile(h[max(0, t+1-4):t+1], 10))) for t in range(12)]    # window 4
     * and are compared bit for bit.
     */
    private static final double[] NUMPY_WHOLE = {0.466, 2.075, 7.485000000000001, 1.40125, 12.5};
    private static final double[] NUMPY_PAPER_P10 = {3.7, 0.748, 0.716, 0.8640000000000001, 0.604, 0.65, 0.6960000000000001,
        0.315, 0.35, 0.385, 0.42, 0.466};
    private static final double[] NUMPY_WINDOW4_P10 = {3.7, 0.748, 0.716, 0.8640000000000001, 0.558, 1.186,
        1.2910000000000001, 0.31300000000000006, 0.44800000000000006, 0.44800000000000006, 0.334, 1.064};

    @Test
    void percentileEqualsNumpysBitForBit() {
        double[] sorted = HISTORY.clone();
        Arrays.sort(sorted);
        double[] p = {10, 50, 90, 37.5, 100};
        for (int i = 0; i < p.length; i++) {
            assertEquals(NUMPY_WHOLE[i], AutoClip.percentile(sorted, sorted.length, p[i]), 0.0, "p = " + p[i]);
        }
    }

    @Test
    void paperOrder_takesThePercentileOfTheHistoryIncludingTheCurrentNorm() {
        double[] applied = thresholds(AutoClip.paper(10));
        for (int t = 0; t < HISTORY.length; t++) {
            assertEquals(NUMPY_PAPER_P10[t], applied[t], 0.0, "step " + (t + 1));
        }
    }

    @Test
    void priorOrder_leavesTheFirstStepUnclippedAndUsesOnlyEarlierNorms() {
        double[] applied = thresholds(new AutoClip(10, AutoClip.Order.PRIOR, 0));
        assertTrue(Double.isNaN(applied[0]), "the first step has no threshold");
        for (int t = 1; t < HISTORY.length; t++) {
            assertEquals(NUMPY_PAPER_P10[t - 1], applied[t], 0.0, "step " + (t + 1));
        }
        ClipHarness h = new ClipHarness(new AutoClip(10, AutoClip.Order.PRIOR, 0), new double[] {HISTORY[0]});
        h.run();
        assertFalse(h.info.clipped());
        assertEquals(0.0, h.info.clippedShare());
    }

    @Test
    void aBoundedHistoryKeepsOnlyTheLastNorms() {
        double[] applied = thresholds(new AutoClip(10, AutoClip.Order.PAPER, 4));
        for (int t = 0; t < HISTORY.length; t++) {
            assertEquals(NUMPY_WINDOW4_P10[t], applied[t], 0.0, "step " + (t + 1));
        }
    }

    @Test
    void aLongUnboundedHistoryGrowsPastItsFirstCapacityAndStaysExact() {
        Random rng = new Random(7);
        int steps = AutoClip.INITIAL_CAPACITY * 2 + 17;
        ClipHarness h = new ClipHarness(AutoClip.paper(25), new double[] {1.0});
        double[] seen = new double[steps];
        for (int t = 0; t < steps; t++) {
            seen[t] = Math.exp(rng.nextGaussian());
            h.runOn(new double[][] {{seen[t]}});
            double[] sorted = Arrays.copyOf(seen, t + 1);
            Arrays.sort(sorted);
            assertEquals(AutoClip.percentile(sorted, t + 1, 25), h.info.threshold(), 0.0, "step " + (t + 1));
        }
    }

    @Test
    void clipsToTheAppliedThresholdWithTheGlobalNormRule() {
        // paper order, p = 50: history {10, 2} → τ = 6 at step 2, so a norm-2 gradient passes; then
        // history {10, 2, 30} → τ = 10 and the gradient (18, 24) of norm 30 is scaled by 10 / (30 + 1e-6)
        ClipHarness h = new ClipHarness(AutoClip.paper(50), new double[] {6, 8});
        h.runOn(new double[][] {{6, 8}});
        double[][] second = h.runOn(new double[][] {{1.2, 1.6}});
        assertEquals(6.0, h.info.threshold(), 0.0);
        assertFalse(h.info.clipped());
        assertEquals(1.2, second[0][0], 0.0);
        double[][] third = h.runOn(new double[][] {{18, 24}});
        assertEquals(10.0, h.info.threshold(), 0.0);
        assertTrue(h.info.clipped());
        assertEquals(1.0, h.info.clippedShare());
        double scale = 10.0 / (30.0 + 1e-6);
        assertEquals(18 * scale, third[0][0], 1e-15);
        assertEquals(24 * scale, third[0][1], 1e-15);
        assertEquals(30.0, h.info.normBefore(), 1e-14);
    }

    @Test
    void neverRaisesTheNormKeepsTheDirectionAndIsTheIdentityBelowItsThreshold() {
        Random rng = new Random(11);
        for (AutoClip rule : new AutoClip[] {AutoClip.paper(10), new AutoClip(90, AutoClip.Order.PRIOR, 5)}) {
            ClipHarness h = new ClipHarness(rule, new double[3], new double[2]);
            for (int t = 0; t < 200; t++) {
                double scale = Math.pow(10, rng.nextInt(9) - 4);
                double[][] g = {{rng.nextGaussian() * scale, rng.nextGaussian() * scale, rng.nextGaussian() * scale},
                    {rng.nextGaussian() * scale, rng.nextGaussian() * scale}};
                double before = ClipHarness.l2(g);
                double[][] out = h.runOn(new double[][] {g[0].clone(), g[1].clone()});
                double after = ClipHarness.l2(out);
                String where = rule.label() + ", step " + (t + 1);
                assertTrue(after <= before * (1 + 1e-15), where + ": norm rose from " + before + " to " + after);
                if (!h.info.clipped()) {
                    assertEquals(g[0][0], out[0][0], 0.0, where);
                    assertEquals(g[1][1], out[1][1], 0.0, where);
                    assertTrue(Double.isNaN(h.info.threshold()) || before <= h.info.threshold() + 1e-6, where);
                } else {
                    double ratio = out[0][0] / g[0][0];
                    assertEquals(ratio, out[1][0] / g[1][0], 1e-12 * ratio, where + ": direction");
                    assertTrue(after <= h.info.threshold() * (1 + 1e-12), where + ": " + after + " above τ " + h.info.threshold());
                }
            }
        }
    }

    @Test
    void badSettingsAreRefusedWithTheirValues() {
        assertMessage("AutoClip's percentile p must be in (0, 100], got 0.0", () -> AutoClip.paper(0));
        assertMessage("AutoClip's percentile p must be in (0, 100], got 101.0", () -> AutoClip.paper(101));
        assertMessage("AutoClip's window must be >= 0 (0 keeps the whole history), got -1",
                () -> new AutoClip(10, AutoClip.Order.PAPER, -1));
        assertMessage("AutoClip needs an order (paper or prior)", () -> new AutoClip(10, null, 0));
        assertEquals("autoclip(p=10, prior, window 500)", new AutoClip(10, AutoClip.Order.PRIOR, 500).label());
    }

    /** The thresholds the rule applied at each step of {@link #HISTORY} (a one-element gradient of that norm). */
    private static double[] thresholds(AutoClip rule) {
        ClipHarness h = new ClipHarness(rule, new double[] {1.0});
        double[] out = new double[HISTORY.length];
        for (int t = 0; t < HISTORY.length; t++) {
            h.runOn(new double[][] {{HISTORY[t]}});
            out[t] = h.info.threshold();
        }
        return out;
    }

    private static void assertMessage(String expected, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertEquals(expected, e.getMessage());
    }
}
