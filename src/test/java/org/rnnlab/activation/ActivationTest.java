package org.rnnlab.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The scalar value and derivative of every activation: derivatives against central differences,
 * finiteness at extreme inputs, precision near 0, and the textbook spot values.
 */
class ActivationTest {

    /** Kinds whose derivative jumps at 0, where a finite difference straddling 0 means nothing. */
    private static final Set<ActivationKind> KINKED = Set.of(ActivationKind.RELU, ActivationKind.LEAKY_RELU,
            ActivationKind.PRELU, ActivationKind.LOGMIN);

    private static final double[] EXTREMES = {0.0, 1e-12, -1e-12, 1e6, -1e6, 1e300, -1e300};

    /** Points spread over several scales: mostly in [-6, 6], some out to ±1e3. */
    private static double[] randomPoints(long seed, int count) {
        Random rng = new Random(seed);
        double[] xs = new double[count];
        for (int i = 0; i < count; i++) {
            double x = switch (i % 4) {
                case 0, 1 -> 12.0 * rng.nextDouble() - 6.0;
                case 2 -> (rng.nextBoolean() ? 1 : -1) * Math.pow(10.0, 5.0 * rng.nextDouble() - 2.0);
                default -> rng.nextGaussian();
            };
            xs[i] = x;
        }
        return xs;
    }

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void derivative_matchesCentralDifference(ActivationKind kind) {
        Activation f = kind.create();
        int compared = 0;
        for (double x : randomPoints(kind.ordinal() + 1, 2000)) {
            if (KINKED.contains(kind) && Math.abs(x) < 1e-3) {
                continue;
            }
            double h = 1e-5 * Math.max(1.0, Math.abs(x));
            double numeric = (f.value(x + h) - f.value(x - h)) / (2.0 * h);
            double analytic = f.derivative(x, f.value(x));
            // central difference: truncation ~h²·f''', rounding ~1e-16·|f|/h
            double tolerance = 1e-7 * Math.max(1.0, Math.abs(analytic)) + 1e-16 * Math.abs(f.value(x)) / h * 4;
            assertEquals(numeric, analytic, tolerance, () -> kind + " at x = " + x);
            compared++;
        }
        assertTrue(compared > 1900, "too few points compared: " + compared);
    }

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void valueAndDerivative_areFiniteAtExtremeInputs(ActivationKind kind) {
        Activation f = kind.create();
        for (double x : EXTREMES) {
            double y = f.value(x);
            double d = f.derivative(x, y);
            assertTrue(Double.isFinite(y), () -> kind + ".value(" + x + ") = " + y);
            assertTrue(Double.isFinite(d), () -> kind + ".derivative(" + x + ") = " + d);
            assertTrue(d >= 0.0, () -> kind + ".derivative(" + x + ") = " + d + " is negative");
        }
    }

    /** f(0) = 0 for all but sigmoid and softplus; then f(x)/x must be f'(0) to full precision at |x| = 1e-12. */
    @ParameterizedTest
    @EnumSource(value = ActivationKind.class, names = {"SIGMOID", "SOFTPLUS"}, mode = EnumSource.Mode.EXCLUDE)
    void value_isExactNearZero(ActivationKind kind) {
        Activation f = kind.create();
        assertEquals(0.0, f.value(0.0), 0.0, kind + "(0)");
        for (double x : new double[] {1e-12, -1e-12, 3e-300, -3e-300}) {
            double slope = f.derivative(x, f.value(x));
            assertEquals(slope, f.value(x) / x, 1e-11 * slope, () -> kind + "(" + x + ")/x");
        }
    }

    @Test
    void sigmoid_isOneHalfAtZero_andItsDerivativeAtMostAQuarter_withTheMaximumAtZero() {
        Activation s = ActivationKind.SIGMOID.create();
        assertEquals(0.5, s.value(0.0), 0.0);
        assertEquals(0.25, s.derivative(0.0, s.value(0.0)), 0.0);
        for (double x : randomPoints(11, 5000)) {
            double d = s.derivative(x, s.value(x));
            assertTrue(d <= 0.25, () -> "sigmoid'(" + x + ") = " + d);
            if (Math.abs(x) > 1e-4) {
                assertTrue(d < 0.25, () -> "sigmoid'(" + x + ") = " + d + " reaches the maximum away from 0");
            }
        }
        // the analytic values around the maximum
        assertEquals(Math.exp(-1.0) / Math.pow(1.0 + Math.exp(-1.0), 2), s.derivative(1.0, s.value(1.0)), 1e-15);
        assertEquals(s.derivative(2.0, s.value(2.0)), s.derivative(-2.0, s.value(-2.0)), 1e-15);
    }

    @Test
    void sigmoid_saturatesToZeroAndOneWithoutOverflow() {
        Activation s = ActivationKind.SIGMOID.create();
        assertEquals(1.0, s.value(1e6), 0.0);
        assertEquals(0.0, s.value(-1e6), 0.0);
        assertEquals(Math.exp(-700.0), s.value(-700.0), 1e-15 * Math.exp(-700.0));
    }

