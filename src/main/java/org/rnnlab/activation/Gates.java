package org.rnnlab.activation;

/**
 * Fast, accurate logistic sigmoid and tanh for the hot loops of the gated cells.
 *
 * <p>On JDK 17 {@code Math.tanh} costs about 20 ns per element against about 4 ns for a form
 * built on the intrinsic {@code Math.exp}; an LSTM evaluates five of these per unit and step. The
 * exp forms lose relative precision near 0, where a short odd Taylor series is used instead, so
 * both functions stay within a few ulps of the exact value everywhere (checked against
 * {@code StrictMath} in the tests) and saturate cleanly at ±1e6.
 *
 * <p>The array forms, which the cells use, loop over the scalar forms. On request
 * ({@code -Drnnlab.vector=true} with {@code --add-modules jdk.incubator.vector}) they run on the
 * JDK's incubating Vector API instead ({@link VectorGates}: about 2 ns per element instead of 5–10
 * where the JIT compiles them fully, within 4 ulps of {@code StrictMath}, bit-for-bit reproducible).
 * That path is off by default: where the JIT does not inline the vector code (seen for the LSTM's
 * per-sequence gate calls at small hidden sizes) the Vector API falls back to Java code that
 * allocates on every call, which breaks the time loop's no-allocation rule
 * ({@code AllocationTest}).
 */
public final class Gates {

    private static final double TAYLOR_LIMIT = 0.0625;
    private static final boolean VECTOR = vectorAvailable();

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

    /** True when the array forms below run on the Vector API ({@link VectorGates}). */
    public static boolean vectorized() {
        return VECTOR;
    }

    /** {@code y[yo..yo+n) = sigmoid(x[xo..xo+n))}; may work in place. */
    public static void sigmoid(double[] x, int xo, double[] y, int yo, int n) {
        if (VECTOR) {
            VectorGates.sigmoid(x, xo, y, yo, n);
        } else {
            scalarSigmoid(x, xo, y, yo, n);
        }
    }

    /** {@code y[yo..yo+n) = tanh(x[xo..xo+n))}; may work in place. */
    public static void tanh(double[] x, int xo, double[] y, int yo, int n) {
        if (VECTOR) {
            VectorGates.tanh(x, xo, y, yo, n);
        } else {
            scalarTanh(x, xo, y, yo, n);
        }
    }

    static void scalarSigmoid(double[] x, int xo, double[] y, int yo, int n) {
        for (int i = 0; i < n; i++) {
            y[yo + i] = sigmoid(x[xo + i]);
        }
    }

    static void scalarTanh(double[] x, int xo, double[] y, int yo, int n) {
        for (int i = 0; i < n; i++) {
            y[yo + i] = tanh(x[xo + i]);
        }
    }

    /**
     * The Vector API is an incubator module in Java 17: it is there only when the JVM was started
     * with {@code --add-modules jdk.incubator.vector}; {@code -Drnnlab.vector=true} asks for it.
     */
    private static boolean vectorAvailable() {
        if (!"true".equalsIgnoreCase(System.getProperty("rnnlab.vector"))
                || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            double[] probe = new double[16];
            VectorGates.sigmoid(probe, 0, probe, 0, probe.length);
            return probe[0] == 0.5 && probe[15] == 0.5;
        } catch (LinkageError e) {
            return false;
        }
    }
}
