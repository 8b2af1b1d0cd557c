package org.rnnlab.diagnostics;

import java.io.Serializable;
import java.util.Arrays;

import org.rnnlab.cell.CellWorkspace;
import org.rnnlab.cell.LstmCell;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.model.Unroll;
import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.Norms;

/**
 * How large a network's forward state grew over one batch, per layer (bottom first): gradient
 * clipping bounds the step, not the activations, and an unbounded unit (ReLU) at a recurrent gain
 * above 1 can blow its state up while every step stays clipped.
 *
 * <ul>
 * <li>{@code maxAbsHidden}: max |h_t[u, b]| over units u, sequences b and steps t = 1 … T;</li>
 * <li>{@code meanHiddenNorm}: the mean over b and t of ‖h_t[:, b]‖₂, the length of one sequence's
 * state vector;</li>
 * <li>{@code maxAbsCell}, {@code meanCellNorm}: the same for the LSTM's cell state c_t, NaN for the
 * other cells.</li>
 * </ul>
 * A state that is not finite gives NaN or ∞.
 */
public record StateMagnitude(double[] maxAbsHidden, double[] meanHiddenNorm, double[] maxAbsCell, double[] meanCellNorm)
        implements Serializable {

    /** Equal when every figure is the same value (NaN equals NaN), so a read-back record equals its original. */
    @Override
    public boolean equals(Object o) {
        return o instanceof StateMagnitude m && Arrays.equals(maxAbsHidden, m.maxAbsHidden)
                && Arrays.equals(meanHiddenNorm, m.meanHiddenNorm) && Arrays.equals(maxAbsCell, m.maxAbsCell)
                && Arrays.equals(meanCellNorm, m.meanCellNorm);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(maxAbsHidden);
    }

    @Override
    public String toString() {
        return "StateMagnitude[maxAbsHidden=" + Arrays.toString(maxAbsHidden) + ", meanHiddenNorm="
                + Arrays.toString(meanHiddenNorm) + "]";
    }


    /** The states of the model's last forward pass (the last chunk under truncated BPTT). */
    public static StateMagnitude fromLastForward(SequenceModel model) {
        Unroll u = model.lastUnroll();
        if (u == null) {
            throw new IllegalStateException("the model has not run a window yet");
        }
        int layers = model.cells().size();
        double[] maxH = new double[layers], meanH = new double[layers], maxC = new double[layers], meanC = new double[layers];
        Arrays.fill(maxC, Double.NaN);
        Arrays.fill(meanC, Double.NaN);
        for (int l = 0; l < layers; l++) {
            CellWorkspace ws = u.layer(l);
            double[] h = measure(ws, t -> ws.hidden(t));
            maxH[l] = h[0];
            meanH[l] = h[1];
            if (ws instanceof LstmCell.Workspace lstm) {
                double[] c = measure(ws, lstm::cell);
                maxC[l] = c[0];
                meanC[l] = c[1];
            }
        }
        return new StateMagnitude(maxH, meanH, maxC, meanC);
    }

    /** {max |s|, mean ‖s[:, b]‖} over t = 1 … T of the states {@code state.at(t)}. */
    private static double[] measure(CellWorkspace ws, java.util.function.IntFunction<Block> state) {
        double max = 0.0, sum = 0.0;
        int count = 0;
        for (int t = 1; t <= ws.steps(); t++) {
            Block s = state.apply(t);
            max = Math.max(max, Norms.maxAbs(s.data(), s.offset(), s.offset() + s.size()));
            for (int b = 0; b < s.cols(); b++) {
                int from = s.columnOffset(b);
                sum += Norms.l2(s.data(), from, from + s.rows());
                count++;
            }
        }
        return new double[] {max, count == 0 ? Double.NaN : sum / count};
    }

    /** The largest |h| of any layer, and |c| of an LSTM's (NaN if any is NaN). */
    public double largest() {
        double max = 0.0;
        for (double[] a : new double[][] {maxAbsHidden, maxAbsCell}) {
            for (double v : a) {
                if (Double.isNaN(v) && a == maxAbsHidden) {
                    return Double.NaN;
                }
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        return max;
    }

    /** The top layer's mean ‖h_t‖. */
    public double topMeanHiddenNorm() {
        return meanHiddenNorm[meanHiddenNorm.length - 1];
    }
}
