package org.rnnlab.activation;

import static org.rnnlab.activation.Exp.C1;
import static org.rnnlab.activation.Exp.C10;
import static org.rnnlab.activation.Exp.C11;
import static org.rnnlab.activation.Exp.C12;
import static org.rnnlab.activation.Exp.C13;
import static org.rnnlab.activation.Exp.C2;
import static org.rnnlab.activation.Exp.C3;
import static org.rnnlab.activation.Exp.C4;
import static org.rnnlab.activation.Exp.C5;
import static org.rnnlab.activation.Exp.C6;
import static org.rnnlab.activation.Exp.C7;
import static org.rnnlab.activation.Exp.C8;
import static org.rnnlab.activation.Exp.C9;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The array forms of {@link Gates} on the JDK's Vector API, {@link #SPECIES}{@code .length()}
 * doubles at a time (eight on AVX-512, four on AVX2). Every lane performs the operations of the
 * scalar forms ({@link Gates#sigmoid(double)}, {@link Gates#tanh(double)}, {@link Exp}) in the same
 * order, and the tails that do not fill a vector run those scalar forms: the result is the same bits
 * whatever the vector length, the offset or the JIT's state, and without the module.
 *
 * <p>Each method is one flat loop over a contiguous range, or over {@code count} equal ranges
 * {@code stride} apart (a gate block of every sequence of a step, in one call). Kept this small,
 * the JIT inlines the whole body, every vector stays in registers and nothing is allocated; the
 * earlier per-sequence calls at small hidden sizes were not always inlined and then boxed their
 * vectors on every call. ({@code AllocationTest} measures it.)
 *
 * <p>Only loaded when the JVM runs with {@code --add-modules jdk.incubator.vector} (the launcher
 * and the build do); {@link Gates} falls back to its scalar loops otherwise.
 */
final class VectorGates {

    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private VectorGates() {
    }

    /** In place: {@code a[o + j·stride + i] = σ(·)} for {@code i < n}, {@code j < count}. */
    static void sigmoid(double[] a, int offset, int n, int stride, int count) {
        sigmoid(a, offset, a, offset, n, stride, count);
    }

    /** In place: {@code a[o + j·stride + i] = tanh(·)} for {@code i < n}, {@code j < count}. */
    static void tanh(double[] a, int offset, int n, int stride, int count) {
        tanh(a, offset, a, offset, n, stride, count);
    }

    /** {@code y[yo..yo+n) = σ(x[xo..xo+n))}; may work in place. */
    static void sigmoid(double[] x, int xo, double[] y, int yo, int n) {
        sigmoid(x, xo, y, yo, n, 0, 1);
    }

    /** {@code y[yo..yo+n) = tanh(x[xo..xo+n))}; may work in place. */
    static void tanh(double[] x, int xo, double[] y, int yo, int n) {
        tanh(x, xo, y, yo, n, 0, 1);
    }

    /*
     * The two loops below spell out Exp's operations inline rather than calling helpers: a helper
     * that the JIT has already compiled on its own (from another caller) may not be inlined again,
     * and a Vector API value passed to a call that is not inlined is boxed, on every call. One flat
     * method each, the whole body is always inlined into its own compilation.
     */

    /**
     * {@code y[yo + j·stride + i] = σ(x[xo + j·stride + i])} for {@code i < n}, {@code j < count}:
     * {@code (x < 0 ? e : 1)/(1+e)} with {@code e = exp(−|x|)}, as {@link Gates#sigmoid(double)}.
     */
    static void sigmoid(double[] x, int xo, double[] y, int yo, int n, int stride, int count) {
        int end = n - n % LANES;
        for (int j = 0; j < count; j++) {
            int xj = xo + j * stride, yj = yo + j * stride;
            for (int i = 0; i < end; i += LANES) {
                DoubleVector v = DoubleVector.fromArray(SPECIES, x, xj + i);
                DoubleVector w = v.abs().neg().max(-Exp.LIMIT);
                DoubleVector shifted = w.mul(Exp.LOG2E).add(Exp.SHIFT);
                DoubleVector twoToK = shifted.reinterpretAsLongs().add(Exp.EXPONENT_BIAS).lanewise(VectorOperators.LSHL, 52L)
                        .reinterpretAsDoubles().mul(Exp.TWO_TO_MINUS_OFFSET);
                DoubleVector kd = shifted.sub(Exp.SHIFT);
                DoubleVector r = w.sub(kd.mul(Exp.LN2_HI)).sub(kd.mul(Exp.LN2_LO));
                DoubleVector r2 = r.mul(r), r4 = r2.mul(r2), r8 = r4.mul(r4);
                DoubleVector a0 = r.fma(C3, C2), a1 = r.fma(C5, C4), a2 = r.fma(C7, C6);
                DoubleVector a3 = r.fma(C9, C8), a4 = r.fma(C11, C10), a5 = r.fma(C13, C12);
                DoubleVector b0 = a1.fma(r2, a0), b1 = a3.fma(r2, a2), b2 = a5.fma(r2, a4);
                DoubleVector p = b2.fma(r8, b1.fma(r4, b0)).fma(r, r.broadcast(C1));
                DoubleVector e = p.mul(r).fma(twoToK, twoToK);
                e.broadcast(1.0).blend(e, v.compare(VectorOperators.LT, 0.0)).div(e.add(1.0)).intoArray(y, yj + i);
            }
            for (int i = end; i < n; i++) {
                y[yj + i] = Gates.sigmoid(x[xj + i]);
            }
        }
    }

    /**
     * {@code y[yo + j·stride + i] = tanh(x[xo + j·stride + i])} for {@code i < n}, {@code j < count}:
     * {@code −m/(2+m)} with {@code m = expm1(−2|x|)} and the sign bit of x, as {@link Gates#tanh(double)}.
     */
    static void tanh(double[] x, int xo, double[] y, int yo, int n, int stride, int count) {
        int end = n - n % LANES;
        for (int j = 0; j < count; j++) {
            int xj = xo + j * stride, yj = yo + j * stride;
            for (int i = 0; i < end; i += LANES) {
                DoubleVector v = DoubleVector.fromArray(SPECIES, x, xj + i);
                DoubleVector w = v.abs().mul(-2.0).max(-Exp.LIMIT);   // NaN stays NaN
                DoubleVector shifted = w.mul(Exp.LOG2E).add(Exp.SHIFT);
                DoubleVector twoToK = shifted.reinterpretAsLongs().add(Exp.EXPONENT_BIAS).lanewise(VectorOperators.LSHL, 52L)
                        .reinterpretAsDoubles().mul(Exp.TWO_TO_MINUS_OFFSET);
                DoubleVector kd = shifted.sub(Exp.SHIFT);
                DoubleVector r = w.sub(kd.mul(Exp.LN2_HI)).sub(kd.mul(Exp.LN2_LO));
                DoubleVector r2 = r.mul(r), r4 = r2.mul(r2), r8 = r4.mul(r4);
                DoubleVector a0 = r.fma(C3, C2), a1 = r.fma(C5, C4), a2 = r.fma(C7, C6);
                DoubleVector a3 = r.fma(C9, C8), a4 = r.fma(C11, C10), a5 = r.fma(C13, C12);
                DoubleVector b0 = a1.fma(r2, a0), b1 = a3.fma(r2, a2), b2 = a5.fma(r2, a4);
                DoubleVector p = b2.fma(r8, b1.fma(r4, b0)).fma(r, r.broadcast(C1));
                DoubleVector m = p.mul(r).fma(twoToK, twoToK.sub(1.0));
                DoubleVector t = m.neg().div(m.add(2.0));
                t.reinterpretAsLongs().and(Long.MAX_VALUE).or(v.reinterpretAsLongs().and(Long.MIN_VALUE))
                        .reinterpretAsDoubles().intoArray(y, yj + i);     // |t| with the sign bit of x
            }
            for (int i = end; i < n; i++) {
                y[yj + i] = Gates.tanh(x[xj + i]);
            }
        }
    }
}
