package org.rnnlab.cell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.activation.Gates;
import org.rnnlab.init.Initializer;
import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.MatMul;
import org.rnnlab.tensor.Norms;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.tensor.ParameterKind;

/**
 * Long short-term memory (Hochreiter and Schmidhuber 1997; forget gate: Gers, Schmidhuber and
 * Cummins 2000) in PyTorch's form and gate order i|f|g|o:
 *
 * <pre>
 *   z_t = W_ih x_t + b_ih + W_hh h_{t-1} + b_hh                 (4H × B, blocks i|f|g|o)
 *   i = σ(z_i),  f = σ(z_f),  g = tanh(z_g),  o = σ(z_o)
 *   c_t = f ⊙ c_{t-1} + i ⊙ g
 *   h_t = o ⊙ tanh(c_t)
 * </pre>
 *
 * Backward, with dh = ∂L/∂h_t (from outside plus dhNext) and dcNext = ∂L/∂c_t through c_{t+1}:
 *
 * <pre>
 *   dc   = dcNext + dh ⊙ o ⊙ (1 − tanh²(c_t))
 *   dz_i = dc ⊙ g ⊙ i(1−i),   dz_f = dc ⊙ c_{t-1} ⊙ f(1−f)
 *   dz_g = dc ⊙ i ⊙ (1−g²),   dz_o = dh ⊙ tanh(c_t) ⊙ o(1−o)
 *   dcNext = dc ⊙ f,           dhNext = W_hhᵀ dz_t
 * </pre>
 *
 * The cell state's path {@code dcNext = dc ⊙ f} has no weight matrix and no squashing derivative,
 * which is why gradients survive long delays when the forget gate stays open. The forget-gate bias
 * starts at {@link #forgetBias()} (1.0 by default; Gers et al. 2000, Jozefowicz et al. 2015), put in
 * {@code bias_ih}.
 *
 * <p>With layer normalisation ({@link Norm#LAYER}), the LN-LSTM of Ba, Kiros and Hinton (2016):
 * both sides of z_t normalised, here per gate block ({@link CellNorms}), and the cell state
 * normalised before its tanh, with its own gain and shift ({@code norm_c_lK.weight},
 * {@code norm_c_lK.bias}, [H]); the recurrence of c_t itself stays unnormalised:
 *
 * <pre>
 *   z_t = γ_ih ⊙ norm(W_ih x_t) + b_ih + γ_hh ⊙ norm(W_hh h_{t-1}) + b_hh
 *   c_t = f ⊙ c_{t-1} + i ⊙ g                                   (as above)
 *   h_t = o ⊙ tanh(γ_c ⊙ norm(c_t) + β_c)
 * </pre>
 *
 * Backward, the only new step is the gradient reaching c_t through h_t, taken through the
 * normalisation ({@link LayerNorm}'s adjoint, which also adds dγ_c and dβ_c):
 *
 * <pre>
 *   dc = dcNext + LN_cᵀ(dh ⊙ o ⊙ (1 − tanh²(LN_c(c_t))))
 * </pre>
 *
 * and then dz_t as above, through {@link CellNorms} to {@code dhNext = W_hhᵀ dah_t}.
 */
public final class LstmCell implements Cell {

    private final int layer;
    private final double forgetBias;
    private final CellParameters p;
    private final CellNorms norms;
    /** LN_c, the normalisation of c_t before its tanh; null without layer norm. */
    private final LayerNorm cellNorm;
    private final List<Parameter> parameters;

    public LstmCell(int layer, int inputSize, int hiddenSize, double forgetBias) {
        this(layer, inputSize, hiddenSize, forgetBias, Norm.NONE);
    }

    public LstmCell(int layer, int inputSize, int hiddenSize, double forgetBias, Norm norm) {
        if (!Double.isFinite(forgetBias)) {
            throw new IllegalArgumentException("forgetBias must be finite, got " + forgetBias);
        }
        this.layer = layer;
        this.forgetBias = forgetBias;
        this.p = new CellParameters(layer, 4, inputSize, hiddenSize);
        List<Parameter> all = new ArrayList<>(p.list());
        if (norm == Norm.LAYER) {
            this.norms = new CellNorms(layer, p);
            String name = "norm_c_l" + layer;
            this.cellNorm = new LayerNorm(Parameter.vector(name + ".weight", ParameterKind.NORM, layer, hiddenSize),
                    Parameter.vector(name + ".bias", ParameterKind.NORM, layer, hiddenSize), 1, hiddenSize);
            all.addAll(norms.list());
            all.add(cellNorm.gain);
            all.add(cellNorm.shift);
        } else {
            this.norms = null;
            this.cellNorm = null;
        }
        this.parameters = Collections.unmodifiableList(all);
    }

    @Override
    public CellType type() {
        return CellType.LSTM;
    }

    @Override
    public Norm norm() {
        return norms == null ? Norm.NONE : Norm.LAYER;
    }

    public double forgetBias() {
        return forgetBias;
    }

    @Override
    public int inputSize() {
        return p.inputSize;
    }

    @Override
    public int hiddenSize() {
        return p.hidden;
    }

