package org.rnnlab.diagnostics;

import java.util.List;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.cell.Cell;
import org.rnnlab.cell.CellType;
import org.rnnlab.cell.CellWorkspace;
import org.rnnlab.cell.LstmCell;
import org.rnnlab.diagnostics.NonFiniteSite.Tensor;
import org.rnnlab.model.Bptt;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.model.Unroll;
import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.Norms;
import org.rnnlab.tensor.Parameter;

/**
 * First-NaN forensics: re-runs one training step's forward and backward pass (full BPTT) on the
 * weights and the batch that diverged, and finds the first value that is NaN or ±Inf in the order the
 * step computes them:
 *
 * <ol>
 * <li>the weights, then the input;</li>
 * <li>forward, for t = 1 … T, for each layer bottom up: the pre-activation a_t (vanilla) or the gates
 * (LSTM i|f|g|o, GRU r|z|n), the cell state c_t (LSTM), the hidden state h_t — so the first hit has
 * only finite inputs (layer l−1 at t and layer l at t−1 come before it); then the head's output and the loss;</li>
 * <li>backward: the head's parameter gradients, then for each layer top down the ∂L/∂h_t arriving from
 * above (all t), and for t = T … 1 ∂L/∂a_t (vanilla) or ∂L/∂z_t (the gates' pre-activations), which
 * carries every non-finite element of ∂L/∂h_t (a NaN or ±Inf in ∂L/∂h_t makes ∂L/∂a_t NaN or ±Inf,
 * also where the derivative is 0); then the layer's parameter gradients; last the global gradient norm,
 * which can overflow though every element is finite.</li>
 * </ol>
 *
 * <p>It costs nothing while a run stays finite: call it once, when a run has diverged, with the weights
 * of that step (the trainer applies no update on the step that diverges) — the same weights and batch
 * give the same bits, so the re-run meets the same values. Overwrites the model's gradients.
 */
public final class NonFiniteLocator {

    private NonFiniteLocator() {
    }

    /**
     * The first non-finite value of a step on this batch, or null when every value, and the gradient
     * norm, is finite (a run that diverged by the divergence rule on a finite norm).
     *
     * @param x     the inputs, {@code D × T·B}
     * @param y     the targets, as {@link SequenceModel#lossAndGradient} takes them
     * @param batch B
     */
    public static NonFiniteSite locate(SequenceModel model, R064Store x, R064Store y, int batch) {
        NonFiniteSite site = weights(model);
        int input = firstIn(x.data, 0, x.data.length);
        if (site == null && input >= 0) {
            site = new NonFiniteSite(Tensor.INPUT, -1, 0, "", x.data[input]);
        }
        if (site != null) {
            return site;
        }
        int steps = Math.toIntExact(x.countColumns() / batch);
        Unroll u = model.unroll(steps, batch);
        u.zeroInitialState();
        model.forward(u, Block.of(x));
        site = forward(model, u);
        if (site != null) {
            return site;
        }
        model.zeroGrad();
        double loss = model.lossAndGradient(x, y, batch, Bptt.full());
        if (!Double.isFinite(loss)) {
            return new NonFiniteSite(Tensor.LOSS, -1, 0, "", loss);
        }
        return backward(model, model.lastUnroll());
    }

    private static NonFiniteSite weights(SequenceModel model) {
        for (Parameter p : model.parameters()) {
            int i = firstIn(p.value().data, 0, p.value().data.length);
            if (i >= 0) {
                return new NonFiniteSite(Tensor.WEIGHT, p.layer(), 0, p.name(), p.value().data[i]);
            }
        }
        return null;
    }

