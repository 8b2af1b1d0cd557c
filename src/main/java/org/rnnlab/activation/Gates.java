package org.rnnlab.activation;

/**
 * Fast, accurate and deterministic logistic sigmoid and tanh for the hot loops of the cells.
 *
 * <p>Both are built on {@link Exp}, an exp of exact IEEE operations (a range reduction, a degree-13
 * polynomial by fused multiply-adds and exponent bits), rather than on {@code Math.exp} and
 * {@code Math.tanh} (about 20 ns per element on JDK 17): {@code σ(x) = 1/(1+e)} for {@code x ≥ 0}
 * and {@code e/(1+e)} below, {@code e = e^−|x|}; {@code tanh x = −m/(2+m)} with
 * {@code m = e^−2|x| − 1} and the sign of x, and a short odd Taylor series for {@code |x| < 1/16},
 * where the exp form would lose relative precision.
 *
 * <p><b>Error bound</b>, measured against {@code StrictMath} (fdlibm, correctly rounded to within
 * 1 ulp) over the whole range, the tails, the switch at 1/16, overflow ({@code ±1e300}, infinities,
 * where both saturate to exactly 0, ±1), subnormals and −0.0 ({@code GatesVectorPathTest}): at most
 * <b>2 ulps</b> for σ and <b>4 ulps</b> for tanh. NaN gives NaN; {@code tanh(−0.0) = −0.0}.
 *
 * <p>The array forms, which the cells use, run on the JDK's Vector API ({@link VectorGates}: about
 * 1–2 ns per element on AVX-512 against 5–10 for the scalar loops) whenever the JVM has the
 * {@code jdk.incubator.vector} module (the launcher and the build add it; {@code -Drnnlab.vector=false}
 * turns it off), and loop over the scalar forms otherwise. Both paths perform the same operations in
 * the same order, so they give the same bits: a run does not depend on which one ran.
 */
public final class Gates {

    /** Below this |x|, tanh is the odd Taylor series {@code x + T3·x³ + … + T11·x¹¹}. */
    static final double TAYLOR_LIMIT = 0.0625;
    /** The series' coefficients; the next term is below 2e-17 relative for |x| < 1/16. */
    static final double T3 = -1.0 / 3, T5 = 2.0 / 15, T7 = -17.0 / 315, T9 = 62.0 / 2835, T11 = -1382.0 / 155925;
    private static final boolean VECTOR = vectorAvailable();

    private Gates() {
    }

    /** 1/(1+e^-x), without overflow for large negative x. */
    public static double sigmoid(double x) {
        double e = Exp.exp(Math.max(-Math.abs(x), -Exp.LIMIT));
        return (x < 0.0 ? e : 1.0) / (e + 1.0);
    }

    /** tanh x. */
    public static double tanh(double x) {
        double a = Math.abs(x);
        if (a < TAYLOR_LIMIT) {
            double x2 = x * x;
            return ((((((x2 * T11 + T9) * x2 + T7) * x2 + T5) * x2 + T3) * x2) + 1.0) * x;
        }
        double m = Exp.expm1(Math.max(a * -2.0, -Exp.LIMIT));
        double t = -m / (m + 2.0);
        return x < 0.0 ? -t : t;
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
     * In place, {@code count} ranges of {@code n} elements {@code stride} apart:
     * {@code a[offset + j·stride + i] = σ(·)} for {@code i < n}, {@code j < count}; one gate block of
     * every sequence of a step ({@code stride} = the step's rows) in one call.
     */
    public static void sigmoid(double[] a, int offset, int n, int stride, int count) {
        if (VECTOR) {
            VectorGates.sigmoid(a, offset, n, stride, count);
        } else {
            for (int j = 0; j < count; j++) {
                scalarSigmoid(a, offset + j * stride, a, offset + j * stride, n);
            }
        }
    }

    /** In place, as {@link #sigmoid(double[], int, int, int, int)}: {@code a[offset + j·stride + i] = tanh(·)}. */
    public static void tanh(double[] a, int offset, int n, int stride, int count) {
        if (VECTOR) {
            VectorGates.tanh(a, offset, n, stride, count);
        } else {
            for (int j = 0; j < count; j++) {
                scalarTanh(a, offset + j * stride, a, offset + j * stride, n);
            }
        }
    }

    /**
     * The Vector API is an incubator module in Java 17: it is there only when the JVM was started
     * with {@code --add-modules jdk.incubator.vector}; {@code -Drnnlab.vector=false} declines it.
     */
    private static boolean vectorAvailable() {
        return org.rnnlab.tensor.VectorApi.runs(() -> {
            double[] probe = new double[16];
            VectorGates.sigmoid(probe, 0, probe, 0, probe.length);
            return probe[0] == 0.5 && probe[15] == 0.5;
        });
    }
}
