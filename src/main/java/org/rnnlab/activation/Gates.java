package org.rnnlab.activation;

/**
 * Fast, accurate and deterministic logistic sigmoid and tanh for the hot loops of the cells.
 *
 * <p>Both are built on {@link Exp}, an exp of exact IEEE operations (a range reduction, a degree-13
 * polynomial by fused multiply-adds and exponent bits), rather than on {@code Math.exp} and
 * {@code Math.tanh} (about 20 ns per element on JDK 17): {@code σ(x) = 1/(1+e)} for {@code x ≥ 0}
 * and {@code e/(1+e)} below, {@code e = e^−|x|}; {@code tanh x = −m/(2+m)} with
 * {@code m = e^−2|x| − 1} and the sign of x. {@link Exp#expm1} keeps its relative precision near 0
 * (for |x| < ln2/4 the range reduction leaves the argument as it is, and the series is relative), so
 * tanh needs no second form there: an odd Taylor series below 1/16 gave at most 2 ulps there
 * against 3 without it, inside the bound below, and cost about a sixth of the vector form's time
 * (on the Zen EPYC, AVX2: 7.2–8.0 against 6.0–6.3 ns per element; S2's training 167 → 172 it/s per
 * CPU second, medians of five interleaved pairs with overlapping ranges).
 *
 * <p><b>Error bound</b>, measured against {@code StrictMath} (fdlibm, correctly rounded to within
 * 1 ulp) over the whole range, the tails, the range reduction's first switch at ln2/4, overflow ({@code ±1e300}, infinities,
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

    private static final boolean VECTOR = vectorAvailable();

    private Gates() {
    }

    /** 1/(1+e^-x), without overflow for large negative x. */
    public static double sigmoid(double x) {
        double e = Exp.exp(Math.max(-Math.abs(x), -Exp.LIMIT));
        return (x < 0.0 ? e : 1.0) / (e + 1.0);
    }

    /** tanh x: {@code −m/(m+2)}, {@code m = e^−2|x| − 1}, with the sign bit of x (so tanh(−0.0) = −0.0). */
    public static double tanh(double x) {
        double m = Exp.expm1(Math.max(Math.abs(x) * -2.0, -Exp.LIMIT));
        double t = -m / (m + 2.0);
        return Double.longBitsToDouble(Double.doubleToRawLongBits(t) & Long.MAX_VALUE
                | Double.doubleToRawLongBits(x) & Long.MIN_VALUE);
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
