package org.rnnlab.diagnostics;

import java.util.Arrays;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.cell.CellWorkspace;
import org.rnnlab.cell.LstmCell;
import org.rnnlab.model.Bptt;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.model.Unroll;

/**
 * ‖∂L/∂h_t‖ for t = 1 … T in every layer (and ‖∂L/∂c_t‖ for the LSTM's cell state), each the
 * Frobenius norm over the batch: the signature of vanishing (decay towards early t) or exploding
 * (growth towards early t) gradients across time.
 *
 * @param hidden per layer (bottom first), the norms for t = 1 … T (index t − 1)
 * @param cell   the same for the LSTM's cell state, or null for other cells
 */
public record TimeGradients(double[][] hidden, double[][] cell) {

    /** Equal when the norms are the same values (NaN equals NaN), so a read-back record equals its original. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TimeGradients t && Arrays.deepEquals(hidden, t.hidden)
                && Arrays.deepEquals(cell, t.cell);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(hidden);
    }

    @Override
    public String toString() {
        return "TimeGradients" + Arrays.deepToString(hidden);
    }

    /** The norms left by the model's last backward pass (the last chunk under truncated BPTT). */
    public static TimeGradients fromLastBackward(SequenceModel model) {
        Unroll u = model.lastUnroll();
        if (u == null) {
            throw new IllegalStateException("the model has not run a window yet");
        }
        int layers = model.cells().size();
        double[][] h = new double[layers][];
        double[][] c = null;
        for (int l = 0; l < layers; l++) {
            CellWorkspace ws = u.layer(l);
            h[l] = ws.hiddenGradientNorms().clone();
            if (ws instanceof LstmCell.Workspace lstm) {
                if (c == null) {
                    c = new double[layers][];
                }
                c[l] = lstm.cellGradientNorms().clone();
            }
        }
        return new TimeGradients(h, c);
    }

    /**
     * Runs one full-BPTT backward pass on a batch and returns its per-time-step norms. Overwrites the
     * model's gradients (call between optimisation steps, not inside one).
     */
    public static TimeGradients measure(SequenceModel model, R064Store x, R064Store y, int batch) {
        model.zeroGrad();
        model.lossAndGradient(x, y, batch, Bptt.full());
        return fromLastBackward(model);
    }

    /** The top layer's norms. */
    public double[] top() {
        return hidden[hidden.length - 1];
    }

    /**
     * The average factor by which the top layer's ‖∂L/∂h_t‖ changes per step going back in time:
     * (‖∂L/∂h_1‖ / ‖∂L/∂h_T‖)^(1/(T−1)). Below 1 the gradient vanishes towards the start, above 1 it
     * explodes. NaN for T = 1 or a zero norm.
     */
    public double backwardGrowthPerStep() {
        double[] n = top();
        if (n.length < 2 || !(n[n.length - 1] > 0) || !(n[0] > 0)) {
            return Double.NaN;
        }
        return Math.exp(Math.log(n[0] / n[n.length - 1]) / (n.length - 1));
    }
}