    @Override
    public int layer() {
        return layer;
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public void initialize(Initializer inputInit, Initializer recurrentInit, Random rng) {
        p.initialize(inputInit, recurrentInit, rng);
        java.util.Arrays.fill(p.biasIh.value().data, p.hidden, 2 * p.hidden, forgetBias);
        if (norms != null) {
            norms.initialize();
            cellNorm.resetGain();
            java.util.Arrays.fill(cellNorm.shift.value().data, 0.0);
        }
    }

    @Override
    public Workspace newWorkspace(int steps, int batch) {
        return new Workspace(steps, batch, p.hidden, norms);
    }

    /** Caches of the LSTM: the gate values i|f|g|o in {@code gates}, the cell states c_0 … c_T, tanh(c_t). */
    public static final class Workspace extends CellWorkspace {
        /** c_0 … c_T, H × (T+1)·B: {@code c.at(t)} is c_t. */
        final StepStore c;
        /**
         * tanh(c_t) for t = 1 … T, H × T·B: {@code tanhC.at(t)} is tanh(c_{t+1}); with layer norm
         * tanh(LN_c(c_{t+1})).
         */
        final StepStore tanhC;
        /** ∂L/∂c_t through c_{t+1}, H × B, carried backwards; ∂L/∂c_0 after the backward pass. */
        final Block dcNext;
        /** ‖∂L/∂c_t‖ (Frobenius norm over the batch) for t = 1 … T, filled by the backward pass. */
        final double[] dcNorms;
        /** With layer norm: norm(c_t) for t = 1 … T (H × T·B), its 1/σ (1 × T·B); null otherwise. */
        final StepStore cHat;
        final StepStore cRstd;
        /** ∂L/∂h_t at the current step (H × B), from outside plus through h_{t+1}. */
        final Block dh;
        /** ∂L/∂c_t at the current step (H × B): first its part through h_t, then all of it. */
        final Block dc;
        private final List<Block> initialState;
        private final List<Block> finalState;
        private final List<Block> initialStateGradient;

        Workspace(int steps, int batch, int hidden, CellNorms norms) {
            super(steps, batch, hidden, 4, norms);
            this.c = new StepStore(hidden, steps + 1, batch);
            this.tanhC = new StepStore(hidden, steps, batch);
            this.dcNext = Block.of(R064Store.FACTORY.make(hidden, batch));
            this.dcNorms = new double[steps];
            this.cHat = norms == null ? null : new StepStore(hidden, steps, batch);
            this.cRstd = norms == null ? null : new StepStore(1, steps, batch);
            this.dh = Block.of(R064Store.FACTORY.make(hidden, batch));
            this.dc = Block.of(R064Store.FACTORY.make(hidden, batch));
            this.initialState = List.of(h.at(0), c.at(0));
            this.finalState = List.of(h.at(steps), c.at(steps));
            this.initialStateGradient = List.of(dhNext, dcNext);
        }

        @Override
        StepStore dzh() {
            return dz;
        }

        /** The cell state c_t for t = 0 … T (H × B), after a forward pass. */
        public Block cellState(int t) {
            return c.at(t);
        }

        /** h_0, c_0. */
        @Override
        public List<Block> initialState() {
            return initialState;
        }

        /** h_T, c_T. */
        @Override
        public List<Block> finalState() {
            return finalState;
        }

        /** ∂L/∂h_0, ∂L/∂c_0. */
        @Override
        public List<Block> initialStateGradient() {
            return initialStateGradient;
        }

        /** The cell state c_t for t = 0 … T (H × B). */
        public Block cell(int t) {
            return c.at(t);
        }

        /** The initial cell state c_0 (H × B). */
        public Block initialCell() {
            return c.at(0);
        }

        /** ∂L/∂c_0 after the backward pass. */
        public Block initialCellGradient() {
            return dcNext;
        }

        /** ‖∂L/∂c_t‖ for t = 1 … T (index t−1), from the last backward pass. */
        public double[] cellGradientNorms() {
            return dcNorms;
        }
    }

    @Override
    public void forward(Block x, CellWorkspace workspace, MatMul mm) {
        Workspace ws = (Workspace) workspace;
        p.projectInputs(x, ws, mm, norms == null);
        if (norms != null) {
            norms.normalizeInputs(ws);
        }
        for (int t = 0; t < ws.steps; t++) {
            forwardStep(ws, t, mm);
        }
    }

    /**
     * z_t = W_ih x_t + W_hh h_{t-1} + b (each side normalised with layer norm); the gates in place of
     * z_t; c_t = f c_{t-1} + i g; h_t = o tanh(c_t) (o tanh(LN_c(c_t)) with layer norm).
     */
    private void forwardStep(Workspace ws, int t, MatMul mm) {
        Block z = ws.gates.at(t);
        if (norms == null) {
            p.projectStep(mm, ws, t, z);
            p.recurrentProduct(mm, ws.h.at(t), z);
        } else {
            norms.recurrentSide(ws, t, z, true, mm);  // z holds LN_ih(W_ih x_t) already
        }
        int H = p.hidden, G = 4 * H, B = ws.batch;
        double[] gates = ws.gates.data, c = ws.c.data, tanhC = ws.tanhC.data, h = ws.h.data;
        int z0 = ws.gates.offset(t, 0);                  // sequence b's i|f|g|o, each H long, at z0 + b·4H
        Gates.sigmoid(gates, z0, 2 * H, G, B);           // i, f
        Gates.tanh(gates, z0 + 2 * H, H, G, B);          // g
        Gates.sigmoid(gates, z0 + 3 * H, H, G, B);       // o
        for (int b = 0; b < B; b++) {                    // c_t = f c_{t-1} + i g
            StepLoops.lstmCell(gates, z0 + b * G, c, ws.c.offset(t, b), ws.c.offset(t + 1, b), H);
        }
        if (cellNorm == null) {
            Gates.tanh(c, ws.c.offset(t + 1, 0), tanhC, ws.tanhC.offset(t, 0), H * B);
        } else {                                         // tanh(LN_c(c_t))
            for (int b = 0; b < B; b++) {
                int tc = ws.tanhC.offset(t, b);
                cellNorm.forwardColumn(c, ws.c.offset(t + 1, b), ws.cHat.data, ws.cHat.offset(t, b), ws.cRstd.data,
                        ws.cRstd.offset(t, b), tanhC, tc, false);
            }
            Gates.tanh(tanhC, ws.tanhC.offset(t, 0), tanhC, ws.tanhC.offset(t, 0), H * B);
        }
        for (int b = 0; b < B; b++) {                    // h_t = o tanh(c_t), or o tanh(LN_c(c_t))
            StepLoops.lstmHidden(gates, z0 + b * G + 3 * H, tanhC, ws.tanhC.offset(t, b), h, ws.h.offset(t + 1, b), H);
        }
    }

    @Override
    public void backward(Block x, CellWorkspace workspace, Block dx, MatMul mm) {
        Workspace ws = (Workspace) workspace;
        if (norms == null) {
            p.prepareBackward(ws.steps, ws.batch, mm);
        } else {
            p.prepareBackward(ws.steps);
        }
        ws.dhNext.zero();
        ws.dcNext.zero();
        for (int t = ws.steps - 1; t >= 0; t--) {
            backwardStep(ws, t, mm);
        }
        if (norms == null) {
            p.accumulateGradients(x, ws, dx, mm);
        } else {
            norms.accumulateGradients(x, ws, dx, mm);
        }
    }

    /**
     * The adjoint of {@link #forwardStep}: dz_t from dh and dc, then dhNext = W_hhᵀ dz_t (W_hhᵀ dah_t
     * with layer norm). Two passes over the step, each free of reductions so that the JIT vectorises
     * it: first dh and the part of dc through h_t (taken through LN_c with layer norm), then dc, dz_t
     * and dcNext; the norms of dh and dc are summed after them.
     */
    private void backwardStep(Workspace ws, int t, MatMul mm) {
        int H = p.hidden, G = 4 * H, B = ws.batch, n = H * B;
        double[] gates = ws.gates.data, dz = ws.dz.data, c = ws.c.data, tanhC = ws.tanhC.data, dOut = ws.dOutData(t);
        double[] dhNext = ws.dhNext.data(), dcNext = ws.dcNext.data(), dh = ws.dh.data(), dc = ws.dc.data();
        int z0 = ws.gates.offset(t, 0), c0 = ws.c.offset(t, 0), tc0 = ws.tanhC.offset(t, 0), out0 = ws.dOutOffset(t);
        for (int b = 0; b < B; b++) {         // dh = dOut + dhNext;  dc = dh ⊙ o ⊙ (1 − tanh²(c_t))
            int col = b * H;
            StepLoops.lstmDh(dOut, out0 + col, dhNext, gates, z0 + b * G + 3 * H, tanhC, tc0 + col, dh, dc, col, H);
            if (cellNorm != null) {           // dc = LN_cᵀ(dh ⊙ o ⊙ (1 − tanh²(LN_c(c_t)))), with dγ_c and dβ_c
                cellNorm.backwardColumn(dc, col, ws.cHat.data, ws.cHat.offset(t, b), ws.cRstd.data, ws.cRstd.offset(t, b),
                        dc, col);
            }
        }
        for (int b = 0; b < B; b++) {         // dc += dcNext;  dz_t;  dcNext = dc ⊙ f
            int col = b * H;
            StepLoops.lstmDz(gates, z0 + b * G, c, c0 + col, tanhC, tc0 + col, dh, dc, dcNext, col, dz, H);
        }
        ws.dhNorms[t] = Math.sqrt(Norms.sumOfSquares(dh, 0, n));
        ws.dcNorms[t] = Math.sqrt(Norms.sumOfSquares(dc, 0, n));
        if (norms == null) {
            p.backpropRecurrent(mm, ws.dz.at(t), 0.0, ws.dhNext);
            p.accumulateStep(ws, t, mm);
        } else {
            norms.backpropRecurrent(ws, t, ws.dz.at(t), 0.0, mm);
        }
    }
}