    @Test
    void softplus_derivativeIsTheLogisticSigmoid() {
        Activation sp = ActivationKind.SOFTPLUS.create();
        for (double x : randomPoints(12, 3000)) {
            double logistic = 1.0 / (1.0 + Math.exp(-x));
            assertEquals(logistic, sp.derivative(x, sp.value(x)), 1e-15 * logistic + 1e-300, () -> "softplus'(" + x + ")");
        }
        assertEquals(0.5, sp.derivative(0.0, sp.value(0.0)), 0.0);
        assertEquals(Math.log(2.0), sp.value(0.0), 1e-16);
    }

    @Test
    void softplus_isExactAtPlusAndMinusOneMillion() {
        Activation sp = ActivationKind.SOFTPLUS.create();
        assertEquals(1e6, sp.value(1e6), 0.0);
        assertEquals(0.0, sp.value(-1e6), 0.0);
        // ln(1 + e^-40) = e^-40 to double precision: no underflow to 0 in the moderate tail
        assertEquals(Math.exp(-40.0), sp.value(-40.0), 1e-15 * Math.exp(-40.0));
    }

    @Test
    void logSemiSigmoid_derivativeIsPositiveEverywhere_includingNegatives() {
        Activation f = ActivationKind.LOG_SEMISIGMOID.create();
        double[] xs = randomPoints(13, 3000);
        for (double x : xs) {
            assertTrue(f.derivative(x, f.value(x)) > 0.0, () -> "log_semisigmoid'(" + x + ") is not positive");
        }
        for (double x : EXTREMES) {
            assertTrue(f.derivative(x, f.value(x)) > 0.0, () -> "log_semisigmoid'(" + x + ") is not positive");
        }
        assertEquals(1.0, f.derivative(0.0, f.value(0.0)), 0.0);
        assertEquals(0.5, f.derivative(-1.0, f.value(-1.0)), 0.0);
        assertEquals(-Math.log(2.0), f.value(-1.0), 0.0);
    }

    @Test
    void logSig_isBoundedByOne_andOdd() {
        Activation f = ActivationKind.LOGSIG.create();
        double[] xs = randomPoints(14, 3000);
        for (double x : xs) {
            double y = f.value(x);
            assertTrue(Math.abs(y) < 1.0, () -> "logsig(" + x + ") = " + y);
            assertEquals(-y, f.value(-x), 0.0, () -> "logsig(-" + x + ")");
        }
        for (double x : EXTREMES) {
            assertTrue(Math.abs(f.value(x)) <= 1.0, () -> "logsig(" + x + ") = " + f.value(x));
            assertEquals(-f.value(x), f.value(-x), 0.0);
        }
        // u = ln 2 at x = 1: f = ln2/(1+ln2)
        assertEquals(Math.log(2.0) / (1.0 + Math.log(2.0)), f.value(1.0), 1e-16);
        assertEquals(1.0, f.derivative(0.0, 0.0), 0.0);
    }

    @Test
    void softsign_isOneHalfAtOne() {
        Activation f = ActivationKind.SOFTSIGN.create();
        assertEquals(0.5, f.value(1.0), 0.0);
        assertEquals(-0.5, f.value(-1.0), 0.0);
        assertEquals(0.25, f.derivative(1.0, 0.5), 0.0);
    }

    @Test
    void elu_saturatesAtMinusAlpha() {
        assertEquals(-1.0, ActivationKind.ELU.create().value(-1e6), 0.0);
        Activation half = ActivationKind.ELU.create(0.5);
        assertEquals(-0.5, half.value(-1e6), 0.0);
        assertEquals(0.5 * Math.expm1(-1.0), half.value(-1.0), 0.0);
        assertEquals(0.5 * Math.exp(-1.0), half.derivative(-1.0, half.value(-1.0)), 0.0);
        assertEquals(3.0, half.value(3.0), 0.0);
    }

    @Test
    void reluFamily_takeTheRightHandDerivativeAboveZero_andTheLeftHandOneAtAndBelowIt() {
        Activation relu = ActivationKind.RELU.create();
        Activation leaky = ActivationKind.LEAKY_RELU.create(0.2);
        Activation logmin = ActivationKind.LOGMIN.create();
        assertEquals(0.0, relu.derivative(0.0, 0.0), 0.0);
        assertEquals(1.0, relu.derivative(1e-300, 1e-300), 0.0);
        assertEquals(0.2, leaky.derivative(0.0, 0.0), 0.0);
        assertEquals(-0.4, leaky.value(-2.0), 1e-16);
        assertEquals(0.0, logmin.value(-5.0), 0.0);
        assertEquals(Math.log(3.0), logmin.value(2.0), 1e-15);
        assertEquals(1.0 / 3.0, logmin.derivative(2.0, logmin.value(2.0)), 1e-16);
    }

    @Test
    void tanhAndArcTan_spotValues() {
        Activation tanh = ActivationKind.TANH.create();
        Activation atan = ActivationKind.ARCTAN.create();
        assertEquals(1.0, tanh.derivative(0.0, tanh.value(0.0)), 0.0);
        assertEquals(1.0, tanh.value(1e6), 0.0);
        assertEquals(-1.0, tanh.value(-1e6), 0.0);
        assertEquals(Math.PI / 4, atan.value(1.0), 1e-16);
        assertEquals(0.5, atan.derivative(1.0, atan.value(1.0)), 0.0);
    }
}
