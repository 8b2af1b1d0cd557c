package org.rnnlab.cell;

import java.util.List;
import java.util.Random;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.activation.Gates;
import org.rnnlab.init.Initializer;
import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.MatMul;
import org.rnnlab.tensor.Norms;
import org.rnnlab.tensor.Parameter;

/**
 * Gated recurrent unit (Cho et al. 2014) in PyTorch's form and gate order r|z|n, with the reset
 * gate applied to the biased recurrent term:
 *
 * <pre>
 *   zx_t = W_ih x_t + b_ih,   zh_t = W_hh h_{t-1} + b_hh       (3H × B each, blocks r|z|n)
 *   r = σ(zx_r + zh_r),  z = σ(zx_z + zh_z)
 *   n = tanh(zx_n + r ⊙ zh_n)
 *   h_t = (1 − z) ⊙ n + z ⊙ h_{t-1}
 * </pre>
 *
 * Backward, with dh = ∂L/∂h_t (from outside plus dhNext):
 *
 * <pre>
 *   dn = dh ⊙ (1 − z),   da_n = dn ⊙ (1 − n²)
 *   dz_r = (da_n ⊙ zh_n) ⊙ r(1−r)     on both sides
 *   dz_z = dh ⊙ (h_{t-1} − n) ⊙ z(1−z) on both sides
 *   dzx_n = da_n,  dzh_n = da_n ⊙ r
 *   dhNext = W_hhᵀ dzh_t + dh ⊙ z
 * </pre>
 *
 * Unlike the LSTM and the vanilla cell, the input and recurrent sides receive different gradients
 * (the n block), so the GRU keeps two gradient stores and {@code b_hh} its own gradient. In the
 * workspace, zx_t lives in {@code gates} (which the step turns into r|z|n), dzx in {@code dz}.
 *
 * <p>With layer normalisation ({@link Norm#LAYER}; Ba, Kiros and Hinton 2016, applied to the GRU as
 * to the LSTM) the two sides are normalised per gate block before they enter the gates, their
 * biases being the normalisations' shifts ({@link CellNorms}):
 *
 * <pre>
 *   zx_t = γ_ih ⊙ norm(W_ih x_t) + b_ih,   zh_t = γ_hh ⊙ norm(W_hh h_{t-1}) + b_hh
 * </pre>
 *
 * and the gates as above; so the reset gate multiplies the normalised recurrent candidate
 * {@code zh_n}. Backward, dzx and dzh as above, taken through the normalisations to
 * {@code dhNext = W_hhᵀ dah_t + dh ⊙ z}.
 */
public final class GruCell implements Cell {

    private final int layer;
    private final CellParameters p;
    private final CellNorms norms;
    private final List<Parameter> parameters;

    public GruCell(int layer, int inputSize, int hiddenSize) {
        this(layer, inputSize, hiddenSize, Norm.NONE);
    }

    public GruCell(int layer, int inputSize, int hiddenSize, Norm norm) {
        this.layer = layer;
        this.p = new CellParameters(layer, 3, inputSize, hiddenSize);
        this.norms = norm == Norm.LAYER ? new CellNorms(layer, p) : null;
        List<Parameter> all = new java.util.ArrayList<>(p.list());
        if (norms != null) {
            all.addAll(norms.list());
        }
        this.parameters = java.util.Collections.unmodifiableList(all);
    }

    @Override
    public CellType type() {
        return CellType.GRU;
    }

    @Override
    public Norm norm() {
        return norms == null ? Norm.NONE : Norm.LAYER;
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
        if (norms != null) {
            norms.initialize();
        }
    }

    @Override
    public Workspace newWorkspace(int steps, int batch) {
        return new Workspace(steps, batch, p.hidden, norms);
    }

    /** Caches of the GRU: the gate values r|z|n in {@code gates}, the recurrent terms zh_t, and dzh. */
    public static final class Workspace extends CellWorkspace {
        /** zh = W_hh h_{t-1} + b_hh, 3H × T·B: {@code zh.at(t)} for the step that makes h_{t+1}. */
        final StepStore zh;
        /** ∂L/∂zh, the recurrent side's gradient, 3H × T·B (the input side's is {@code dz}). */
        final StepStore dzh;
        /** ∂L/∂h_t at the current step (H × B), from outside plus through h_{t+1}. */
        final Block dh;

