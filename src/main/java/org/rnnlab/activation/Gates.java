package org.rnnlab.activation;

/**
 * Fast, accurate logistic sigmoid and tanh for the hot loops of the gated cells.
 *
 * <p>On JDK 17 {@code Math.tanh} costs about 20 ns per element against about 4 ns for a form
 * built on the intrinsic {@code Math.exp}; an LSTM evaluates five of these per unit and step. The
 * exp forms lose relative precision near 0, where a short odd Taylor series is used instead, so
 * both functions stay within a few ulps of the exact value everywhere (checked against
 * {@code Math.tanh} in the tests) and saturate cleanly at ±1e6.
 */
public final class Gates {

    private static final double TAYLOR_LIMIT = 0.0625;

    private Gates() {
    }

    /** 1/(1+e^-x), without overflow for large negative x. */
    public static double sigmoid(double x) {
        if (x >= 0.0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /** tanh x. */
    public static double tanh(double x) {
        double a = Math.abs(x);
        if (a < TAYLOR_LIMIT) {
            // x - x^3/3 + 2x^5/15 - 17x^7/315 + 62x^9/2835 - 1382x^11/155925; the next term is
            // below 2e-17 relative for |x| < 1/16
            double x2 = x * x;
            return x * (1.0 + x2 * (-1.0 / 3 + x2 * (2.0 / 15 + x2 * (-17.0 / 315
                    + x2 * (62.0 / 2835 + x2 * (-1382.0 / 155925))))));
        }
        double e = Math.exp(-2.0 * a);
        return Math.copySign((1.0 - e) / (1.0 + e), x);
    }

    /** {@code y[yo..yo+n) = sigmoid(x[xo..xo+n))}; may work in place. */
    public static void sigmoid(double[] x, int xo, double[] y, int yo, int n) {
        for (int i = 0; i < n; i++) {
            y[yo + i] = sigmoid(x[xo + i]);
        }
    }

    /** {@code y[yo..yo+n) = tanh(x[xo..xo+n))}; may work in place. */
    public static void tanh(double[] x, int xo, double[] y, int yo, int n) {
        for (int i = 0; i < n; i++) {
            y[yo + i] = tanh(x[xo + i]);
        }
    }
}
