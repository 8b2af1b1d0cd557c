package org.rnnlab.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.rnnlab.optim.StepInfo;
import org.rnnlab.optim.Updates;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.tensor.ParameterKind;

/** AGC against a hand-computed case (the reduction axis is a row), the head rule, and its properties. */
class AdaptiveClipTest {

    /**
     * W_hh of 4 units × 2 inputs, rows (3, 4), (0, 0), (1, 0), (0, 0); its gradient rows (0.6, 0.8),
     * (1e-5, 0), (0.05, 0), (0, 2). With λ = 0.1 and ε = 1e-3:
     * row 1: ‖G‖ = 1, ‖W‖ = 5, ratio 0.2 > 0.1, so G ← 0.1·5/1·G = (0.3, 0.4);
     * row 2: ‖W‖ = 0 → ε, ratio 1e-5/1e-3 = 0.01, unchanged;
     * row 3: ratio 0.05/1, unchanged;
     * row 4: ratio 2/1e-3 = 2000, so G ← 0.1·1e-3/2·G = (0, 1e-4).
     * The bias (1, 2, 2), ‖b‖ = 3, with gradient (1, 0, 0): ratio 1/3, so it becomes (0.3, 0, 0).
     * Clipping by columns instead would give other numbers (column 1 of G has norm 0.602, of W √10).
     */
    private static final double[][] W_ROWS = {{3, 4}, {0, 0}, {1, 0}, {0, 0}};
    private static final double[][] G_ROWS = {{0.6, 0.8}, {1e-5, 0}, {0.05, 0}, {0, 2}};
    private static final double[][] EXPECTED_ROWS = {{0.3, 0.4}, {1e-5, 0}, {0.05, 0}, {0, 1e-4}};

    @Test
    void clipsEachRowOfAWeightMatrixAndTheBiasAsOneUnit_asComputedByHand() {
        Case c = new Case(AdaptiveClip.of(0.1));
        c.run();
        for (int r = 0; r < 4; r++) {
            for (int k = 0; k < 2; k++) {
                assertEquals(EXPECTED_ROWS[r][k], c.updates.values(0)[k * 4 + r], 1e-15, "row " + (r + 1) + ", column " + (k + 1));
            }
        }
        assertArrayEquals(new double[] {0.3, 0, 0}, c.updates.values(1), 1e-15);
        assertArrayEquals(new double[] {5, 5}, c.updates.values(2), 0.0, "the head is left alone by default");
        assertEquals(0.1, c.info.threshold());
        assertEquals(3.0 / 5.0, c.info.clippedShare(), 1e-15, "3 of the 5 units (4 rows, 1 bias) clipped");
        assertTrue(c.info.clipped());
        assertTrue(c.info.normAfter() < c.info.normBefore());
    }

    @Test
    void withTheHeadIncludedItsRowIsClippedToo() {
        Case c = new Case(new AdaptiveClip(0.1, AdaptiveClip.DEFAULT_EPS, true));
        c.run();
        // head row (1, 1), ‖W‖ = √2; gradient (5, 5), ‖G‖ = 5√2: scaled by 0.1·√2/(5√2) = 0.02
        assertArrayEquals(new double[] {0.1, 0.1}, c.updates.values(2), 1e-15);
        assertEquals(4.0 / 6.0, c.info.clippedShare(), 1e-15);
    }

    @Test
    void belowTheThresholdNothingChanges() {
        Case c = new Case(AdaptiveClip.of(1e4));
        c.run();
        for (int r = 0; r < 4; r++) {
            for (int k = 0; k < 2; k++) {
                assertEquals(G_ROWS[r][k], c.updates.values(0)[k * 4 + r], 0.0);
            }
        }
        assertEquals(0.0, c.info.clippedShare());
        assertEquals(c.info.normBefore(), c.info.normAfter(), 0.0);
    }