        Workspace(int steps, int batch, int hidden, CellNorms norms) {
            super(steps, batch, hidden, 3, norms);
            this.zh = new StepStore(3L * hidden, steps, batch);
            this.dzh = new StepStore(3L * hidden, steps, batch);
            this.dh = Block.of(R064Store.FACTORY.make(hidden, batch));
        }

        @Override
        StepStore dzh() {
            return dzh;
        }
    }

    @Override
    public void forward(Block x, CellWorkspace workspace, MatMul mm) {
        Workspace ws = (Workspace) workspace;
        p.projectInputs(x, ws, mm, norms == null);
        if (norms != null) {
            norms.normalizeInputs(ws);   // zx_t = LN_ih(W_ih x_t), b_ih included
        }
        for (int t = 0; t < ws.steps; t++) {
            forwardStep(ws, t, mm);
        }
    }

    /**
     * zx_t += b_ih; zh_t = W_hh h_{t-1} + b_hh (with layer norm: zh_t = LN_hh(W_hh h_{t-1}), zx_t
     * normalised before the loop); gates r, z, n in place of zx_t; h_t = (1−z) n + z h_{t-1}.
     */
    private void forwardStep(Workspace ws, int t, MatMul mm) {
        if (norms == null) {
            mm.gemmPlusColumn(p.weightHh.valueBlock(), ws.h.at(t), 0.0, p.biasHh.value().data, ws.zh.at(t)); // zh_t, kept
            p.projectStepWithInputBias(mm, ws, t, ws.gates.at(t));
        } else {
            norms.recurrentSide(ws, t, ws.zh.at(t), false, mm);
        }
        int H = p.hidden, G = 3 * H, B = ws.batch;
        double[] gates = ws.gates.data, zh = ws.zh.data, h = ws.h.data;
        int z0 = ws.gates.offset(t, 0);                // sequence b's r|z|n, each H long, at z0 + b·3H, in gates and in zh
        for (int b = 0; b < B; b++) {                  // pre-activations of r and z
            StepLoops.add(gates, z0 + b * G, zh, z0 + b * G, gates, z0 + b * G, 2 * H);
        }
        Gates.sigmoid(gates, z0, 2 * H, G, B);         // r, z
        for (int b = 0; b < B; b++) {                  // W_in x + b_in + r (W_hn h + b_hn)
            StepLoops.gruCandidate(gates, zh, z0 + b * G, H);
        }
        Gates.tanh(gates, z0 + 2 * H, H, G, B);        // n
        for (int b = 0; b < B; b++) {                  // h_t = (1 − z) n + z h_{t-1}
            StepLoops.gruHidden(gates, z0 + b * G, h, ws.h.offset(t, b), ws.h.offset(t + 1, b), H);
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
     * The adjoint of {@link #forwardStep}: dzx_t, dzh_t from dh, then dhNext = W_hhᵀ dzh_t + dh ⊙ z;
     * the loop is free of reductions so that the JIT vectorises it, the norm of dh summed after it.
     */
    private void backwardStep(Workspace ws, int t, MatMul mm) {
        int H = p.hidden, G = 3 * H, B = ws.batch;
        double[] gates = ws.gates.data, zh = ws.zh.data, h = ws.h.data, dhs = ws.dh.data();
        double[] dzx = ws.dz.data, dzh = ws.dzh.data, dOut = ws.dOutData(t), dhNext = ws.dhNext.data();
        int z0 = ws.gates.offset(t, 0), h0 = ws.h.offset(t, 0), out0 = ws.dOutOffset(t);
        for (int b = 0; b < B; b++) {         // r|z|n at z0 + b·3H in gates, zh, dz and dzh
            int col = b * H;
            StepLoops.gruBackward(gates, zh, z0 + b * G, h, h0 + col, dOut, out0 + col, dhNext, dhs, col, dzx, dzh, H);
        }
        ws.dhNorms[t] = Math.sqrt(Norms.sumOfSquares(dhs, 0, H * B));
        if (norms == null) {
            p.backpropRecurrent(mm, ws.dzh.at(t), 1.0, ws.dhNext);
            p.accumulateStep(ws, t, mm);
        } else {
            norms.backpropRecurrent(ws, t, ws.dzh.at(t), 1.0, mm);
        }
    }
}
