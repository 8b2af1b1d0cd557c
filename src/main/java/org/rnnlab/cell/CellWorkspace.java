package org.rnnlab.cell;

import java.util.List;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.tensor.Block;

/**
 * The per-unroll memory of one recurrent layer for windows of {@code steps × batch}: the caches
 * the forward pass keeps for the backward pass, and the backward pass's gradients. Allocated once
 * per window shape and reused for every batch of that shape, so the time loop allocates nothing.
 *
 * <p>Names follow one rule ({@link StepStore}): a field {@code X} is a per-step store, {@code X.at(t)}
 * its step view and {@code X.offset(t, b)} the start of sequence {@code b} at step {@code t}; a
 * gradient is {@code d} + the name of what it is the gradient of ({@code dz}, {@code dhNext}).
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

    /** h_0 … h_T, H × (T+1)·B: {@code h.at(t)} is h_t. */
    final StepStore h;
    /**
     * G·H × T·B, {@code gates.at(t)} for the step that makes h_{t+1}: the input projection
     * {@code W_ih x}, which that step turns in place into what its backward step reads: the
     * pre-activation a (vanilla), the gate values i|f|g|o (LSTM) or r|z|n (GRU).
     */
    final StepStore gates;
    /** ∂L/∂z, the gradient of the gate pre-activations on the input side, G·H × T·B. */
    final StepStore dz;
    /** ∂L/∂h from outside the layer (the head or the layer above), H × T·B: {@code dOut.at(t)} is ∂L/∂h_{t+1}. */
    final StepStore dOut;
    /**
     * A copy of the window's inputs, D × T·B, when the cell multiplies them step by step
     * ({@link CellParameters#projectInputs}; made on first use), and whether this window does.
     */
    StepStore inputs;
    boolean stepInputs;
    /** Steps t below this have no gradient from outside ({@link #outputGradientOnlyAtLastStep}). */
    private int firstOutputGradientStep;
    /** H × B zeros: what {@link #dOutData} gives for those steps. */
    private final double[] noOutputGradient;
    /** ∂L/∂h_t through the recurrence, H × B, carried backwards; ∂L/∂h_0 after the backward pass. */
    final Block dhNext;
    /** ‖∂L/∂h_t‖ (Frobenius norm over the batch) for t = 1 … T, filled by the backward pass. */
    final double[] dhNorms;
    /** The caches of a layer-normalised cell ({@link CellNorms}), or null for a plain one. */
    final CellNorms.Caches norm;
    private final Block outputs;
    private final Block previousStates;
    private final List<Block> initialHiddenState;
    private final List<Block> finalHiddenState;
    private final List<Block> initialHiddenStateGradient;

    /** {@code norms} is the cell's layer normalisation, or null for a plain cell. */
    CellWorkspace(int steps, int batch, int hidden, int gateBlocks, CellNorms norms) {
        if (steps < 1 || batch < 1) {
            throw new IllegalArgumentException("a window needs steps >= 1 and batch >= 1, got " + steps + " x " + batch);
        }
        this.steps = steps;
        this.batch = batch;
        this.hidden = hidden;
        this.h = new StepStore(hidden, steps + 1, batch);
        this.gates = new StepStore((long) gateBlocks * hidden, steps, batch);
        this.dz = new StepStore((long) gateBlocks * hidden, steps, batch);
        this.dOut = new StepStore(hidden, steps, batch);
        this.noOutputGradient = new double[hidden * batch];
        this.dhNext = Block.of(R064Store.FACTORY.make(hidden, batch));
        this.dhNorms = new double[steps];
        this.norm = norms == null ? null : norms.newCaches(steps, batch);
        this.outputs = Block.columns(h.store, batch, steps * batch);
        this.previousStates = Block.columns(h.store, 0, steps * batch);
        this.initialHiddenState = List.of(h.at(0));
        this.finalHiddenState = List.of(h.at(steps));
        this.initialHiddenStateGradient = List.of(dhNext);
    }

    public int steps() {
        return steps;
    }

    public int batch() {
        return batch;
    }

    /** The initial hidden state h_0 (H × B); write into it before the forward pass. */
    public Block initialHidden() {
        return h.at(0);
    }

    /** The hidden state h_t for t = 0 … T (H × B). */
    public Block hidden(int t) {
        return h.at(t);
    }

    /** The layer's outputs h_1 … h_T as one H × T·B block: the next layer's input. */
    public Block outputs() {
        return outputs;
    }

    /** The previous states h_0 … h_{T-1} as one H × T·B block. */
    Block previousStates() {
        return previousStates;
    }

    /**
     * The state a window starts from, H × B blocks: h_0, then c_0 for the LSTM. Write into them
     * before the forward pass (zeros, or the state a previous window ended in).
     */
    public List<Block> initialState() {
        return initialHiddenState;
    }

    /** The state after the last step, in the order of {@link #initialState()}: h_T (then c_T). */
    public List<Block> finalState() {
        return finalHiddenState;
    }

    /** ∂L/∂(initial state) after the backward pass, in the order of {@link #initialState()}. */
    public List<Block> initialStateGradient() {
        return initialHiddenStateGradient;
    }

    /** ∂L/∂h_t from outside the layer for t = 1 … T (H × T·B); the caller fills it before backward. */
    public Block outputGradient() {
        return dOut.all();
    }

    /**
     * Declares (true) that ∂L/∂h_t from outside is zero for every step but the last, as for the top
     * layer of a many-to-one model: the backward pass then reads only the last step's block of
     * {@link #outputGradient()}, and the caller need not zero the others; false (the default) reads
     * every block.
     */
    public void outputGradientOnlyAtLastStep(boolean onlyLast) {
        firstOutputGradientStep = onlyLast ? steps - 1 : 0;
    }

    /** {@link #inputs}, holding a copy of {@code x} (D × T·B). */
    StepStore copyOfInputs(Block x) {
        if (inputs == null || inputs.rows != x.rows()) {
            inputs = new StepStore(x.rows(), steps, batch);
        }
        inputs.all().copyFrom(x);
        return inputs;
    }

    /** The array holding ∂L/∂h_{t+1} from outside for step t (a block of zeros before the first step that has one). */
    double[] dOutData(int t) {
        return t < firstOutputGradientStep ? noOutputGradient : dOut.data;
    }

    /** Where step t's ∂L/∂h_{t+1} from outside starts in {@link #dOutData}. */
    int dOutOffset(int t) {
        return t < firstOutputGradientStep ? 0 : dOut.offset(t, 0);
    }

    /** The part of {@link #outputGradient()} for step t = 1 … T. */
    public Block outputGradient(int t) {
        return dOut.at(t - 1);
    }

    /** ∂L/∂h_0 after the backward pass. */
    public Block initialHiddenGradient() {
        return dhNext;
    }

    /** ‖∂L/∂h_t‖ for t = 1 … T (index t−1), from the last backward pass. */
    public double[] hiddenGradientNorms() {
        return dhNorms;
    }

    /**
     * ∂L/∂z after a backward pass, G·H × T·B, for diagnostics: the gradient of the pre-activations a_t
     * of a vanilla cell, of the gate pre-activations (input side) of a gated one.
     */
    public R064Store gateGradients() {
        return dz.store;
    }

    /** ∂L/∂zh, the gradient on the recurrent side: {@link #dz} itself, except in the GRU, whose two sides differ. */
    abstract StepStore dzh();

    /**
     * The {@link #gates} store after a forward pass, G·H × T·B, for saturation diagnostics: the
     * pre-activations a_t of a vanilla cell, the gate values of a gated one.
     */
    public R064Store gates() {
        return gates.store;
    }
}
