package org.rnnlab.cell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.activation.Activation;
import org.rnnlab.init.Initializer;
import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.MatMul;
import org.rnnlab.tensor.Norms;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.tensor.ParameterKind;

/**
 * The Elman RNN (Elman 1990) with any activation f:
 *
 * <pre>
 *   a_t = W_ih x_t + b_ih + W_hh h_{t-1} + b_hh        (H × B)
 *   h_t = f(a_t)
 * </pre>
 *
 * Backward, with dh = ∂L/∂h_t from outside plus dhNext from step t+1:
 *
 * <pre>
 *   da_t   = dh ⊙ f'(a_t)
 *   dhNext = W_hhᵀ da_t                                  (∂L/∂h_{t-1} through the recurrence)
 *   dW_ih += da_t x_tᵀ,  dW_hh += da_t h_{t-1}ᵀ,  db_ih = db_hh += Σ_b da_t
 * </pre>
 *
 * The gradient reaching h_{t-k} is a product of k factors {@code W_hhᵀ diag(f'(a))}: it vanishes
 * when their norms stay below 1 and explodes when above (Bengio et al. 1994; Pascanu, Mikolov and
 * Bengio 2013). A PReLU activation adds its slope vector {@code activation_lN.weight} [H].
 *
 * <p>With layer normalisation ({@link Norm#LAYER}; Ba, Kiros and Hinton 2016) each side is
 * normalised over the H units before the activation ({@link CellNorms}):
 *
 * <pre>
 *   a_t = γ_ih ⊙ norm(W_ih x_t) + b_ih + γ_hh ⊙ norm(W_hh h_{t-1}) + b_hh,   h_t = f(a_t)
 * </pre>
 *
 * and backward {@code da_t} is the gradient of both sides, which {@link CellNorms} takes through
 * their normalisations: {@code dhNext = W_hhᵀ dah_t} with {@code dah_t = ∂L/∂(W_hh h_{t-1})}.
 */
public final class VanillaCell implements Cell {

    private final int layer;
    private final Activation activation;
    private final CellParameters p;
    private final CellNorms norms;
    private final Parameter slopes;
    private final List<Parameter> parameters;

    public VanillaCell(int layer, int inputSize, int hiddenSize, Activation activation) {
        this(layer, inputSize, hiddenSize, activation, Norm.NONE);
    }

    public VanillaCell(int layer, int inputSize, int hiddenSize, Activation activation, Norm norm) {
        this.layer = layer;
        this.activation = activation;
        this.p = new CellParameters(layer, 1, inputSize, hiddenSize);
        this.norms = norm == Norm.LAYER ? new CellNorms(layer, p) : null;
        List<Parameter> all = new ArrayList<>(p.list());
        if (norms != null) {
            all.addAll(norms.list());
        }
        if (activation.learnable()) {
            slopes = Parameter.vector("activation_l" + layer + ".weight", ParameterKind.ACTIVATION, layer, hiddenSize);
            java.util.Arrays.fill(slopes.value().data, activation.parameter());
            all.add(slopes);
        } else {
            slopes = null;
        }
        this.parameters = Collections.unmodifiableList(all);
    }

    @Override
    public CellType type() {
        return CellType.RNN;
    }

    @Override
    public Norm norm() {
        return norms == null ? Norm.NONE : Norm.LAYER;
    }

    public Activation activation() {
        return activation;
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
        if (slopes != null) {
            java.util.Arrays.fill(slopes.value().data, activation.parameter());
        }
    }

    @Override
    public Workspace newWorkspace(int steps, int batch) {
        return new Workspace(steps, batch, p.hidden, norms);
    }

    /** Caches of the vanilla cell: the pre-activations a_t in {@code gates}, h_t in {@code h}. */
    public static final class Workspace extends CellWorkspace {
        /** Scratch for dh = ∂L/∂h_t at the current step, H × B. */
        final Block dh;

        Workspace(int steps, int batch, int hidden, CellNorms norms) {
            super(steps, batch, hidden, 1, norms);
            this.dh = Block.of(R064Store.FACTORY.make(hidden, batch));
        }

        @Override
        StepStore dzh() {
            return dz;
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

    /** a_t = W_ih x_t + W_hh h_{t-1} + b_ih + b_hh (each side normalised with layer norm);  h_t = f(a_t). */
    private void forwardStep(Workspace ws, int t, MatMul mm) {
        Block a = ws.gates.at(t);
        if (norms == null) {
            p.projectStep(mm, ws, t, a);
            p.recurrentProduct(mm, ws.h.at(t), a);
        } else {
            norms.recurrentSide(ws, t, a, true, mm);  // a holds LN_ih(W_ih x_t) already
        }
        activation.forward(a, ws.h.at(t + 1), slopes);
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

    /** dh = dOut_t + dhNext;  da_t = dh ⊙ f'(a_t);  dhNext = W_hhᵀ da_t (W_hhᵀ dah_t with layer norm). */
    private void backwardStep(Workspace ws, int t, MatMul mm) {
        double[] dh = ws.dh.data(), dOut = ws.dOutData(t), dhNext = ws.dhNext.data();
        int o = ws.dOutOffset(t);
        int n = ws.dh.size();
        StepLoops.add(dOut, o, dhNext, 0, dh, 0, n);
        ws.dhNorms[t] = Math.sqrt(Norms.sumOfSquares(dh, 0, n));
        Block da = ws.dz.at(t);
        activation.backward(ws.gates.at(t), ws.h.at(t + 1), ws.dh, da, slopes);
        if (norms == null) {
            p.backpropRecurrent(mm, da, 0.0, ws.dhNext);
            p.accumulateStep(ws, t, mm);
        } else {
            norms.backpropRecurrent(ws, t, da, 0.0, mm);
        }
    }
}
