package org.rnnlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The overflow-safe norms: as accurate as the naive formula, finite where its squares overflow, NaN-propagating. */
class NormsTest {

    /** The exact L2 norm, rounded once. */
    private static double exactL2(double[] a) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : a) {
            BigDecimal b = new BigDecimal(v);
            sum = sum.add(b.multiply(b));
        }
        return sum.sqrt(MathContext.DECIMAL128).doubleValue();
    }

    private static double naiveL2(double[] a) {
        double s = 0.0;
        for (double v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    @Test
    void l2_equalsTheNaiveNorm_onOrdinaryValues() {
        Random rng = new Random(1);
        for (int n = 1; n < 200; n += 7) {
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = rng.nextGaussian() * 3;
            }
            double exact = exactL2(a);
            assertEquals(naiveL2(a), Norms.l2(a), 1e-14 * exact, "n = " + n);
            assertEquals(exact, Norms.l2(a), 1e-14 * exact, "n = " + n);
        }
        assertEquals(5.0, Norms.l2(new double[] {3, -4}), 0.0);
        assertEquals(0.0, Norms.l2(new double[] {0, 0, 0}), 0.0);
        assertEquals(0.0, Norms.l2(new double[0]), 0.0);
    }

    @Test
    void l2_staysFiniteAndAccurate_whereTheSquaresOverflow() {
        double[] a = {1e200, -2e200, 2e200};
        assertEquals(Double.POSITIVE_INFINITY, naiveL2(a), "the naive norm should overflow here");
        assertEquals(3e200, Norms.l2(a), 1e-15 * 3e200);
        Random rng = new Random(2);
        double[] b = new double[50];
        for (int i = 0; i < b.length; i++) {
            b[i] = rng.nextGaussian() * 1e200;
        }
        double exact = exactL2(b);
        assertEquals(exact, Norms.l2(b), 1e-15 * exact);
        assertTrue(Double.isFinite(Norms.l2(new double[] {Double.MAX_VALUE / 2, Double.MAX_VALUE / 2})));
    }

    @Test
    void l2_staysAccurate_whereTheSquaresUnderflow() {
        double[] a = {3e-200, 4e-200};
        assertEquals(0.0, naiveL2(a), "the naive norm should underflow here");
        assertEquals(5e-200, Norms.l2(a), 1e-15 * 5e-200);
    }

    @Test
    void l2_isInfiniteOnlyWhenTheNormTrulyExceedsTheDoubleRange() {
        assertEquals(Double.POSITIVE_INFINITY, Norms.l2(new double[] {1e308, 1e308, 1e308, 1e308}));
        assertEquals(Double.POSITIVE_INFINITY, Norms.l2(new double[] {1.0, Double.NEGATIVE_INFINITY}));
    }

    @Test
    void l2AndMaxAbs_areNaNWhenAnyElementIsNaN() {
        for (double[] a : List.of(new double[] {Double.NaN}, new double[] {1, 2, Double.NaN}, new double[] {Double.NaN, 1e300},
                new double[] {Double.POSITIVE_INFINITY, Double.NaN}, new double[] {Double.NaN, Double.NEGATIVE_INFINITY, 3})) {
            assertTrue(Double.isNaN(Norms.l2(a)), java.util.Arrays.toString(a));
            assertTrue(Double.isNaN(Norms.maxAbs(a)), java.util.Arrays.toString(a));
        }
    }

    @Test
    void rangeVersions_lookOnlyAtTheirRange() {
        double[] a = {100, 3, 4, 100};
        assertEquals(5.0, Norms.l2(a, 1, 3), 0.0);
        assertEquals(4.0, Norms.maxAbs(a, 1, 3), 0.0);
        assertEquals(100.0, Norms.maxAbs(new double[] {-100, 3}), 0.0);
    }

    @Test
    void combineL2AndGradientL2_giveTheNormOfAllValuesTogether() {
        Parameter p = Parameter.vector("a", ParameterKind.BIAS_IH, 0, 2);
        Parameter q = Parameter.matrix("b", ParameterKind.WEIGHT_HH, 0, 2, 2);
        p.grad().data[0] = 1;
        p.grad().data[1] = 2;
        q.grad().data[0] = 2;
        q.grad().data[3] = -4; // 1 + 4 + 4 + 16 = 25
        assertEquals(5.0, Norms.gradientL2(List.of(p, q)), 1e-15);
        assertEquals(5.0, Norms.combineL2(new double[] {3, 4}), 0.0);
        q.grad().data[2] = 1e300;
        q.grad().data[1] = 1e300;
        assertEquals(Math.sqrt(2) * 1e300, Norms.gradientL2(List.of(p, q)), 1e-15 * 1.5e300);
    }
}
