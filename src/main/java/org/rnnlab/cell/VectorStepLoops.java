package org.rnnlab.cell;

import static jdk.incubator.vector.DoubleVector.fromArray;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link StepLoops} on the JDK's Vector API, {@link #LANES} units at a time: each lane performs the
 * scalar loop's operations in the same order, and the units that do not fill a vector run the scalar
 * loop, so the bits are the same on any vector length and without the module. Each method is one
 * flat loop whose vectors never leave it (no helper methods: one that the JIT has compiled on its own
 * may not be inlined, and a vector passed to it is boxed), so the JIT keeps them in registers and
 * allocates nothing ({@code AllocationTest}). Only loaded with {@code --add-modules jdk.incubator.vector}.
 *
 * <p>The launcher and the tests keep these methods (and {@code VectorGemm}'s and {@code VectorGates}')
 * from being inlined into their callers ({@code -XX:CompileCommand=dontinline,…}): inlined into a
 * large caller such as a cell's forward pass, a method's vector intrinsics were sometimes left
 * un-inlined when the caller's inlining budget ran out, and the vectors were then boxed on every
 * step (reproduced with {@code -XX:FreqInlineSize=2000 -XX:InlineSmallCode=8000}: {@code AllocationTest}
 * failed in 2 of 8 runs with a vector bias add in {@code OpenBlasMatMul}, 0 of 12 with the same
 * code compiled on its own; S1–S3 ran as fast either way).
 */
final class VectorStepLoops {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    static final int LANES = S.length();

    private VectorStepLoops() {
    }

    static void add(double[] a, int ao, double[] b, int bo, double[] y, int yo, int n) {
        int end = n - n % LANES;
        for (int u = 0; u < end; u += LANES) {
            fromArray(S, a, ao + u).add(fromArray(S, b, bo + u)).intoArray(y, yo + u);
        }
        StepLoops.add(a, ao, b, bo, y, yo, end, n);
    }

    static void mul(double[] a, int ao, double[] b, int bo, double[] y, int yo, int n) {
        int end = n - n % LANES;
        for (int u = 0; u < end; u += LANES) {
            fromArray(S, a, ao + u).mul(fromArray(S, b, bo + u)).intoArray(y, yo + u);
        }
        StepLoops.mul(a, ao, b, bo, y, yo, end, n);
    }

    static void lstmCell(double[] gates, int z, double[] c, int cPrev, int cNext, int h) {
        int end = h - h % LANES;
        for (int u = 0; u < end; u += LANES) {
            DoubleVector fc = fromArray(S, gates, z + h + u).mul(fromArray(S, c, cPrev + u));
            DoubleVector ig = fromArray(S, gates, z + u).mul(fromArray(S, gates, z + 2 * h + u));
            fc.add(ig).intoArray(c, cNext + u);
        }
        StepLoops.lstmCell(gates, z, c, cPrev, cNext, h, end, h);
    }

    static void lstmDh(double[] dOut, int out, double[] dhNext, double[] gates, int o, double[] tanhC, int tc,
            double[] dh, double[] dc, int col, int n) {
        int end = n - n % LANES;
        for (int u = 0; u < end; u += LANES) {
            DoubleVector tch = fromArray(S, tanhC, tc + u);
            DoubleVector d = fromArray(S, dOut, out + u).add(fromArray(S, dhNext, col + u));
            d.intoArray(dh, col + u);
            d.mul(fromArray(S, gates, o + u)).mul(tch.mul(tch).neg().add(1.0)).intoArray(dc, col + u);
        }
        StepLoops.lstmDh(dOut, out, dhNext, gates, o, tanhC, tc, dh, dc, col, end, n);
    }

