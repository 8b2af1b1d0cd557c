package org.rnnlab.diagnostics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.cell.Cell;
import org.rnnlab.cell.CellWorkspace;
import org.rnnlab.cell.LstmCell;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.model.Unroll;
import org.rnnlab.tensor.Block;

/**
 * How the Jacobian product of a recurrent layer decays or grows with the lag: for each layer l and
 * lag k, the norm of
 *
 * <pre>
 *   M_k = ∂h_T/∂h_{T−k} = J_T J_{T−1} ⋯ J_{T−k+1},   J_t = ∂h_t/∂h_{t−1}   (H × H, per sequence)
 * </pre>
 *
 * with the layer's input held fixed (layer l's input is layer l−1's output) and, for the LSTM, the
 * cell state c_{T−k} held fixed (the partial derivative through every path from h_{T−k}, the one
 * backprop-through-time carries in {@code dhNext}). Two norms per lag: the <b>spectral norm</b>
 * σ_max(M_k), by power iteration on M_kᵀM_k, and the Frobenius norm ‖M_k‖_F; each is the mean over
 * the first {@code sequences} sequences of the batch. Pascanu, Mikolov and Bengio (2013) bound the
 * gradient reaching h_{T−k} by the spectral norms of these products: below 1 it vanishes with k,
 * above 1 it can explode.
 *
 * <p>How: M_k is made exactly, by the layer's own backward pass (no finite differences). The window's
 * last k steps run forward again from the state h_{T−k} (and c_{T−k}) of the full forward pass, with
 * every sequence repeated H times in the batch, and the backward pass starts from the identity at
 * h_T: column i of the gradient it leaves at the initial state is row i of M_k. That is k steps of a
 * batch of {@code sequences·H} columns per lag; {@link #lags} chooses at most {@value #MAX_LAGS}
 * lags, so the whole measure costs a few forward and backward passes of the window.
 *
 * @param lags      the lags k, ascending, each in [1, T]
 * @param spectral  per layer (bottom first), σ_max(M_k) at each lag
 * @param frobenius per layer, ‖M_k‖_F at each lag
 */
public record JacobianFlow(int[] lags, double[][] spectral, double[][] frobenius) implements Serializable {

    /** Lags measured at most: every lag up to this many steps, log-spaced beyond. */
    public static final int MAX_LAGS = 24;
    /** Sequences of the batch the norms are averaged over, at most. */
    public static final int SEQUENCES = 4;
    private static final int POWER_ITERATIONS = 1000;

    public JacobianFlow {
        if (lags == null || spectral == null || frobenius == null || spectral.length != frobenius.length) {
            throw new IllegalArgumentException("lags and per-layer spectral and Frobenius norms are required");
        }
    }

