package org.rnnlab.cell;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.tensor.Block;

/**
 * The per-unroll memory of one recurrent layer for windows of {@code steps × batch}: the caches
 * the forward pass keeps for the backward pass, and the backward pass's gradients. Allocated once
 * per window shape and reused for every batch of that shape, so the time loop allocates nothing.
 *
 * <p>Layout (see the {@code tensor} package): the hidden states {@code h_0 … h_T} are one
 * {@code H × (T+1)·B} store, {@code h_0} (the initial state) in its first column block. Its columns
 * {@code [B, (T+1)·B)} are the layer's output, the next layer's input; its columns {@code [0, T·B)}
 * are the previous states that multiply {@code W_hh}. Both are contiguous blocks.
 */
public abstract sealed class CellWorkspace permits VanillaCell.Workspace, LstmCell.Workspace, GruCell.Workspace {

    final int steps;
    final int batch;
    final int hidden;

    /** h_0 … h_T, H × (T+1)·B. */
    final R064Store hs;
    final Block[] h;
    /** Input projections, then (vanilla, LSTM) full pre-activations or activated gates: G·H × T·B. */
    final R064Store zx;
    final Block[] zxStep;
    /** ∂L/∂(gate pre-activations) on the input side, G·H × T·B. */
    final R064Store dZx;
    final Block[] dZxStep;
    /** ∂L/∂h_t from outside the layer (the head or the layer above), H × T·B. */
    final R064Store dOut;
    final Block[] dOutStep;
    /** ∂L/∂h_{t-1} through the recurrence, carried backwards; ∂L/∂h_0 after the backward pass. */
    final R064Store dhNext;
    final Block dhNextBlock;
    /** ‖∂L/∂h_t‖ (Frobenius norm over the batch) for t = 1 … T, filled by the backward pass. */
    final double[] dhNorms;
    private final Block outputs;
    private final Block previousStates;

    CellWorkspace(int steps, int batch, int hidden, int gates) {
        if (steps < 1 || batch < 1) {
            throw new IllegalArgumentException("a window needs steps >= 1 and batch >= 1, got " + steps + " x " + batch);
        }
        this.steps = steps;
        this.batch = batch;
        this.hidden = hidden;
        this.hs = R064Store.FACTORY.make(hidden, (long) (steps + 1) * batch);
        this.h = stepBlocks(hs, steps + 1, batch);
        this.zx = R064Store.FACTORY.make((long) gates * hidden, (long) steps * batch);
        this.zxStep = stepBlocks(zx, steps, batch);
        this.dZx = R064Store.FACTORY.make((long) gates * hidden, (long) steps * batch);
        this.dZxStep = stepBlocks(dZx, steps, batch);
        this.dOut = R064Store.FACTORY.make(hidden, (long) steps * batch);
        this.dOutStep = stepBlocks(dOut, steps, batch);
        this.dhNext = R064Store.FACTORY.make(hidden, batch);
        this.dhNextBlock = Block.of(dhNext);
        this.dhNorms = new double[steps];
        this.outputs = Block.columns(hs, batch, steps * batch);
        this.previousStates = Block.columns(hs, 0, steps * batch);
    }

    /** The column blocks of {@code count} consecutive time steps of {@code batch} columns each. */
    static Block[] stepBlocks(R064Store store, int count, int batch) {
        Block[] blocks = new Block[count];
        for (int t = 0; t < count; t++) {
            blocks[t] = Block.columns(store, t * batch, batch);
        }
        return blocks;
    }

    public int steps() {
        return steps;
    }

    public int batch() {
        return batch;
    }

    /** The initial hidden state h_0 (H × B); write into it before the forward pass. */
    public Block initialHidden() {
        return h[0];
    }

    /** The hidden state h_t for t = 0 … T (H × B). */
    public Block hidden(int t) {
        return h[t];
    }

    /** The layer's outputs h_1 … h_T as one H × T·B block: the next layer's input. */
    public Block outputs() {
        return outputs;
    }

    /** The previous states h_0 … h_{T-1} as one H × T·B block. */
    Block previousStates() {
        return previousStates;
    }

    /** ∂L/∂h_t from outside the layer for t = 1 … T (H × T·B); the caller fills it before backward. */
    public Block outputGradient() {
        return Block.of(dOut);
    }

    /** The part of {@link #outputGradient()} for step t = 1 … T. */
    public Block outputGradient(int t) {
        return dOutStep[t - 1];
    }

    /** ∂L/∂h_0 after the backward pass. */
    public Block initialHiddenGradient() {
        return dhNextBlock;
    }

    /** ‖∂L/∂h_t‖ for t = 1 … T (index t−1), from the last backward pass. */
    public double[] hiddenGradientNorms() {
        return dhNorms;
    }

    /** The final state's extra part for cells that have one (the LSTM's c_T), else null. */
    public Block finalCell() {
        return null;
    }

    /** The initial state's extra part (the LSTM's c_0), else null. */
    public Block initialCell() {
        return null;
    }

    /** ∂L/∂c_0 after the backward pass (LSTM), else null. */
    public Block initialCellGradient() {
        return null;
    }

    /** ‖∂L/∂c_t‖ for t = 1 … T (LSTM), else null. */
    public double[] cellGradientNorms() {
        return null;
    }

    /** ∂L/∂(pre-activations) on the recurrent side; the same store as {@link #dZx} unless the cell differs (GRU). */
    abstract R064Store dZh();

    /** The pre-activations of the hidden nonlinearity, for saturation diagnostics (vanilla: a_t; gated: gate values). */
    public R064Store gateCache() {
        return zx;
    }
}