    static void lstmDz(double[] gates, int z, double[] c, int cPrev, double[] tanhC, int tc, double[] dh, double[] dc,
            double[] dcNext, int col, double[] dz, int h) {
        int end = h - h % LANES;
        for (int u = 0; u < end; u += LANES) {
            DoubleVector i = fromArray(S, gates, z + u), f = fromArray(S, gates, z + h + u);
            DoubleVector g = fromArray(S, gates, z + 2 * h + u), o = fromArray(S, gates, z + 3 * h + u);
            DoubleVector dcu = fromArray(S, dcNext, col + u).add(fromArray(S, dc, col + u));
            dcu.intoArray(dc, col + u);
            dcu.mul(g).mul(i).mul(i.neg().add(1.0)).intoArray(dz, z + u);
            dcu.mul(fromArray(S, c, cPrev + u)).mul(f).mul(f.neg().add(1.0)).intoArray(dz, z + h + u);
            dcu.mul(i).mul(g.mul(g).neg().add(1.0)).intoArray(dz, z + 2 * h + u);
            DoubleVector dhTanhC = fromArray(S, dh, col + u).mul(fromArray(S, tanhC, tc + u));
            dhTanhC.mul(o).mul(o.neg().add(1.0)).intoArray(dz, z + 3 * h + u);
            dcu.mul(f).intoArray(dcNext, col + u);
        }
        StepLoops.lstmDz(gates, z, c, cPrev, tanhC, tc, dh, dc, dcNext, col, dz, h, end, h);
    }

    static void gruCandidate(double[] gates, double[] zh, int z, int h) {
        int end = h - h % LANES;
        for (int u = 0; u < end; u += LANES) {
            DoubleVector rn = fromArray(S, gates, z + u).mul(fromArray(S, zh, z + 2 * h + u));
            fromArray(S, gates, z + 2 * h + u).add(rn).intoArray(gates, z + 2 * h + u);
        }
        StepLoops.gruCandidate(gates, zh, z, h, end, h);
    }

    static void gruHidden(double[] gates, int z, double[] hs, int hPrev, int hNext, int h) {
        int end = h - h % LANES;
        for (int u = 0; u < end; u += LANES) {
            DoubleVector zu = fromArray(S, gates, z + h + u);
            DoubleVector keep = zu.mul(fromArray(S, hs, hPrev + u));
            zu.neg().add(1.0).mul(fromArray(S, gates, z + 2 * h + u)).add(keep).intoArray(hs, hNext + u);
        }
        StepLoops.gruHidden(gates, z, hs, hPrev, hNext, h, end, h);
    }

    static void gruBackward(double[] gates, double[] zh, int z, double[] hs, int hPrev, double[] dOut, int out,
            double[] dhNext, double[] dhs, int col, double[] dzx, double[] dzh, int h) {
        int end = h - h % LANES;
        for (int u = 0; u < end; u += LANES) {
            DoubleVector r = fromArray(S, gates, z + u), zu = fromArray(S, gates, z + h + u);
            DoubleVector n = fromArray(S, gates, z + 2 * h + u);
            DoubleVector dh = fromArray(S, dOut, out + u).add(fromArray(S, dhNext, col + u));
            dh.intoArray(dhs, col + u);
            DoubleVector dan = dh.mul(zu.neg().add(1.0)).mul(n.mul(n).neg().add(1.0));
            DoubleVector dzr = dan.mul(fromArray(S, zh, z + 2 * h + u)).mul(r).mul(r.neg().add(1.0));
            DoubleVector dzz = dh.mul(fromArray(S, hs, hPrev + u).sub(n)).mul(zu).mul(zu.neg().add(1.0));
            dzr.intoArray(dzx, z + u);
            dzr.intoArray(dzh, z + u);
            dzz.intoArray(dzx, z + h + u);
            dzz.intoArray(dzh, z + h + u);
            dan.intoArray(dzx, z + 2 * h + u);
            dan.mul(r).intoArray(dzh, z + 2 * h + u);
            dh.mul(zu).intoArray(dhNext, col + u);
        }
        StepLoops.gruBackward(gates, zh, z, hs, hPrev, dOut, out, dhNext, dhs, col, dzx, dzh, h, end, h);
    }
}
