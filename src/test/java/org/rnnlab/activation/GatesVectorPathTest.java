package org.rnnlab.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The gate functions against {@code StrictMath}, to the bound {@link Gates} documents (2 ulps for σ,
 * 4 for tanh) over the whole range: a dense sweep, the range reduction's first switch (ln2/4 for tanh, ln2/2 for σ) ulp by ulp, the
 * tails down to the subnormals, overflow and −0.0; and the vectorised array forms
 * ({@link VectorGates}, called directly: the tests run with the Vector API module, see pom.xml)
 * bit for bit equal to the scalar forms at every offset, tail length and stride.
 */
class GatesVectorPathTest {

    static final double[] SPECIAL = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-300, -1e-300, 1e-9, -1e-9,
        0.0624, 0.0626, -0.0626, 0.5, -0.5, 1, -1, 3, -3, 19, -19, 20, -20, 36, -36, 40, -40, 700, -700, 708, -708, 709.8,
        -709.8, 744, -744, 745, -745, 745.2, -745.2, 746, -746, 800, -800, 1e6, -1e6, 1e300, -1e300,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    @Test
    void scalarForms_areWithinTheDocumentedUlpsOfStrictMath_overTheWholeRange() {
        for (double x : inputs()) {
            assertUlps(sigmoid(x), Gates.sigmoid(x), 2, "sigmoid(" + x + ")");
            assertUlps(StrictMath.tanh(x), Gates.tanh(x), 4, "tanh(" + x + ")");
        }
    }

    @Test
    void saturation_signedZero_andNaN_areExact() {
        assertEquals(0.0, Gates.sigmoid(-1e6));
        assertEquals(0.0, Gates.sigmoid(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, Gates.sigmoid(1e6));
        assertEquals(1.0, Gates.sigmoid(Double.POSITIVE_INFINITY));
        assertEquals(0.5, Gates.sigmoid(-0.0));
        assertEquals(-1.0, Gates.tanh(-1e300));
        assertEquals(1.0, Gates.tanh(Double.POSITIVE_INFINITY));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Gates.tanh(-0.0)), "tanh(-0.0) is -0.0");
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(Gates.tanh(0.0)), "tanh(0.0) is +0.0");
        assertTrue(Double.isNaN(Gates.sigmoid(Double.NaN)), "sigmoid(NaN)");
        assertTrue(Double.isNaN(Gates.tanh(Double.NaN)), "tanh(NaN)");
        for (double x : inputs()) {
            double s = Gates.sigmoid(x);
            assertTrue(s >= 0.0 && s <= 1.0, "sigmoid(" + x + ") = " + s + " is outside [0, 1]");
            assertEquals(-Gates.tanh(x), Gates.tanh(-x), 0.0, "tanh is odd at " + x);
        }
    }

    @Test
    void arrayForms_giveTheScalarFormsBits_atEveryOffsetAndTail() {
        double[] x = withNaN(inputs());
        for (int offset = 0; offset < 3; offset++) {
            for (int n = 0; n + offset <= x.length && n < 40; n++) {
                double[] sig = new double[n + 2], tanh = new double[n + 2];
                VectorGates.sigmoid(x, offset, sig, 1, n);
                VectorGates.tanh(x, offset, tanh, 1, n);
                for (int i = 0; i < n; i++) {
                    double xi = x[offset + i];
                    assertSameBits(Gates.sigmoid(xi), sig[1 + i], "sigmoid(" + xi + ")");
                    assertSameBits(Gates.tanh(xi), tanh[1 + i], "tanh(" + xi + ")");
                }
                assertEquals(0.0, sig[0]);
                assertEquals(0.0, sig[n + 1]);
            }
        }
        double[] a = x.clone(), b = x.clone();   // whole array, in place
        VectorGates.sigmoid(a, 0, a, 0, a.length);
        Gates.tanh(b, 0, b, 0, b.length);
        for (int i = 0; i < x.length; i++) {
            assertSameBits(Gates.sigmoid(x[i]), a[i], "in-place sigmoid(" + x[i] + ")");
            assertSameBits(Gates.tanh(x[i]), b[i], "in-place tanh(" + x[i] + ")");
        }
    }

    @Test
    void stridedForms_transformEachRange_andLeaveTheGapsAlone() {
        double[] x = withNaN(inputs());
        for (int n : new int[] {1, 3, 8, 13, 32}) {
            int stride = n + 5, count = Math.min(7, x.length / stride);
            double[] sig = x.clone(), tanh = x.clone(), sigScalar = x.clone();
            VectorGates.sigmoid(sig, 2, n, stride, count);
            VectorGates.tanh(tanh, 2, n, stride, count);
            Gates.sigmoid(sigScalar, 2, n, stride, count);
            for (int i = 0; i < x.length; i++) {
                int inRange = i - 2 >= 0 && (i - 2) / stride < count && (i - 2) % stride < n ? 1 : 0;
                assertSameBits(inRange == 1 ? Gates.sigmoid(x[i]) : x[i], sig[i], "strided sigmoid at " + i + ", n " + n);
                assertSameBits(inRange == 1 ? Gates.tanh(x[i]) : x[i], tanh[i], "strided tanh at " + i + ", n " + n);
                assertSameBits(sig[i], sigScalar[i], "Gates' strided form at " + i);
            }
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

    /** The special values, a dense sweep of [−40, 40], the range reduction's first switches ulp by ulp, decades from 1e-320 to 1e3, random draws. */
    private static double[] inputs() {
        Random rng = new Random(3);
        java.util.List<Double> xs = new java.util.ArrayList<>();
        for (double s : SPECIAL) {
            xs.add(s);
        }
        for (int i = -80000; i <= 80000; i++) {
            xs.add(i * 5e-4);
        }
        for (double centre : new double[] {Math.log(2) / 4, -Math.log(2) / 4, Math.log(2) / 2, -Math.log(2) / 2, 0.0625}) {
            double up = centre, down = centre;
            for (int i = 0; i < 1000; i++) {
                xs.add(up);
                xs.add(down);
                up = Math.nextUp(up);
                down = Math.nextDown(down);
            }
        }
        for (int e = -320; e <= 3; e++) {
            for (double m : new double[] {1.0, 1.2345, 3.3, 7.77}) {
                xs.add(m * Math.pow(10, e));
                xs.add(-m * Math.pow(10, e));
            }
        }
        for (int i = 0; i < 60000; i++) {
            xs.add(rng.nextGaussian() * (i % 3 == 0 ? 0.05 : i % 3 == 1 ? 2 : 15));
            xs.add((rng.nextDouble() - 0.5) * 1600);
        }
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] withNaN(double[] x) {
        double[] y = java.util.Arrays.copyOf(x, x.length + 1);
        y[x.length] = Double.NaN;
        return y;
    }

    private static void assertSameBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), what + ": " + actual
                + " instead of " + expected);
    }

    private static void assertUlps(double expected, double actual, double ulps, String what) {
        if (Double.compare(expected, actual) == 0) {
            return;
        }
        double err = Math.abs(expected - actual) / Math.ulp(expected);
        assertTrue(err <= ulps, what + ": " + actual + " is " + err + " ulps from " + expected);
    }
}