    @Test
    void neverRaisesAUnitsNormKeepsItsDirectionAndCapsItAtLambdaTimesItsWeights() {
        Random rng = new Random(3);
        for (int trial = 0; trial < 300; trial++) {
            int rows = 1 + rng.nextInt(5), cols = 1 + rng.nextInt(4);
            double lambda = Math.pow(10, rng.nextInt(5) - 3);
            Parameter p = Parameter.matrix("weight_hh_l0", ParameterKind.WEIGHT_HH, 0, rows, cols);
            double wScale = Math.pow(10, rng.nextInt(7) - 4), gScale = Math.pow(10, rng.nextInt(9) - 4);
            for (int i = 0; i < p.size(); i++) {
                p.value().data[i] = rng.nextBoolean() ? 0.0 : rng.nextGaussian() * wScale;
                p.grad().data[i] = rng.nextGaussian() * gScale;
            }
            Updates u = new Updates(List.of(p));
            u.loadGradients();
            StepInfo info = new StepInfo();
            info.start(trial);
            AdaptiveClip.of(lambda).init(List.of(p)).update(u, info);
            for (int r = 0; r < rows; r++) {
                double g = AdaptiveClip.strided(p.grad().data, r, rows, cols);
                double out = AdaptiveClip.strided(u.values(0), r, rows, cols);
                double cap = lambda * Math.max(AdaptiveClip.strided(p.value().data, r, rows, cols), AdaptiveClip.DEFAULT_EPS);
                String where = "trial " + trial + ", row " + (r + 1);
                assertTrue(out <= g * (1 + 1e-15), where + ": norm rose from " + g + " to " + out);
                if (g <= cap) {
                    for (int k = 0; k < cols; k++) {
                        assertEquals(p.grad().data[k * rows + r], u.values(0)[k * rows + r], 0.0, where + ": below λ it changed");
                    }
                } else {
                    assertEquals(cap, out, 1e-12 * cap, where + ": a clipped unit's norm is λ·max(‖W‖, ε)");
                    double ratio = u.values(0)[r] / p.grad().data[r];
                    for (int k = 1; k < cols; k++) {
                        assertEquals(ratio, u.values(0)[k * rows + r] / p.grad().data[k * rows + r], 1e-12 * ratio, where + ": direction");
                    }
                }
            }
        }
    }

    @Test
    void badSettingsAreRefusedWithTheirValues() {
        assertEquals("AGC's lambda must be > 0, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> AdaptiveClip.of(0)).getMessage());
        assertEquals("AGC's eps must be > 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> new AdaptiveClip(0.1, -1, false)).getMessage());
        assertEquals("agc(λ=0.01)", AdaptiveClip.of(0.01).label());
        assertEquals("agc(λ=0.01, ε=1.0E-4, head)", new AdaptiveClip(0.01, 1e-4, true).label());
    }

    /** The W_hh, bias and head of the hand-computed case, with their gradients. */
    private static final class Case {
        final List<Parameter> parameters;
        final Updates updates;
        final StepInfo info = new StepInfo();
        final AdaptiveClip rule;

        Case(AdaptiveClip rule) {
            this.rule = rule;
            Parameter w = Parameter.matrix("weight_hh_l0", ParameterKind.WEIGHT_HH, 0, 4, 2);
            for (int r = 0; r < 4; r++) {
                for (int k = 0; k < 2; k++) {
                    w.value().data[k * 4 + r] = W_ROWS[r][k];
                    w.grad().data[k * 4 + r] = G_ROWS[r][k];
                }
            }
            Parameter b = Parameter.vector("bias_hh_l0", ParameterKind.BIAS_HH, 0, 3);
            System.arraycopy(new double[] {1, 2, 2}, 0, b.value().data, 0, 3);
            System.arraycopy(new double[] {1, 0, 0}, 0, b.grad().data, 0, 3);
            Parameter head = Parameter.matrix("head.weight", ParameterKind.HEAD_WEIGHT, -1, 1, 2);
            System.arraycopy(new double[] {1, 1}, 0, head.value().data, 0, 2);
            System.arraycopy(new double[] {5, 5}, 0, head.grad().data, 0, 2);
            parameters = List.of(w, b, head);
            updates = new Updates(parameters);
        }

        void run() {
            updates.loadGradients();
            info.start(0);
            rule.init(parameters).update(updates, info);
        }
    }
}
