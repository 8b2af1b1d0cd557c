package org.rnnlab.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The fast gate nonlinearities against the JDK: within 1e-15 relative (a few ulps) or 1e-300
 * absolute of {@code Math.tanh} and {@code 1/(1+exp(-x))}, on a dense grid that includes the
 * range reduction's first switch at |x| = ln2/4, tiny inputs and the tails.
 */
class GatesTest {

    private static final double RELATIVE = 1e-15;
    private static final double ABSOLUTE = 1e-300;

    private static List<Double> grid() {
        List<Double> xs = new ArrayList<>();
        for (int i = -40000; i <= 40000; i++) {
            xs.add(i * 5e-4); // [-20, 20] in steps of 5e-4
        }
        for (double centre : new double[] {Math.log(2) / 4, -Math.log(2) / 4}) {
            double x = centre;
            for (int i = 0; i < 2000; i++) { // ulp by ulp across the switch point
                xs.add(x);
                xs.add(2 * centre - x);
                x = Math.nextUp(x);
            }
            for (int i = -1000; i <= 1000; i++) {
                xs.add(centre + i * 1e-7);
            }
        }
        for (int e = -320; e <= 2; e++) { // tiny to moderate, both signs
            for (double m : new double[] {1.0, 1.2345, 3.3, 7.77}) {
                xs.add(m * Math.pow(10, e));
                xs.add(-m * Math.pow(10, e));
            }
        }
        Random rng = new Random(5);
        for (int i = 0; i < 20000; i++) {
            xs.add(rng.nextGaussian() * 0.2);
            xs.add((rng.nextDouble() - 0.5) * 1500);
        }
        for (double x : new double[] {1e-12, -1e-12, 0.0, -0.0, Double.MIN_VALUE, 700, -700, 745, -745, 1e6, -1e6, 1e300, -1e300}) {
            xs.add(x);
        }
        return xs;
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.max(RELATIVE * Math.abs(expected), ABSOLUTE), what);
    }

    @Test
    void tanh_agreesWithMathTanh_toAFewUlps() {
        for (double x : grid()) {
            assertClose(Math.tanh(x), Gates.tanh(x), "tanh(" + x + ")");
        }
    }

    @Test
    void tanh_isRelativelyExactForTinyInputs() {
        for (double x : new double[] {1e-12, -1e-12, 1e-30, 1e-200, 2.5e-308}) {
            assertEquals(x, Gates.tanh(x), Math.abs(x) * 1e-16, "tanh(" + x + ")");
        }
        assertEquals(1e-12 - 1e-36 / 3, Gates.tanh(1e-12), 4 * Math.ulp(1e-12), "within the documented 4 ulps");
    }

    @Test
    void tanh_isOddAndSaturatesCleanly() {
        for (double x : grid()) {
            assertEquals(-Gates.tanh(x), Gates.tanh(-x), 0.0, "tanh(-" + x + ")");
        }
        assertEquals(1.0, Gates.tanh(1e6), 0.0);
        assertEquals(-1.0, Gates.tanh(-1e300), 0.0);
    }

    @Test
    void sigmoid_agreesWithTheTextbookFormula_toAFewUlps() {
        for (double x : grid()) {
            assertClose(1.0 / (1.0 + Math.exp(-x)), Gates.sigmoid(x), "sigmoid(" + x + ")");
        }
    }

    @Test
    void sigmoid_isRelativelyExactInTheNegativeTail() {
        // sigmoid(x) = e^x(1 − e^x + ...), to full relative precision even where e^x is tiny
        for (double x : new double[] {-30, -100, -500, -700}) {
            double expected = Math.exp(x) * (1.0 - Math.exp(x));
            assertEquals(expected, Gates.sigmoid(x), 1e-15 * expected, "sigmoid(" + x + ")");
        }
        assertEquals(0.0, Gates.sigmoid(-1e6), 0.0);
        assertEquals(1.0, Gates.sigmoid(1e6), 0.0);
    }

    @Test
    void bulkForms_matchTheScalarForms_andMayWorkInPlace() {
        Random rng = new Random(9);
        double[] x = new double[50];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian() * 3;
        }
        double[] y = new double[60];
        Gates.tanh(x, 5, y, 7, 40);
        for (int i = 0; i < 40; i++) {
            assertEquals(Gates.tanh(x[5 + i]), y[7 + i], 0.0);
        }
        assertEquals(0.0, y[6], 0.0);
        assertEquals(0.0, y[47], 0.0);
        double[] inPlace = x.clone();
        Gates.sigmoid(inPlace, 0, inPlace, 0, inPlace.length);
        for (int i = 0; i < x.length; i++) {
            assertEquals(Gates.sigmoid(x[i]), inPlace[i], 0.0);
        }
    }
}
