package org.rnnlab.cell;

import org.rnnlab.tensor.VectorApi;

/**
 * The element-wise loops of the cells' steps, one sequence's H units at a time, each in two forms
 * that give the same bits: the scalar loops here (the reference, and the tails that do not fill a
 * vector) and {@link VectorStepLoops}, the same operations in the same order on the JDK's Vector
 * API, which runs when the JVM has the {@code jdk.incubator.vector} module. The JIT of JDK 17 does
 * not vectorise these loops on its own (they read and write several arrays of the same type, which
 * it cannot tell apart); written out with vectors they ran 4–8× as fast at H = 32 (the
 * {@code tensor} package has the profile).
 *
 * <p>Every method covers units {@code [from, to)}: {@code a[ao + u]} for each array {@code a} and its
 * offset {@code ao}, so a caller passes the offsets of unit 0 of the sequence. The equations are the
 * cells' (see {@link LstmCell}, {@link GruCell}, {@link VanillaCell}); Java evaluates left to right,
 * so each product below is rounded in the order written.
 */
final class StepLoops {

    /** True when the loops run on {@link VectorStepLoops}. */
    static final boolean VECTOR = vectorAvailable();

    private StepLoops() {
    }

    /** {@code y = a + b}: the LSTM's and the vanilla cell's dh = dOut + dhNext. */
    static void add(double[] a, int ao, double[] b, int bo, double[] y, int yo, int n) {
        if (VECTOR) {
            VectorStepLoops.add(a, ao, b, bo, y, yo, n);
        } else {
            add(a, ao, b, bo, y, yo, 0, n);
        }
    }

    static void add(double[] a, int ao, double[] b, int bo, double[] y, int yo, int from, int to) {
        for (int u = from; u < to; u++) {
            y[yo + u] = a[ao + u] + b[bo + u];
        }
    }

    /**
     * LSTM forward, one sequence: {@code c_t = f ⊙ c_{t-1} + i ⊙ g} from the gates at {@code z}
     * (blocks i|f|g|o of H).
     */
    static void lstmCell(double[] gates, int z, double[] c, int cPrev, int cNext, int h) {
        if (VECTOR) {
            VectorStepLoops.lstmCell(gates, z, c, cPrev, cNext, h);
        } else {
            lstmCell(gates, z, c, cPrev, cNext, h, 0, h);
        }
    }

    static void lstmCell(double[] gates, int z, double[] c, int cPrev, int cNext, int h, int from, int to) {
        for (int u = from; u < to; u++) {
            c[cNext + u] = gates[z + h + u] * c[cPrev + u] + gates[z + u] * gates[z + 2 * h + u];
        }
    }

    /** LSTM forward, one sequence: {@code h_t = o ⊙ tanh(c_t)}, o at {@code z + 3H}. */
    static void lstmHidden(double[] gates, int o, double[] tanhC, int tc, double[] hOut, int ho, int n) {
        if (VECTOR) {
            VectorStepLoops.mul(gates, o, tanhC, tc, hOut, ho, n);
        } else {
            mul(gates, o, tanhC, tc, hOut, ho, 0, n);
        }
    }

    static void mul(double[] a, int ao, double[] b, int bo, double[] y, int yo, int from, int to) {
        for (int u = from; u < to; u++) {
            y[yo + u] = a[ao + u] * b[bo + u];
        }
    }

    /**
     * LSTM backward, one sequence, first pass: {@code dh = dOut + dhNext} and the part of dc through
     * h_t, {@code dc = dh ⊙ o ⊙ (1 − tanh²(c_t))}; dh and dc share the offset {@code col}.
     */
    static void lstmDh(double[] dOut, int out, double[] dhNext, double[] gates, int o, double[] tanhC, int tc,
            double[] dh, double[] dc, int col, int n) {
        if (VECTOR) {
            VectorStepLoops.lstmDh(dOut, out, dhNext, gates, o, tanhC, tc, dh, dc, col, n);
        } else {
            lstmDh(dOut, out, dhNext, gates, o, tanhC, tc, dh, dc, col, 0, n);
        }
    }

    static void lstmDh(double[] dOut, int out, double[] dhNext, double[] gates, int o, double[] tanhC, int tc,
            double[] dh, double[] dc, int col, int from, int to) {
        for (int u = from; u < to; u++) {
            double tch = tanhC[tc + u];
            double d = dOut[out + u] + dhNext[col + u];
            dh[col + u] = d;
            dc[col + u] = d * gates[o + u] * (1.0 - tch * tch);
        }
    }

