package org.rnnlab.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The gate functions of the LSTM and GRU against {@code StrictMath}: the scalar forms, and the
 * vectorised array forms ({@link VectorGates}, called directly: the tests run with the Vector API
 * module, see pom.xml) at every offset and tail length.
 */
class GatesVectorPathTest {

    static final double[] SPECIAL = {0.0, -0.0, 1e-300, -1e-300, 1e-9, -1e-9, 0.0624, 0.0626, -0.0626, 0.5, -0.5, 1, -1, 3,
        -3, 19, -19, 20, -20, 36, -36, 40, -40, 700, -700, 745, -745, 1e6, -1e6};

    @Test
    void scalarForms_areWithinFourUlpsOfStrictMath() {
        for (double x : inputs()) {
            assertUlps(sigmoid(x), Gates.sigmoid(x), 4, "sigmoid(" + x + ")");
            assertUlps(StrictMath.tanh(x), Gates.tanh(x), 4, "tanh(" + x + ")");
        }
        assertEquals(0.0, Gates.sigmoid(-1e6));
        assertEquals(1.0, Gates.sigmoid(1e6));
        assertEquals(-1.0, Gates.tanh(-1e6));
    }

    @Test
    void arrayForms_areWithinFourUlpsOfStrictMath_atEveryOffsetAndTail() {
        double[] x = inputs();
        for (int offset = 0; offset < 3; offset++) {
            for (int n = 0; n + offset <= x.length && n < 40; n++) {
                double[] sig = new double[n + 2], tanh = new double[n + 2];
                VectorGates.sigmoid(x, offset, sig, 1, n);
                VectorGates.tanh(x, offset, tanh, 1, n);
                for (int i = 0; i < n; i++) {
                    double xi = x[offset + i];
                    assertUlps(sigmoid(xi), sig[1 + i], 4, "sigmoid(" + xi + ")");
                    assertUlps(StrictMath.tanh(xi), tanh[1 + i], 4, "tanh(" + xi + ")");
                }
                assertEquals(0.0, sig[0]);
                assertEquals(0.0, sig[n + 1]);
            }
        }
    }

    @Test
    void arrayForms_workInPlace_andTheDefaultLoopsMatchTheScalarForms() {
        double[] x = inputs();
        double[] a = x.clone(), b = x.clone(), s = new double[x.length], t = new double[x.length];
        VectorGates.sigmoid(a, 0, a, 0, a.length);
        VectorGates.tanh(b, 0, b, 0, b.length);
        Gates.scalarSigmoid(x, 0, s, 0, x.length);
        Gates.scalarTanh(x, 0, t, 0, x.length);
        double[] sig = x.clone(), tanh = x.clone();
        Gates.sigmoid(sig, 0, sig, 0, sig.length);
        Gates.tanh(tanh, 0, tanh, 0, tanh.length);
        for (int i = 0; i < x.length; i++) {
            assertEquals(Gates.sigmoid(x[i]), s[i]);
            assertEquals(Gates.tanh(x[i]), t[i]);
            assertEquals(s[i], sig[i], "the array forms loop over the scalar forms by default");
            assertEquals(t[i], tanh[i]);
            assertUlps(s[i], a[i], 4, "vectorised sigmoid in place at " + x[i]);
            assertUlps(t[i], b[i], 4, "vectorised tanh in place at " + x[i]);
        }
    }

    /** The logistic function on StrictMath, in the form that keeps relative precision for x < 0. */
    private static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + StrictMath.exp(-x));
        }
        double e = StrictMath.exp(x);
        return e / (1.0 + e);
    }

    private static double[] inputs() {
        Random rng = new Random(3);
        double[] x = new double[SPECIAL.length + 400];
        System.arraycopy(SPECIAL, 0, x, 0, SPECIAL.length);
        for (int i = SPECIAL.length; i < x.length; i++) {
            x[i] = rng.nextGaussian() * (i % 3 == 0 ? 0.05 : i % 3 == 1 ? 2 : 15);
        }
        return x;
    }

    private static void assertUlps(double expected, double actual, double ulps, String what) {
        if (expected == actual) {
            return;
        }
        double err = Math.abs(expected - actual) / Math.ulp(expected);
        assertTrue(err <= ulps, what + ": " + actual + " is " + err + " ulps from " + expected);
    }
}
