package org.rnnlab.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.tensor.ParameterKind;

/**
 * Two steps of every optimiser, computed by hand with PyTorch's update rules, on a 1-element
 * parameter {@code a} and a 2-element parameter {@code b}, all starting at 0, with learning rate
 * 0.1 and PyTorch's defaults. Gradients: step 1 a = 0.5, b = (−2, 0.1); step 2 a = 0.3, b = (−1, 0.4).
 * Each weight keeps the sign of its gradients, so the comparison at 1e-15 relative is not blunted
 * by cancellation.
 */
class OptimizerStepsTest {

    private static final double LR = 0.1;
    private static final double[][] STEP1 = {{0.5}, {-2.0, 0.1}};
    private static final double[][] STEP2 = {{0.3}, {-1.0, 0.4}};

    /** A parameter list, its update buffers and a chain's state, stepped like the trainer does. */
    static final class Harness {
        final Parameter a = Parameter.vector("a", ParameterKind.WEIGHT_IH, 0, 1);
        final Parameter b = Parameter.vector("b", ParameterKind.BIAS_IH, 0, 2);
        final List<Parameter> parameters = List.of(a, b);
        final Updates updates = new Updates(parameters);
        final StepInfo info = new StepInfo();
        final GradientTransform.State state;
        long step;

        Harness(GradientTransform transform) {
            state = transform.init(parameters);
        }

        /** Loads the gradients, runs the chain and applies the update. */
        void step(double[][] grads) {
            for (int i = 0; i < grads.length; i++) {
                System.arraycopy(grads[i], 0, parameters.get(i).grad().data, 0, grads[i].length);
            }
            updates.loadGradients();
            info.start(step++);
            state.update(updates, info);
            updates.applyToParameters();
        }

        void assertWeights(String when, double a0, double b0, double b1) {
            assertRelative(a0, a.value().data[0], when + ": a");
            assertRelative(b0, b.value().data[0], when + ": b[0]");
            assertRelative(b1, b.value().data[1], when + ": b[1]");
        }
    }

