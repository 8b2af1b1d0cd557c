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
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
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

    /** {@code a[o + j·stride + i] = σ(·)} for {@code i < n}, {@code j < count}; in place. */
    static void sigmoid(double[] a, int offset, int n, int stride, int count) {
        int end = n - n % LANES;
        for (int j = 0; j < count; j++) {
            int o = offset + j * stride;
            for (int i = 0; i < end; i += LANES) {
                sigmoid(DoubleVector.fromArray(SPECIES, a, o + i)).intoArray(a, o + i);
            }
            for (int i = end; i < n; i++) {
                a[o + i] = Gates.sigmoid(a[o + i]);
            }
        }
    }

    /** {@code a[o + j·stride + i] = tanh(·)} for {@code i < n}, {@code j < count}; in place. */
    static void tanh(double[] a, int offset, int n, int stride, int count) {
        int end = n - n % LANES;
        for (int j = 0; j < count; j++) {
            int o = offset + j * stride;
            for (int i = 0; i < end; i += LANES) {
                tanh(DoubleVector.fromArray(SPECIES, a, o + i)).intoArray(a, o + i);
            }
            for (int i = end; i < n; i++) {
                a[o + i] = Gates.tanh(a[o + i]);
            }
        }
    }

    /** {@code y[yo..yo+n) = σ(x[xo..xo+n))}; may work in place. */
    static void sigmoid(double[] x, int xo, double[] y, int yo, int n) {
        int end = n - n % LANES;
        for (int i = 0; i < end; i += LANES) {
            sigmoid(DoubleVector.fromArray(SPECIES, x, xo + i)).intoArray(y, yo + i);
        }
        for (int i = end; i < n; i++) {
            y[yo + i] = Gates.sigmoid(x[xo + i]);
        }
    }

    /** {@code y[yo..yo+n) = tanh(x[xo..xo+n))}; may work in place. */
    static void tanh(double[] x, int xo, double[] y, int yo, int n) {
        int end = n - n % LANES;
        for (int i = 0; i < end; i += LANES) {
            tanh(DoubleVector.fromArray(SPECIES, x, xo + i)).intoArray(y, yo + i);
        }
        for (int i = end; i < n; i++) {
            y[yo + i] = Gates.tanh(x[xo + i]);
        }
    }

    /** As {@link Gates#sigmoid(double)}: {@code 1/(1+e)} for {@code x ≥ 0}, {@code e/(1+e)} below, {@code e = exp(−|x|)}. */
    private static DoubleVector sigmoid(DoubleVector v) {
        DoubleVector e = exp(v.abs().neg().max(-Exp.LIMIT));
        DoubleVector onePlus = e.add(1.0);
        return e.broadcast(1.0).div(onePlus).blend(e.div(onePlus), v.compare(VectorOperators.LT, 0.0));
    }

    /** As {@link Gates#tanh(double)}: the odd series below {@link Gates#TAYLOR_LIMIT}, {@code −m/(2+m)}, {@code m = expm1(−2|x|)}, above. */
    private static DoubleVector tanh(DoubleVector v) {
        DoubleVector a = v.abs();
        DoubleVector m = expm1(a.mul(-2.0).max(-Exp.LIMIT));   // NaN stays NaN
        DoubleVector t = m.neg().div(m.add(2.0));
        t = t.blend(t.neg(), v.compare(VectorOperators.LT, 0.0));
        DoubleVector x2 = v.mul(v);
        DoubleVector series = x2.mul(Gates.T11).add(Gates.T9).mul(x2).add(Gates.T7).mul(x2).add(Gates.T5).mul(x2)
                .add(Gates.T3).mul(x2).add(1.0).mul(v);
        VectorMask<Double> small = a.compare(VectorOperators.LT, Gates.TAYLOR_LIMIT);
        return t.blend(series, small);
    }

    /** {@link Exp#exp} lane by lane. */
    private static DoubleVector exp(DoubleVector v) {
        DoubleVector shifted = v.mul(Exp.LOG2E).add(Exp.SHIFT);
        DoubleVector twoToK = twoToK(shifted);
        return q(v, shifted).fma(twoToK, twoToK);
    }

    /** {@link Exp#expm1} lane by lane. */
    private static DoubleVector expm1(DoubleVector v) {
        DoubleVector shifted = v.mul(Exp.LOG2E).add(Exp.SHIFT);
        DoubleVector twoToK = twoToK(shifted);
        return q(v, shifted).fma(twoToK, twoToK.sub(1.0));
    }

    private static DoubleVector q(DoubleVector v, DoubleVector shifted) {
        DoubleVector k = shifted.sub(Exp.SHIFT);
        DoubleVector r = v.sub(k.mul(Exp.LN2_HI)).sub(k.mul(Exp.LN2_LO));
        DoubleVector p = r.broadcast(C13).fma(r, r.broadcast(C12));
        p = p.fma(r, r.broadcast(C11));
        p = p.fma(r, r.broadcast(C10));
        p = p.fma(r, r.broadcast(C9));
        p = p.fma(r, r.broadcast(C8));
        p = p.fma(r, r.broadcast(C7));
        p = p.fma(r, r.broadcast(C6));
        p = p.fma(r, r.broadcast(C5));
        p = p.fma(r, r.broadcast(C4));
        p = p.fma(r, r.broadcast(C3));
        p = p.fma(r, r.broadcast(C2));
        p = p.fma(r, r.broadcast(C1));
        return p.mul(r);
    }

    private static DoubleVector twoToK(DoubleVector shifted) {
        LongVector k = shifted.reinterpretAsLongs().sub(Exp.SHIFT_BITS);
        LongVector k1 = k.lanewise(VectorOperators.ASHR, 1L);
        return powerOfTwo(k1).mul(powerOfTwo(k.sub(k1)));
    }

    private static DoubleVector powerOfTwo(LongVector k) {
        return k.add(1023L).lanewise(VectorOperators.LSHL, 52L).reinterpretAsDoubles();
    }
}