    /**
     * LSTM backward, one sequence, second pass: {@code dc += dcNext}, the gate gradients
     * {@code dz = dc⊙g⊙i(1−i) | dc⊙c_{t-1}⊙f(1−f) | dc⊙i⊙(1−g²) | dh⊙tanh(c_t)⊙o(1−o)} at {@code z}
     * (the gates' offset) and {@code dcNext = dc ⊙ f}; dh, dc, dcNext and tanh(c_t) share {@code col}
     * ... {@code tc}.
     */
    static void lstmDz(double[] gates, int z, double[] c, int cPrev, double[] tanhC, int tc, double[] dh, double[] dc,
            double[] dcNext, int col, double[] dz, int h) {
        if (VECTOR) {
            VectorStepLoops.lstmDz(gates, z, c, cPrev, tanhC, tc, dh, dc, dcNext, col, dz, h);
        } else {
            lstmDz(gates, z, c, cPrev, tanhC, tc, dh, dc, dcNext, col, dz, h, 0, h);
        }
    }

    static void lstmDz(double[] gates, int z, double[] c, int cPrev, double[] tanhC, int tc, double[] dh, double[] dc,
            double[] dcNext, int col, double[] dz, int h, int from, int to) {
        for (int u = from; u < to; u++) {
            double i = gates[z + u], f = gates[z + h + u], g = gates[z + 2 * h + u], o = gates[z + 3 * h + u];
            double dcu = dcNext[col + u] + dc[col + u];
            dc[col + u] = dcu;
            dz[z + u] = dcu * g * i * (1.0 - i);
            dz[z + h + u] = dcu * c[cPrev + u] * f * (1.0 - f);
            dz[z + 2 * h + u] = dcu * i * (1.0 - g * g);
            dz[z + 3 * h + u] = dh[col + u] * tanhC[tc + u] * o * (1.0 - o);
            dcNext[col + u] = dcu * f;
        }
    }

    /** GRU forward, one sequence: the candidate's pre-activation {@code n += r ⊙ zh_n}, r|z|n at {@code z}. */
    static void gruCandidate(double[] gates, double[] zh, int z, int h) {
        if (VECTOR) {
            VectorStepLoops.gruCandidate(gates, zh, z, h);
        } else {
            gruCandidate(gates, zh, z, h, 0, h);
        }
    }

    static void gruCandidate(double[] gates, double[] zh, int z, int h, int from, int to) {
        for (int u = from; u < to; u++) {
            gates[z + 2 * h + u] += gates[z + u] * zh[z + 2 * h + u];
        }
    }

    /** GRU forward, one sequence: {@code h_t = (1 − z) ⊙ n + z ⊙ h_{t-1}}, r|z|n at {@code z}. */
    static void gruHidden(double[] gates, int z, double[] hs, int hPrev, int hNext, int h) {
        if (VECTOR) {
            VectorStepLoops.gruHidden(gates, z, hs, hPrev, hNext, h);
        } else {
            gruHidden(gates, z, hs, hPrev, hNext, h, 0, h);
        }
    }

    static void gruHidden(double[] gates, int z, double[] hs, int hPrev, int hNext, int h, int from, int to) {
        for (int u = from; u < to; u++) {
            double zu = gates[z + h + u];
            hs[hNext + u] = (1.0 - zu) * gates[z + 2 * h + u] + zu * hs[hPrev + u];
        }
    }

    /**
     * GRU backward, one sequence: from {@code dh = dOut + dhNext}, the gradients of both sides, dzx
     * (input) and dzh (recurrent), {@code dhNext = dh ⊙ z} (before W_hhᵀ dzh is added), and dh kept;
     * r|z|n at {@code z} in gates, zh, dzx and dzh; h_{t-1} at {@code hPrev}; dh and dhNext at {@code col}.
     */
    static void gruBackward(double[] gates, double[] zh, int z, double[] hs, int hPrev, double[] dOut, int out,
            double[] dhNext, double[] dhs, int col, double[] dzx, double[] dzh, int h) {
        if (VECTOR) {
            VectorStepLoops.gruBackward(gates, zh, z, hs, hPrev, dOut, out, dhNext, dhs, col, dzx, dzh, h);
        } else {
            gruBackward(gates, zh, z, hs, hPrev, dOut, out, dhNext, dhs, col, dzx, dzh, h, 0, h);
        }
    }

    static void gruBackward(double[] gates, double[] zh, int z, double[] hs, int hPrev, double[] dOut, int out,
            double[] dhNext, double[] dhs, int col, double[] dzx, double[] dzh, int h, int from, int to) {
        for (int u = from; u < to; u++) {
            double r = gates[z + u], zu = gates[z + h + u], n = gates[z + 2 * h + u];
            double dh = dOut[out + u] + dhNext[col + u];
            dhs[col + u] = dh;
            double dan = dh * (1.0 - zu) * (1.0 - n * n);
            double dzr = dan * zh[z + 2 * h + u] * r * (1.0 - r);
            double dzz = dh * (hs[hPrev + u] - n) * zu * (1.0 - zu);
            dzx[z + u] = dzr;
            dzh[z + u] = dzr;
            dzx[z + h + u] = dzz;
            dzh[z + h + u] = dzz;
            dzx[z + 2 * h + u] = dan;
            dzh[z + 2 * h + u] = dan * r;
            dhNext[col + u] = dh * zu;
        }
    }

    private static boolean vectorAvailable() {
        return VectorApi.runs(() -> VectorStepLoops.LANES > 0);
    }
}
