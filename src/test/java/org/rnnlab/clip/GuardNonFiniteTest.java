package org.rnnlab.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rnnlab.optim.GradientTransform;

/**
 * The non-finite policy: error, skip (with its consecutive limit) and shrink, and what counts as
 * non-finite. Parameter p0 is the recurrent weight matrix (kind WEIGHT_HH), the others are not.
 */
class GuardNonFiniteTest {

    private static final double NAN = Double.NaN, INF = Double.POSITIVE_INFINITY;
    private static final double[][] FINITE = {{1, 2}, {3, 4, 5}, {6}};
    private static final double[][] BAD = {{1, 2}, {3, NAN, -INF}, {INF}};

    private static void setGradients(ClipHarness h, double[][] g) {
        for (int i = 0; i < g.length; i++) {
            System.arraycopy(g[i], 0, h.parameters.get(i).grad().data, 0, g[i].length);
        }
    }

    @Test
    void error_stopsNamingTheStepAndTheFirstParameterThatWentNonFinite() {
        ClipHarness h = new ClipHarness(new GuardNonFinite(NonFinitePolicy.error()), FINITE);
        h.run();
        h.run();
        assertFalse(h.info.stopped());
        setGradients(h, BAD);
        double[][] out = h.run();
        assertTrue(h.info.stopped());
        assertFalse(h.info.skipped());
        assertEquals("non-finite gradient at step 3: p1 has 1 NaN and 1 infinite gradient elements", h.info.note());
        assertArrayEquals(BAD[1], out[1], 0.0, "a stop leaves the updates as they were");
    }

    @Test
    void error_describesASingleInfiniteElement() {
        ClipHarness h = new ClipHarness(new GuardNonFinite(NonFinitePolicy.error()), new double[] {1}, new double[] {-INF, 0});
        h.run();
        assertTrue(h.info.stopped());
        assertEquals("non-finite gradient at step 1: p1 has 1 infinite gradient element", h.info.note());
    }

    @Test
    void finiteElementsWhoseNormOverflows_countAsNonFinite() {
        // four elements of 1e308: each finite, the norm 2e308 is not
        ClipHarness one = new ClipHarness(new GuardNonFinite(NonFinitePolicy.error()), new double[] {0.5},
                new double[] {1e308, 1e308, -1e308, 1e308});
        one.run();
        assertTrue(one.info.stopped());
        assertEquals("non-finite gradient at step 1: p1 has a gradient norm that overflows (Infinity)", one.info.note());

        // each tensor's norm √2·1e308 is finite, together 2e308 is not
        ClipHarness two = new ClipHarness(new GuardNonFinite(NonFinitePolicy.error()), new double[] {1e308, 1e308},
                new double[] {1e308, -1e308});
        two.run();
        assertTrue(two.info.stopped());
        assertEquals("non-finite gradient at step 1: the global gradient norm overflows", two.info.note());
    }

    @Test
    void finiteGradients_passUnchanged() {
        ClipHarness h = new ClipHarness(new GuardNonFinite(NonFinitePolicy.error()), new double[] {1e300, -1e300}, new double[] {3});
        double[][] out = h.run();
        assertArrayEquals(new double[] {1e300, -1e300}, out[0], 0.0);
        assertArrayEquals(new double[] {3}, out[1], 0.0);
        assertFalse(h.info.skipped());
        assertNull(h.info.note());
    }

    @Test
    void skip_zeroesTheUpdate_andMarksTheStepSkipped() {
        ClipHarness h = new ClipHarness(new GuardNonFinite(NonFinitePolicy.skip(3)), BAD);
        double[][] out = h.run();
        for (double[] u : out) {
            for (double v : u) {
                assertEquals(0.0, v, 0.0);
            }
        }
        assertTrue(h.info.skipped());
        assertEquals("skipped step 1: p1 has 1 NaN and 1 infinite gradient elements", h.info.note());
    }

    @Test
    void skip_stopsAtTheNthConsecutiveNonFiniteStep_andAFiniteStepResetsTheCount() {
        ClipHarness h = new ClipHarness(new GuardNonFinite(NonFinitePolicy.skip(3)), BAD);
        h.run(); // 1 in a row
        h.run(); // 2
        setGradients(h, FINITE);
        h.run(); // reset
        assertFalse(h.info.skipped());
        setGradients(h, BAD);
        h.run(); // 1
        h.run(); // 2
        assertTrue(h.info.skipped());
        assertFalse(h.info.stopped());
        h.run(); // 3: stop
        assertTrue(h.info.stopped());
        assertFalse(h.info.skipped(), "the stopping step is not counted as skipped");
        assertEquals("non-finite gradient at 3 steps in a row (step 6): p1 has 1 NaN and 1 infinite gradient elements",
                h.info.note());
    }

    @Test
    void skip_withALimitOfOne_stopsAtTheFirstNonFiniteStep() {
        ClipHarness h = new ClipHarness(new GuardNonFinite(NonFinitePolicy.skip(1)), BAD);
        h.run();
        assertTrue(h.info.stopped());
        assertTrue(h.info.note().startsWith("non-finite gradient at 1 step (step 1): p1"), h.info.note());
    }

    @Test
    void shrink_setsTheRecurrentWeightsUpdateToFactorTimesWhh_andZeroesTheRest() {
        ClipHarness h = new ClipHarness(new GuardNonFinite(NonFinitePolicy.shrink(0.25)), BAD);
        double[] whh = h.parameters.get(0).value().data;
        whh[0] = 2.0;
        whh[1] = -6.0;
        h.parameters.get(1).value().data[0] = 9.0;
        double[][] out = h.run();
        assertArrayEquals(new double[] {0.25 * 2.0, 0.25 * -6.0}, out[0], 0.0);
        assertArrayEquals(new double[] {0, 0, 0}, out[1], 0.0);
        assertArrayEquals(new double[] {0}, out[2], 0.0);
        assertFalse(h.info.skipped());
        assertEquals("shrank the recurrent weights at step 1: p1 has 1 NaN and 1 infinite gradient elements", h.info.note());
    }

    @Test
    void shrink_thenClipping_measuresTheShrunkUpdates_notTheNonFiniteGradient() {
        ClipHarness h = new ClipHarness(new GuardNonFinite(NonFinitePolicy.shrink(0.5)), BAD);
        double[] whh = h.parameters.get(0).value().data;
        whh[0] = 6.0;
        whh[1] = 8.0;
        GradientTransform.State clip = ClipByGlobalNorm.l2(100.0).init(h.parameters);
        h.run();
        clip.update(h.updates, h.info);
        assertEquals(5.0, h.info.normBefore(), 0.0, "the norm of 0.5·(6, 8)");
        assertFalse(h.info.clipped());
    }

    @Test
    void policies_rejectBadSettings_namingThem() {
        ClippingTest.assertMessage("maxConsecutive must be >= 1, got 0", () -> NonFinitePolicy.skip(0));
        ClippingTest.assertMessage("shrinkFactor must be > 0, got -0.1", () -> NonFinitePolicy.shrink(-0.1));
        ClippingTest.assertMessage("shrinkFactor must be > 0, got NaN", () -> NonFinitePolicy.shrink(Double.NaN));
        ClippingTest.assertMessage("a non-finite policy needs an action", () -> new NonFinitePolicy(null, 1, 0.1));
        ClippingTest.assertMessage("a policy is required", () -> new GuardNonFinite(null));
    }
}