    private static NonFiniteSite forward(SequenceModel model, Unroll u) {
        List<Cell> cells = model.cells();
        for (int t = 1; t <= u.steps(); t++) {
            for (int l = 0; l < cells.size(); l++) {
                Cell cell = cells.get(l);
                CellWorkspace ws = u.layer(l);
                NonFiniteSite gate = inStep(ws.gates(), t, u.batch(), cell, l, cell.type() == CellType.RNN
                        ? Tensor.PRE_ACTIVATION : Tensor.GATE);
                if (gate != null) {
                    return gate;
                }
                if (ws instanceof LstmCell.Workspace lstm && firstIn(lstm.cellState(t)) >= 0) {
                    return site(Tensor.CELL_STATE, l, t, "", lstm.cellState(t));
                }
                if (firstIn(ws.hidden(t)) >= 0) {
                    return site(Tensor.HIDDEN_STATE, l, t, "", ws.hidden(t));
                }
            }
        }
        return firstIn(u.output()) >= 0 ? site(Tensor.OUTPUT, -1, 0, "", u.output()) : null;
    }

    private static NonFiniteSite backward(SequenceModel model, Unroll u) {
        List<Cell> cells = model.cells();
        NonFiniteSite head = gradients(model, cells.size(), cells.size());
        if (head != null) {
            return head;
        }
        for (int l = cells.size() - 1; l >= 0; l--) {
            Cell cell = cells.get(l);
            CellWorkspace ws = u.layer(l);
            for (int t = 1; t <= u.steps(); t++) {
                if (firstIn(ws.outputGradient(t)) >= 0) {
                    return site(Tensor.OUTPUT_GRADIENT, l, t, "", ws.outputGradient(t));
                }
            }
            for (int t = u.steps(); t >= 1; t--) {
                NonFiniteSite dz = inStep(ws.gateGradients(), t, u.batch(), cell, l, Tensor.GATE_GRADIENT);
                if (dz != null) {
                    return dz;
                }
            }
            NonFiniteSite own = gradients(model, l, cells.size());
            if (own != null) {
                return own;
            }
        }
        double norm = Norms.gradientL2(model.parameters());
        return Double.isFinite(norm) ? null : new NonFiniteSite(Tensor.GRADIENT_NORM, -1, 0, "", norm);
    }

    /** The first parameter of layer {@code layer} (the head when it equals the layer count) with a non-finite gradient. */
    private static NonFiniteSite gradients(SequenceModel model, int layer, int layers) {
        for (Parameter p : model.parameters()) {
            if ((p.layer() < 0 ? layers : p.layer()) != layer) {
                continue;
            }
            int i = firstIn(p.grad().data, 0, p.grad().data.length);
            if (i >= 0) {
                return new NonFiniteSite(Tensor.PARAMETER_GRADIENT, layer == layers ? -1 : layer, 0, p.name(), p.grad().data[i]);
            }
        }
        return null;
    }

    /** The first non-finite element of step t's block (G·H rows × B columns) of a per-step store, named by its gate. */
    private static NonFiniteSite inStep(R064Store store, int t, int batch, Cell cell, int layer, Tensor tensor) {
        int rows = Math.toIntExact(store.countRows());
        int from = (t - 1) * batch * rows, i = firstIn(store.data, from, from + batch * rows);
        if (i < 0) {
            return null;
        }
        int block = ((i - from) % rows) / cell.hiddenSize();
        return new NonFiniteSite(tensor, layer, t, gateName(cell.type(), block), store.data[i]);
    }

    /** "pre-activation a" or the gate of block {@code block} in PyTorch's order. */
    static String gateName(CellType type, int block) {
        return switch (type) {
            case RNN -> "";
            case LSTM -> new String[] {"input gate i", "forget gate f", "cell candidate g", "output gate o"}[block];
            case GRU -> new String[] {"reset gate r", "update gate z", "candidate n"}[block];
        };
    }

    private static NonFiniteSite site(Tensor tensor, int layer, int t, String detail, Block b) {
        return new NonFiniteSite(tensor, layer, t, detail, b.data()[b.offset() + firstIn(b)]);
    }

    /** The index within the block of its first non-finite element, or −1. */
    private static int firstIn(Block b) {
        int i = firstIn(b.data(), b.offset(), b.offset() + b.size());
        return i < 0 ? -1 : i - b.offset();
    }

    /** The index of the first non-finite element of {@code a[from, to)}, or −1. */
    private static int firstIn(double[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Double.isFinite(a[i])) {
                return i;
            }
        }
        return -1;
    }
}