    /** Equal when the lags and norms are the same values (NaN equals NaN), so a read-back record equals its original. */
    @Override
    public boolean equals(Object o) {
        return o instanceof JacobianFlow f && Arrays.equals(lags, f.lags) && Arrays.deepEquals(spectral, f.spectral)
                && Arrays.deepEquals(frobenius, f.frobenius);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lags) + Arrays.deepHashCode(spectral);
    }

    @Override
    public String toString() {
        return "JacobianFlow[lags " + Arrays.toString(lags) + ", spectral " + Arrays.deepToString(spectral) + "]";
    }

    /**
     * Measures the Jacobian flow of every layer on the first {@code min(SEQUENCES, batch)} sequences
     * of {@code x}, from zero initial states. Overwrites the model's gradients (call between
     * optimisation steps, not inside one).
     *
     * @param x {@code D × T·B}
     */
    public static JacobianFlow measure(SequenceModel model, R064Store x, int batch) {
        int steps = Math.toIntExact(x.countColumns() / batch);
        return measure(model, x, batch, lags(steps), Math.min(SEQUENCES, batch));
    }

    /** As {@link #measure(SequenceModel, R064Store, int)}, at the given lags, averaged over {@code sequences}. */
    public static JacobianFlow measure(SequenceModel model, R064Store x, int batch, int[] lags, int sequences) {
        if (batch < 1 || x.countColumns() % batch != 0) {
            throw new IllegalArgumentException("input has " + x.countColumns() + " columns, not a whole number of steps of "
                    + batch + " sequences");
        }
        int steps = Math.toIntExact(x.countColumns() / batch);
        if (sequences < 1 || sequences > batch) {
            throw new IllegalArgumentException("sequences must be in [1, " + batch + "], got " + sequences);
        }
        for (int k : lags) {
            if (k < 1 || k > steps) {
                throw new IllegalArgumentException("a lag must be in [1, " + steps + "], got " + k);
            }
        }
        Unroll u = model.unroll(steps, batch);
        u.zeroInitialState();
        model.forward(u, Block.of(x));
        int layers = model.cells().size();
        double[][] spectral = new double[layers][lags.length], frobenius = new double[layers][lags.length];
        for (int l = 0; l < layers; l++) {
            Block in = l == 0 ? Block.of(x) : u.layer(l - 1).outputs();
            for (int i = 0; i < lags.length; i++) {
                double[] norms = lagNorms(model, model.cells().get(l), u.layer(l), in, batch, lags[i], sequences);
                spectral[l][i] = norms[0];
                frobenius[l][i] = norms[1];
            }
        }
        model.zeroGrad();
        return new JacobianFlow(lags.clone(), spectral, frobenius);
    }

    /**
     * The lags measured for a window of T steps: every lag 1 … T when T ≤ {@value #MAX_LAGS}, else
     * {@value #MAX_LAGS} lags spaced evenly in log k from 1 to T (both included).
     */
    public static int[] lags(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be >= 1, got " + steps);
        }
        TreeSet<Integer> set = new TreeSet<>();
        if (steps <= MAX_LAGS) {
            for (int k = 1; k <= steps; k++) {
                set.add(k);
            }
        } else {
            for (int i = 0; i < MAX_LAGS; i++) {
                set.add((int) Math.round(Math.pow(steps, i / (MAX_LAGS - 1.0))));
            }
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    /** {mean σ_max, mean ‖·‖_F} of M_k over the sequences. */
    private static double[] lagNorms(SequenceModel model, Cell cell, CellWorkspace full, Block in, int batch, int k,
            int sequences) {
        int h = cell.hiddenSize(), columns = sequences * h, t0 = full.steps() - k;
        R064Store xs = R064Store.FACTORY.make(in.rows(), (long) k * columns);
        for (int j = 0; j < k; j++) {
            for (int s = 0; s < sequences; s++) {
                int from = in.columnOffset((t0 + j) * batch + s);
                for (int i = 0; i < h; i++) {
                    System.arraycopy(in.data(), from, xs.data, (j * columns + s * h + i) * in.rows(), in.rows());
                }
            }
        }
        CellWorkspace ws = cell.newWorkspace(k, columns);
        List<Block> start = new ArrayList<>(List.of(full.hidden(t0)));
        if (full instanceof LstmCell.Workspace lstm) {
            start.add(lstm.cellState(t0));
        }
        for (int v = 0; v < start.size(); v++) {
            Block from = start.get(v), to = ws.initialState().get(v);
            for (int s = 0; s < sequences; s++) {
                for (int i = 0; i < h; i++) {
                    System.arraycopy(from.data(), from.columnOffset(s), to.data(), to.columnOffset(s * h + i), h);
                }
            }
        }
        Block xk = Block.of(xs);
        cell.forward(xk, ws, model.matMul());
        ws.outputGradient().zero();
        Block seed = ws.outputGradient(k);
        for (int c = 0; c < columns; c++) {
            seed.set(c % h, c, 1.0); // dL/dh_T = e_i for the i-th copy of each sequence
        }
        cell.backward(xk, ws, null, model.matMul());
        Block g = ws.initialHiddenGradient(); // column s·H + i is row i of M_k of sequence s
        double spectral = 0.0, frobenius = 0.0;
        for (int s = 0; s < sequences; s++) {
            double[] mt = new double[h * h];
            System.arraycopy(g.data(), g.columnOffset(s * h), mt, 0, h * h);
            spectral += spectralNorm(mt, h);
            frobenius += org.rnnlab.tensor.Norms.l2(mt);
        }
        return new double[] {spectral / sequences, frobenius / sequences};
    }

    /**
     * σ_max of the n × n column-major matrix {@code a}, by power iteration on aᵀa from a fixed start:
     * v ← aᵀa v / ‖aᵀa v‖, σ = ‖a v‖, until σ changes by less than 1e-13 relatively. NaN if {@code a}
     * holds a non-finite value.
     */
    public static double spectralNorm(double[] a, int n) {
        for (double value : a) {
            if (!Double.isFinite(value)) {
                return Double.NaN;
            }
        }
        double[] v = new double[n], av = new double[n], atav = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 1.0 + 0.01 * i; // not orthogonal to the top singular vector of a generic matrix
        }
        scale(v, 1.0 / norm(v));
        double sigma = 0.0;
        for (int it = 0; it < POWER_ITERATIONS; it++) {
            multiply(a, n, v, av, false);
            double next = norm(av);
            multiply(a, n, av, atav, true);
            double length = norm(atav);
            if (length == 0.0 || !Double.isFinite(length)) {
                return next;
            }
            System.arraycopy(atav, 0, v, 0, n);
            scale(v, 1.0 / length);
            boolean converged = Math.abs(next - sigma) <= 1e-13 * next;
            sigma = next;
            if (converged) {
                break;
            }
        }
        return sigma;
    }

    /** out = a·v, or aᵀ·v when {@code transpose}. */
    private static void multiply(double[] a, int n, double[] v, double[] out, boolean transpose) {
        Arrays.fill(out, 0.0);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double aij = a[i + j * n];
                if (transpose) {
                    out[j] += aij * v[i];
                } else {
                    out[i] += aij * v[j];
                }
            }
        }
    }

    private static double norm(double[] v) {
        return org.rnnlab.tensor.Norms.l2(v);
    }

    private static void scale(double[] v, double factor) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= factor;
        }
    }

    /** The spectral norms of layer l at the lags. */
    public double[] spectral(int layer) {
        return spectral[layer];
    }

    /**
     * The average factor per step of layer l's spectral norm: (σ_max(M_K)/σ_max(M_1))^(1/(K−1)) between the
     * smallest and the largest lag K; below 1 the Jacobian product contracts. NaN with one lag or a zero norm.
     */
    public double growthPerStep(int layer) {
        double[] s = spectral[layer];
        int n = lags.length;
        if (n < 2 || !(s[0] > 0) || !(s[n - 1] > 0) || !Double.isFinite(s[n - 1])) {
            return Double.NaN;
        }
        return Math.exp(Math.log(s[n - 1] / s[0]) / (lags[n - 1] - lags[0]));
    }
}
