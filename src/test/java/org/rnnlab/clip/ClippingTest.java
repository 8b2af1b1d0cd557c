package org.rnnlab.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.tensor.Parameter;

/** The clipping links on worked examples: global norm, per-parameter norm, value, the infinity norm. */
class ClippingTest {

    /** Two tensors whose gradients have norm √(144 + 225 + 36 + 324) = √729 = 27. */
    private static final double[][] NORM_27 = {{12, 15}, {6, 18}};

    @Test
    void clipByGlobalNorm_scalesANorm27GradientBy0point185_toNorm5() {
        ClipHarness h = new ClipHarness(ClipByGlobalNorm.l2(5.0), NORM_27);
        double[][] out = h.run();
        double scale = 5.0 / (27.0 + 1e-6); // ≈ 0.185185
        assertEquals(0.185185, scale, 1e-6);
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k < 2; k++) {
                assertEquals(NORM_27[i][k] * scale, out[i][k], 1e-15 * NORM_27[i][k]);
            }
        }
        assertEquals(5.0, ClipHarness.l2(out), 5e-6);
        assertEquals(27.0, h.info.normBefore(), 1e-14);
        assertEquals(5.0, h.info.normAfter(), 5e-6);
        assertTrue(h.info.clipped());
    }

    @Test
    void clipByGlobalNorm_scalesDownOnlyAboveThreshold() {
        // norm 27 against thresholds below, at (within the rule's 1e-6) and above it
        for (double tau : new double[] {26.9, 27.5, 100.0, 1e6}) {
            ClipHarness h = new ClipHarness(ClipByGlobalNorm.l2(tau), NORM_27);
            double[][] out = h.run();
            if (tau < 27.0) {
                assertTrue(h.info.clipped(), "tau " + tau);
                assertEquals(tau, ClipHarness.l2(out), tau * 1e-6, "tau " + tau);
            } else {
                assertFalse(h.info.clipped(), "tau " + tau);
                assertArrayEquals(NORM_27[0], out[0], 0.0);
                assertArrayEquals(NORM_27[1], out[1], 0.0);
                assertEquals(h.info.normBefore(), h.info.normAfter(), 0.0);
            }
        }
    }

    @Test
    void clipByGlobalNorm_usesPyTorchsRule_soANormWithinOneMillionthBelowTheThresholdIsScaledByNearlyOne() {
        // clip_grad_norm_: coefficient τ/(‖g‖ + 1e-6), applied when below 1
        ClipHarness h = new ClipHarness(ClipByGlobalNorm.l2(27.0), NORM_27);
        double[][] out = h.run();
        assertTrue(h.info.clipped());
        assertEquals(27.0 / (27.0 + 1e-6) * 12, out[0][0], 1e-14);
        ClipHarness below = new ClipHarness(ClipByGlobalNorm.l2(27.0 + 1e-6), NORM_27);
        below.run();
        assertFalse(below.info.clipped());
    }

    @Test
    void clipGradients_clipsInPlace_andReturnsTheNormBeforeClipping() {
        ClipHarness h = new ClipHarness(ClipByGlobalNorm.l2(5.0), NORM_27);
        List<Parameter> ps = h.parameters;
        double before = ClipByGlobalNorm.l2(5.0).clipGradients(ps);
        assertEquals(27.0, before, 1e-14);
        assertEquals(12 * 5.0 / (27.0 + 1e-6), ps.get(0).grad().data[0], 1e-14);
        assertEquals(5.0, Math.hypot(Math.hypot(ps.get(0).grad().data[0], ps.get(0).grad().data[1]),
                Math.hypot(ps.get(1).grad().data[0], ps.get(1).grad().data[1])), 5e-6);
        assertEquals(5.0, ClipByGlobalNorm.l2(5.0).clipGradients(ps), 5e-6, "second call reports the clipped norm");
    }

    @Test
    void clipByGlobalNorm_withTheInfinityNorm_measuresTheLargestMagnitude() {
        ClipHarness h = new ClipHarness(new ClipByGlobalNorm(2.0, NormType.INF), new double[] {3, -4}, new double[] {1});
        double[][] out = h.run();
        double scale = 2.0 / (4.0 + 1e-6);
        assertEquals(4.0, h.info.normBefore(), 0.0);
        assertEquals(4.0 * scale, h.info.normAfter(), 1e-15);
        assertEquals(3 * scale, out[0][0], 1e-15);
        assertEquals(-4 * scale, out[0][1], 1e-15);
        assertEquals(scale, out[1][0], 1e-15);
        ClipHarness l2 = new ClipHarness(ClipByGlobalNorm.l2(4.5), new double[] {3, -4}, new double[] {1});
        l2.run();
        assertTrue(l2.info.clipped(), "the L2 norm √26 is above 4.5");
        ClipHarness inf = new ClipHarness(new ClipByGlobalNorm(4.5, NormType.INF), new double[] {3, -4}, new double[] {1});
        inf.run();
        assertFalse(inf.info.clipped(), "the largest magnitude 4 is below 4.5");
    }

    @Test
    void clipByValue_clipsEachElementToPlusMinusTheLimit() {
        ClipHarness h = new ClipHarness(new ClipByValue(5.0), new double[] {7, -6, 3});
        double[][] out = h.run();
        assertArrayEquals(new double[] {5, -5, 3}, out[0], 0.0);
        assertTrue(h.info.clipped());
        assertEquals(Math.sqrt(49 + 36 + 9), h.info.normBefore(), 1e-15);
        assertEquals(Math.sqrt(25 + 25 + 9), h.info.normAfter(), 1e-15);
        ClipHarness inside = new ClipHarness(new ClipByValue(5.0), new double[] {5, -5, 0});
        assertArrayEquals(new double[] {5, -5, 0}, inside.run()[0], 0.0);
        assertFalse(inside.info.clipped());
    }

    @Test
    void clipByParameterNorm_clipsEachTensorOnItsOwn() {
        // p0 has norm 10 (above 2), p1 norm 1 (below): only p0 shrinks
        ClipHarness h = new ClipHarness(new ClipByParameterNorm(2.0, NormType.L2), new double[] {6, 8}, new double[] {0.6, -0.8});
        double[][] out = h.run();
        double scale = 2.0 / (10.0 + 1e-6);
        assertEquals(6 * scale, out[0][0], 1e-15);
        assertEquals(8 * scale, out[0][1], 1e-15);
        assertArrayEquals(new double[] {0.6, -0.8}, out[1], 0.0);
        assertTrue(h.info.clipped());
        assertEquals(Math.sqrt(101), h.info.normBefore(), 1e-14);
        assertEquals(Math.hypot(10 * scale, 1), h.info.normAfter(), 1e-14);
        // the global norm √101 ≈ 10.05 would have scaled p1 too
        ClipHarness global = new ClipHarness(ClipByGlobalNorm.l2(2.0), new double[] {6, 8}, new double[] {0.6, -0.8});
        assertTrue(global.run()[1][0] < 0.6 * 0.25);
    }

    @Test
    void clipping_recordsNothingClippedWhenAllIsBelowTheThreshold() {
        ClipHarness h = new ClipHarness(new ClipByParameterNorm(2.0, NormType.INF), new double[] {1, -1.5}, new double[] {0.5});
        double[][] out = h.run();
        assertFalse(h.info.clipped());
        assertArrayEquals(new double[] {1, -1.5}, out[0], 0.0);
        assertEquals(1.5, h.info.normBefore(), 0.0);
        assertEquals(1.5, h.info.normAfter(), 0.0);
    }

    @Test
    void clippingConfig_makesTheMatchingLink_andLabelsIt() {
        assertNull(Clipping.none().transform());
        assertEquals(ClipByGlobalNorm.l2(5.0), Clipping.globalNorm(5.0).transform());
        assertEquals(new ClipByParameterNorm(1.0, NormType.L2), Clipping.perParameter(1.0).transform());
        assertEquals(new ClipByValue(0.5), Clipping.value(0.5).transform());
        assertEquals("none", Clipping.none().label());
        assertEquals("global_norm(5.0)", Clipping.globalNorm(5.0).label());
        assertEquals("per_parameter(1.0, inf)", new Clipping(Clipping.Mode.PER_PARAMETER, 1.0, NormType.INF).label());
    }

    @Test
    void clipping_rejectsBadThresholds_namingThem() {
        assertMessage("maxNorm must be > 0, got -1.0", () -> ClipByGlobalNorm.l2(-1.0));
        assertMessage("maxNorm must be > 0, got 0.0", () -> new ClipByParameterNorm(0.0, NormType.L2));
        assertMessage("maxNorm must be > 0, got NaN", () -> ClipByGlobalNorm.l2(Double.NaN));
        assertMessage("maxNorm must be > 0, got Infinity", () -> ClipByGlobalNorm.l2(Double.POSITIVE_INFINITY));
        assertMessage("limit must be > 0, got -5.0", () -> new ClipByValue(-5.0));
        assertMessage("clipping threshold must be > 0, got 0.0", () -> Clipping.globalNorm(0.0));
        assertMessage("normType is required", () -> new ClipByGlobalNorm(1.0, null));
        assertMessage("mode and normType are required", () -> new Clipping(null, 1.0, NormType.L2));
    }

    static void assertMessage(String expected, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertEquals(expected, e.getMessage());
    }
}
