package org.rnnlab.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of clipping over random gradients (several tensors, magnitudes from 1e-6 to 1e6) and
 * thresholds: it never raises the norm, norm clipping keeps the direction, clipping again changes
 * (next to) nothing, and a gradient below the threshold passes untouched.
 */
class ClippingPropertiesTest {

    private static final String SEED = "20240611";

    @Provide
    Arbitrary<double[][]> gradients() {
        Arbitrary<double[]> tensor = Arbitraries.doubles().between(-1.0, 1.0).array(double[].class).ofMinSize(1).ofMaxSize(7);
        Arbitrary<Integer> exponent = Arbitraries.integers().between(-6, 6);
        return Combinators.combine(tensor.array(double[][].class).ofMinSize(1).ofMaxSize(4), exponent).as((g, e) -> {
            double scale = Math.pow(10, e);
            for (double[] t : g) {
                for (int k = 0; k < t.length; k++) {
                    t[k] *= scale;
                }
            }
            return g;
        }).filter(g -> ClipHarness.l2(g) > 0.0);
    }

    @Provide
    Arbitrary<Double> thresholds() {
        return Arbitraries.integers().between(-4, 4).flatMap(e -> Arbitraries.doubles().between(1.0, 9.99).map(m -> m * Math.pow(10, e)));
    }

    private static double cosine(double[][] a, double[][] b) {
        double dot = 0.0;
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < a[i].length; k++) {
                dot += a[i][k] * b[i][k];
            }
        }
        return dot / (ClipHarness.l2(a) * ClipHarness.l2(b));
    }

    @Property(tries = 400, seed = SEED)
    void globalNorm_neverRaisesTheNorm_andKeepsTheDirection(@ForAll("gradients") double[][] g, @ForAll("thresholds") double tau) {
        ClipHarness h = new ClipHarness(ClipByGlobalNorm.l2(tau), g);
        double[][] out = h.run();
        double before = ClipHarness.l2(g), after = ClipHarness.l2(out);
        assertTrue(after <= before, "norm rose from " + before + " to " + after);
        assertTrue(after <= tau * (1 + 1e-15), "norm " + after + " above the threshold " + tau);
        assertEquals(1.0, cosine(g, out), 1e-12);
        assertEquals(before, h.info.normBefore(), 1e-14 * before);
        assertEquals(after, h.info.normAfter(), 1e-14 * before);
    }

    @Property(tries = 400, seed = SEED)
    void globalNorm_onlyScalesDownAboveThreshold(@ForAll("gradients") double[][] g, @ForAll("thresholds") double tau) {
        ClipHarness h = new ClipHarness(ClipByGlobalNorm.l2(tau), g);
        double[][] out = h.run();
        double norm = ClipHarness.l2(g);
        if (norm + 1e-6 <= tau) {
            assertFalse(h.info.clipped());
            for (int i = 0; i < g.length; i++) {
                assertArrayEquals(g[i], out[i], 0.0);
            }
        } else {
            assertTrue(h.info.clipped());
            assertEquals(tau * norm / (norm + 1e-6), ClipHarness.l2(out), 1e-14 * tau);
        }
    }

    /**
     * Clipping an already clipped gradient: PyTorch's rule divides by ‖g‖ + 1e-6, so the second pass
     * can scale by τ/(τ' + 1e-6) with τ' just under τ, a change below 1e-6/τ relative; nothing more.
     */
    @Property(tries = 400, seed = SEED)
    void globalNorm_clippingTwiceEqualsClippingOnce_toTheRulesEpsilon(@ForAll("gradients") double[][] g,
            @ForAll("thresholds") double tau) {
        ClipHarness h = new ClipHarness(ClipByGlobalNorm.l2(tau), g);
        double[][] once = h.run();
        double[][] twice = h.runOn(once);
        double bound = 1e-6 / tau + 1e-15;
        for (int i = 0; i < g.length; i++) {
            for (int k = 0; k < g[i].length; k++) {
                assertEquals(once[i][k], twice[i][k], bound * Math.abs(once[i][k]) + 1e-300);
            }
        }
    }

    @Property(tries = 400, seed = SEED)
    void perParameterAndInfinityNorm_neverRaiseAnyTensorsNorm_andKeepEachDirection(@ForAll("gradients") double[][] g,
            @ForAll("thresholds") double tau) {
        for (NormType type : NormType.values()) {
            ClipHarness h = new ClipHarness(new ClipByParameterNorm(tau, type), g);
            double[][] out = h.run();
            for (int i = 0; i < g.length; i++) {
                double before = type.of(g[i]), after = type.of(out[i]);
                assertTrue(after <= before, type + " tensor " + i + " rose from " + before + " to " + after);
                assertTrue(after <= tau * (1 + 1e-15), type + " tensor " + i + " above the threshold");
                if (before > 0.0) {
                    assertEquals(1.0, cosine(new double[][] {g[i]}, new double[][] {out[i]}), 1e-12);
                }
                if (before + 1e-6 <= tau) {
                    assertArrayEquals(g[i], out[i], 0.0);
                }
            }
        }
    }

    @Property(tries = 400, seed = SEED)
    void value_neverRaisesTheNorm_boundsEveryElement_andIsIdempotent(@ForAll("gradients") double[][] g,
            @ForAll("thresholds") double limit) {
        ClipHarness h = new ClipHarness(new ClipByValue(limit), g);
        double[][] once = h.run();
        assertTrue(ClipHarness.l2(once) <= ClipHarness.l2(g));
        boolean changed = false;
        for (int i = 0; i < g.length; i++) {
            for (int k = 0; k < g[i].length; k++) {
                assertTrue(Math.abs(once[i][k]) <= limit);
                assertEquals(Math.signum(g[i][k]), Math.signum(once[i][k]), 0.0);
                changed |= once[i][k] != g[i][k];
            }
        }
        assertEquals(changed, h.info.clipped());
        double[][] twice = h.runOn(once);
        for (int i = 0; i < g.length; i++) {
            assertArrayEquals(once[i], twice[i], 0.0);
        }
        assertFalse(h.info.clipped());
    }
}