    static void assertRelative(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-15 * Math.abs(expected), what);
    }

    private static Harness run(OptimizerKind kind) {
        return new Harness(OptimizerConfig.of(kind, LR).transform());
    }

    @Test
    void sgd_twoSteps() {
        Harness h = run(OptimizerKind.SGD);
        h.step(STEP1);
        h.assertWeights("step 1", -0.1 * 0.5, -0.1 * -2.0, -0.1 * 0.1);
        h.step(STEP2);
        h.assertWeights("step 2", -0.05 - 0.1 * 0.3, 0.2 - 0.1 * -1.0, -0.01 - 0.1 * 0.4);
        assertEquals(LR, h.info.learningRate(), 0.0);
    }

    @Test
    void momentum_twoSteps_bufferIsMuTimesBufferPlusGradient() {
        Harness h = run(OptimizerKind.MOMENTUM);
        // b₁ = g₁ (0.9·0 + g₁); w₁ = −0.1·b₁
        h.step(STEP1);
        h.assertWeights("step 1", -0.05, 0.2, -0.01);
        // b₂ = 0.9·b₁ + g₂: a 0.45 + 0.3 = 0.75; b (−1.8 − 1, 0.09 + 0.4) = (−2.8, 0.49)
        h.step(STEP2);
        h.assertWeights("step 2", -0.05 - 0.1 * 0.75, 0.2 + 0.1 * 2.8, -0.01 - 0.1 * 0.49);
    }

    @Test
    void nesterov_twoSteps_updateIsGradientPlusMuTimesNewBuffer() {
        Harness h = run(OptimizerKind.NESTEROV);
        // b₁ = g₁; u₁ = g₁ + 0.9·b₁: a 0.5 + 0.45 = 0.95; b (−2 − 1.8, 0.1 + 0.09) = (−3.8, 0.19)
        h.step(STEP1);
        h.assertWeights("step 1", -0.1 * 0.95, 0.1 * 3.8, -0.1 * 0.19);
        // b₂ = (0.75; −2.8, 0.49); u₂ = g₂ + 0.9·b₂: a 0.3 + 0.675 = 0.975; b (−1 − 2.52, 0.4 + 0.441) = (−3.52, 0.841)
        h.step(STEP2);
        h.assertWeights("step 2", -0.095 - 0.1 * 0.975, 0.38 + 0.1 * 3.52, -0.019 - 0.1 * 0.841);
    }

    @Test
    void adagrad_twoSteps_epsilonOutsideTheSquareRoot() {
        Harness h = run(OptimizerKind.ADAGRAD);
        double eps = 1e-10;
        // s₁ = g₁²: a 0.25, b (4, 0.01); u₁ = g₁/(√s₁ + ε)
        double a1 = -0.1 * 0.5 / (0.5 + eps), b01 = -0.1 * -2.0 / (2.0 + eps), b11 = -0.1 * 0.1 / (0.1 + eps);
        h.step(STEP1);
        h.assertWeights("step 1", a1, b01, b11);
        // s₂ = s₁ + g₂²: a 0.34, b (5, 0.17)
        h.step(STEP2);
        h.assertWeights("step 2", a1 - 0.1 * 0.3 / (Math.sqrt(0.34) + eps), b01 - 0.1 * -1.0 / (Math.sqrt(5.0) + eps),
                b11 - 0.1 * 0.4 / (Math.sqrt(0.17) + eps));
    }

    @Test
    void rmsprop_twoSteps_epsilonOutsideTheSquareRoot() {
        Harness h = run(OptimizerKind.RMSPROP);
        double eps = 1e-8;
        // v₁ = 0.01·g₁²: a 0.0025, b (0.04, 0.0001); √v₁: a 0.05, b (0.2, 0.01)
        double a1 = -0.1 * 0.5 / (0.05 + eps), b01 = -0.1 * -2.0 / (0.2 + eps), b11 = -0.1 * 0.1 / (0.01 + eps);
        h.step(STEP1);
        h.assertWeights("step 1", a1, b01, b11);
        // v₂ = 0.99·v₁ + 0.01·g₂²: a 0.002475 + 0.0009 = 0.003375; b (0.0396 + 0.01, 0.000099 + 0.0016) = (0.0496, 0.001699)
        h.step(STEP2);
        h.assertWeights("step 2", a1 - 0.1 * 0.3 / (Math.sqrt(0.003375) + eps),
                b01 - 0.1 * -1.0 / (Math.sqrt(0.0496) + eps), b11 - 0.1 * 0.4 / (Math.sqrt(0.001699) + eps));
    }

    @Test
    void adam_twoSteps_withBiasCorrection() {
        Harness h = run(OptimizerKind.ADAM);
        double eps = 1e-8;
        // t = 1: m = 0.1·g, v = 0.001·g²; m̂ = m/0.1 = g, v̂ = v/0.001 = g², so u = g/(|g| + ε)
        double a1 = -0.1 * 0.5 / (0.5 + eps), b01 = -0.1 * -2.0 / (2.0 + eps), b11 = -0.1 * 0.1 / (0.1 + eps);
        h.step(STEP1);
        h.assertWeights("step 1", a1, b01, b11);
        // t = 2: m = 0.9·m + 0.1·g₂: a 0.045 + 0.03 = 0.075; b (−0.18 − 0.1, 0.009 + 0.04) = (−0.28, 0.049)
        //        v = 0.999·v + 0.001·g₂²: a 0.00024975 + 0.00009 = 0.00033975;
        //        b (0.003996 + 0.001, 0.00000999 + 0.00016) = (0.004996, 0.00016999)
        //        bias corrections 1 − 0.9² = 0.19 and 1 − 0.999² = 0.001999
        h.step(STEP2);
        h.assertWeights("step 2", a1 - 0.1 * (0.075 / 0.19) / (Math.sqrt(0.00033975 / 0.001999) + eps),
                b01 - 0.1 * (-0.28 / 0.19) / (Math.sqrt(0.004996 / 0.001999) + eps),
                b11 - 0.1 * (0.049 / 0.19) / (Math.sqrt(0.00016999 / 0.001999) + eps));
    }

    /** With gradients near ε, ε inside the square root would change the step by orders of magnitude. */
    @Test
    void epsilon_isAddedOutsideTheSquareRoot_forAdagradRmspropAndAdam() {
        Harness adagrad = run(OptimizerKind.ADAGRAD);
        adagrad.step(new double[][] {{1e-10}, {1e-10, 1e-10}});
        // √(1e-20) = 1e-10; u = 1e-10/(1e-10 + 1e-10) = 1/2 (inside: 1e-10/√(1e-20 + 1e-10) ≈ 1e-5)
        assertRelative(-0.1 * 0.5, adagrad.a.value().data[0], "adagrad");

        Harness rmsprop = run(OptimizerKind.RMSPROP);
        rmsprop.step(new double[][] {{1e-8}, {1e-8, 1e-8}});
        // v = 0.01·1e-16; √v = 1e-9; u = 1e-8/(1e-9 + 1e-8) = 1/1.1
        assertRelative(-0.1 / 1.1, rmsprop.a.value().data[0], "rmsprop");

        Harness adam = run(OptimizerKind.ADAM);
        adam.step(new double[][] {{1e-8}, {1e-8, 1e-8}});
        // m̂ = 1e-8, √v̂ = 1e-8; u = 1e-8/(1e-8 + 1e-8) = 1/2
        assertRelative(-0.1 * 0.5, adam.a.value().data[0], "adam");
    }

    @Test
    void adam_biasCorrection_isAccurateWhereOneMinusBetaToTheTCancels() {
        for (double beta : new double[] {0.0, 0.5, 0.9, 0.99, 0.999, 0.9999}) {
            for (long t : new long[] {1, 2, 3, 10, 1000, 100000}) {
                // 1 − βᵗ exactly, for the binary value of β
                java.math.BigDecimal power = new java.math.BigDecimal(beta).pow((int) t, java.math.MathContext.DECIMAL128);
                double exact = java.math.BigDecimal.ONE.subtract(power).doubleValue();
                assertEquals(exact, ScaleByAdam.biasCorrection(beta, t), 4e-16 * exact, "beta " + beta + ", t " + t);
            }
        }
    }

    @Test
    void adam_countsItsOwnSteps_soAFreshStateStartsItsBiasCorrectionAgain() {
        Harness first = run(OptimizerKind.ADAM);
        first.step(STEP1);
        Harness fresh = run(OptimizerKind.ADAM);
        fresh.step = 57; // the schedule's step number does not drive Adam's bias correction
        fresh.step(STEP1);
        assertEquals(first.a.value().data[0], fresh.a.value().data[0], 0.0);
        assertEquals(first.b.value().data[1], fresh.b.value().data[1], 0.0);
    }

    @Test
    void explicitLinks_giveTheSameStepsAsTheConfig() {
        Harness config = new Harness(new OptimizerConfig(OptimizerKind.ADAM, new Schedule.Constant(0.05), 0.9, 0.8, 0.99,
                0.99, 1e-6).transform());
        Harness links = new Harness(Chain.of(new ScaleByAdam(0.8, 0.99, 1e-6), new ScaleByLearningRate(new Schedule.Constant(0.05))));
        for (double[][] g : new double[][][] {STEP1, STEP2, STEP1}) {
            config.step(g);
            links.step(g);
        }
        assertEquals(links.a.value().data[0], config.a.value().data[0], 0.0);
        assertEquals(links.b.value().data[0], config.b.value().data[0], 0.0);
        assertEquals(links.b.value().data[1], config.b.value().data[1], 0.0);
    }
}
