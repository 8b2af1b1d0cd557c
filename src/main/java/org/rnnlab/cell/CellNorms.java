package org.rnnlab.cell;

import java.util.List;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.MatMul;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.tensor.ParameterKind;

/**
 * The layer normalisation of a cell's two pre-activation sides (Ba, Kiros and Hinton 2016, whose
 * LN-LSTM normalises the two sides separately), each of the G gate blocks normalised on its own:
 *
 * <pre>
 *   zx_t = LN_ih(W_ih x_t) = γ_ih ⊙ norm(W_ih x_t) + b_ih              (G·H × B)
 *   zh_t = LN_hh(W_hh h_{t-1}) = γ_hh ⊙ norm(W_hh h_{t-1}) + b_hh
 * </pre>
 *
 * The vanilla cell and the LSTM add the two sides ({@code z_t = zx_t + zh_t}, in place of
 * {@code W_ih x_t + b_ih + W_hh h_{t-1} + b_hh}); the GRU uses them apart, as it uses its plain
 * sides. Each side's shift is the bias the cell has anyway, so the new parameters are the gains
 * {@code norm_ih_lK.weight} and {@code norm_hh_lK.weight}, {@code [G·H]}, starting at 1.
 * Normalising the sides separately keeps the recurrent side's scale from growing with
 * {@code W_hh}: {@code zh_t} is invariant to rescaling {@code W_hh} or any of its gate blocks.
 *
 * <p>Backward, with dzx = ∂L/∂zx_t and dzh = ∂L/∂zh_t from the cell's gate math, {@link LayerNorm}'s
 * adjoint turns them into the gradients of the raw products, {@code dax = ∂L/∂(W_ih x_t)} and
 * {@code dah = ∂L/∂(W_hh h_{t-1})}, adding dγ and db on the way; then
 * {@code dhNext = W_hhᵀ dah_t}, {@code dW_hh += Σ_t dah_t h_{t-1}ᵀ}, {@code dW_ih += Σ_t dax_t x_tᵀ},
 * {@code dx_t = W_ihᵀ dax_t}. The input side is normalised for the whole window before the time
 * loop and back-propagated after it, since it does not depend on the recurrence.
 */
final class CellNorms {

    private final CellParameters p;
    private final LayerNorm input;
    private final LayerNorm recurrent;

    CellNorms(int layer, CellParameters p) {
        this.p = p;
        int rows = p.gates * p.hidden;
        Parameter gainIh = Parameter.vector("norm_ih_l" + layer + ".weight", ParameterKind.NORM, layer, rows);
        Parameter gainHh = Parameter.vector("norm_hh_l" + layer + ".weight", ParameterKind.NORM, layer, rows);
        this.input = new LayerNorm(gainIh, p.biasIh, p.gates, p.hidden);
        this.recurrent = new LayerNorm(gainHh, p.biasHh, p.gates, p.hidden);
    }

    /** The gains: norm_ih_lK.weight, norm_hh_lK.weight. */
    List<Parameter> list() {
        return List.of(input.gain, recurrent.gain);
    }

    /** Gains back to 1 (the biases, the shifts, are the cell's to initialise). */
    void initialize() {
        input.resetGain();
        recurrent.resetGain();
    }

    Caches newCaches(int steps, int batch) {
        return new Caches(p.gates, p.hidden, steps, batch);
    }

    /** What the normalised sides keep for the backward pass, per window shape. */
    static final class Caches {
        /** norm(W_ih x_t), G·H × T·B, and its 1/σ per gate block, G × T·B. */
        final StepStore inputHat;
        final StepStore inputRstd;
        /** norm(W_hh h_{t-1}), G·H × T·B, and its 1/σ per gate block, G × T·B. */
        final StepStore recurrentHat;
        final StepStore recurrentRstd;
        /** W_hh h_{t-1} of the current step, G·H × B. */
        final Block recurrentRaw;
        /** dah_t = ∂L/∂(W_hh h_{t-1}), G·H × T·B. */
        final StepStore dah;

        Caches(int gates, int hidden, int steps, int batch) {
            long rows = (long) gates * hidden;
            this.inputHat = new StepStore(rows, steps, batch);
            this.inputRstd = new StepStore(gates, steps, batch);
            this.recurrentHat = new StepStore(rows, steps, batch);
            this.recurrentRstd = new StepStore(gates, steps, batch);
            this.recurrentRaw = Block.of(R064Store.FACTORY.make(rows, batch));
            this.dah = new StepStore(rows, steps, batch);
        }
    }

    /** After {@link CellParameters#projectInputs}: {@code gates ← LN_ih(W_ih x)} for every step, in place. */
    void normalizeInputs(CellWorkspace ws) {
        Caches c = ws.norm;
        Block all = ws.gates.all();
        input.forward(all, c.inputHat.all(), c.inputRstd.all(), all, false);
    }

    /** {@code target = LN_hh(W_hh h_t)}, or {@code target += LN_hh(W_hh h_t)} when {@code add}. */
    void recurrentSide(CellWorkspace ws, int t, Block target, boolean add, MatMul mm) {
        Caches c = ws.norm;
        mm.gemm(false, p.weightHh.valueBlock(), false, ws.h.at(t), 0.0, c.recurrentRaw);
        recurrent.forward(c.recurrentRaw, c.recurrentHat.at(t), c.recurrentRstd.at(t), target, add);
    }

    /**
     * From {@code dzh} = ∂L/∂zh_t (G·H × B): {@code dah_t}, the gain's and b_hh's gradients, and
     * {@code dhNext = W_hhᵀ dah_t + beta·dhNext}.
     */
    void backpropRecurrent(CellWorkspace ws, int t, Block dzh, double beta, MatMul mm) {
        Caches c = ws.norm;
        recurrent.backward(dzh, c.recurrentHat.at(t), c.recurrentRstd.at(t), c.dah.at(t));
        p.backpropRecurrent(mm, c.dah.at(t), beta, ws.dhNext);
    }

    /**
     * After the time loop, with {@code dz} holding ∂L/∂zx for every step: turns it in place into
     * dax (adding the gain's and b_ih's gradients), then the weight gradients and ∂L/∂x.
     */
    void accumulateGradients(Block x, CellWorkspace ws, Block dx, MatMul mm) {
        Caches c = ws.norm;
        Block dz = ws.dz.all();
        input.backward(dz, c.inputHat.all(), c.inputRstd.all(), dz);
        p.accumulateWeightGradients(x, dz, c.dah.all(), ws.previousStates(), dx, mm);
    }
}
