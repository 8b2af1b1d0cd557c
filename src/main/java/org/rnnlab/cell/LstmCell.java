package org.rnnlab.cell;

import java.util.List;
import java.util.Random;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.activation.Gates;
import org.rnnlab.init.Initializer;
import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.MatMul;
import org.rnnlab.tensor.Parameter;

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
 */
public final class LstmCell implements Cell {

    private final int layer;
    private final double forgetBias;
    private final CellParameters p;

    public LstmCell(int layer, int inputSize, int hiddenSize, double forgetBias) {
        if (!Double.isFinite(forgetBias)) {
            throw new IllegalArgumentException("forgetBias must be finite, got " + forgetBias);
        }
        this.layer = layer;
        this.forgetBias = forgetBias;
        this.p = new CellParameters(layer, 4, inputSize, hiddenSize);
    }

    @Override
    public CellType type() {
        return CellType.LSTM;
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
        return p.list();
    }

    @Override
    public void initialize(Initializer inputInit, Initializer recurrentInit, Random rng) {
        p.initialize(inputInit, recurrentInit, rng);
        java.util.Arrays.fill(p.biasIh.value().data, p.hidden, 2 * p.hidden, forgetBias);
    }

    @Override
    public Workspace newWorkspace(int steps, int batch) {
        return new Workspace(steps, batch, p.hidden);
    }

    /** Caches of the LSTM: activated gates in {@code zx}, cell states c_0 … c_T, tanh(c_t). */
    public static final class Workspace extends CellWorkspace {
        /** c_0 … c_T, H × (T+1)·B. */
        final R064Store cs;
        final Block[] c;
        /** tanh(c_t) for t = 1 … T, H × T·B. */
        final R064Store tanhC;
        final R064Store dcNext;
        final Block dcNextBlock;
        final double[] dcNorms;

        Workspace(int steps, int batch, int hidden) {
            super(steps, batch, hidden, 4);
            this.cs = R064Store.FACTORY.make(hidden, (long) (steps + 1) * batch);
            this.c = stepBlocks(cs, steps + 1, batch);
            this.tanhC = R064Store.FACTORY.make(hidden, (long) steps * batch);
            this.dcNext = R064Store.FACTORY.make(hidden, batch);
            this.dcNextBlock = Block.of(dcNext);
            this.dcNorms = new double[steps];
        }

        @Override
        R064Store dZh() {
            return dZx;
        }

        @Override
        public Block initialCell() {
            return c[0];
        }

        @Override
        public Block finalCell() {
            return c[steps];
        }

        @Override
        public Block initialCellGradient() {
            return dcNextBlock;
        }

        @Override
        public double[] cellGradientNorms() {
            return dcNorms;
        }
    }

    @Override
    public void forward(Block x, CellWorkspace workspace, MatMul mm) {
        Workspace ws = (Workspace) workspace;
        p.projectInputs(x, ws, mm);
        for (int t = 0; t < ws.steps; t++) {
            forwardStep(ws, t, mm);
        }
    }

    /** z_t += W_hh h_{t-1} + b; gates in place; c_t = f c_{t-1} + i g; h_t = o tanh(c_t). */
    private void forwardStep(Workspace ws, int t, MatMul mm) {
        Block z = ws.zxStep[t];
        mm.gemm(false, p.weightHh.valueBlock(), false, ws.h[t], 1.0, z);
        p.addBiases(z, true);
        int H = p.hidden;
        double[] zd = ws.zx.data, cd = ws.cs.data, tc = ws.tanhC.data, hd = ws.hs.data;
        int stepCol = t * ws.batch;
        for (int b = 0; b < ws.batch; b++) {
            int zo = z.offset() + b * 4 * H;         // this sequence's i|f|g|o, each H long
            int prev = (stepCol + b) * H;            // column of c_{t-1} in cs, and of tanh(c_t) in tanhC
            int next = (stepCol + ws.batch + b) * H; // column of c_t in cs, h_t in hs
            Gates.sigmoid(zd, zo, zd, zo, 2 * H);              // i, f
            Gates.tanh(zd, zo + 2 * H, zd, zo + 2 * H, H);     // g
            Gates.sigmoid(zd, zo + 3 * H, zd, zo + 3 * H, H);  // o
            for (int u = 0; u < H; u++) {                       // c_t = f c_{t-1} + i g
                cd[next + u] = zd[zo + H + u] * cd[prev + u] + zd[zo + u] * zd[zo + 2 * H + u];
            }
            Gates.tanh(cd, next, tc, prev, H);
            for (int u = 0; u < H; u++) {                       // h_t = o tanh(c_t)
                hd[next + u] = zd[zo + 3 * H + u] * tc[prev + u];
            }
        }
    }

    @Override
    public void backward(Block x, CellWorkspace workspace, Block dx, MatMul mm) {
        Workspace ws = (Workspace) workspace;
        p.prepareBackward(ws.steps);
        ws.dhNextBlock.zero();
        ws.dcNextBlock.zero();
        for (int t = ws.steps - 1; t >= 0; t--) {
            backwardStep(ws, t, mm);
        }
        p.accumulateGradients(x, ws, dx, mm);
    }

    /** The adjoint of {@link #forwardStep}: dz_t from dh and dc, then dhNext = W_hhᵀ dz_t. */
    private void backwardStep(Workspace ws, int t, MatMul mm) {
        int H = p.hidden;
        double[] gates = ws.zx.data, dz = ws.dZx.data, cd = ws.cs.data, tc = ws.tanhC.data;
        double[] dOut = ws.dOut.data, dhNext = ws.dhNext.data, dcNext = ws.dcNext.data;
        int stepCol = t * ws.batch;
        double dhSquares = 0.0, dcSquares = 0.0;
        for (int b = 0; b < ws.batch; b++) {
            int zo = (stepCol + b) * 4 * H;
            int col = (stepCol + b) * H;  // c_{t-1} in cs; tanh(c_t) in tanhC; step t in dOut
            int bo = b * H;               // this sequence's column in dhNext / dcNext
            for (int u = 0; u < H; u++) {
                double i = gates[zo + u], f = gates[zo + H + u], g = gates[zo + 2 * H + u], o = gates[zo + 3 * H + u];
                double tch = tc[col + u];
                double dh = dOut[col + u] + dhNext[bo + u];
                double dc = dcNext[bo + u] + dh * o * (1.0 - tch * tch);
                dhSquares += dh * dh;
                dcSquares += dc * dc;
                dz[zo + u] = dc * g * i * (1.0 - i);
                dz[zo + H + u] = dc * cd[col + u] * f * (1.0 - f);
                dz[zo + 2 * H + u] = dc * i * (1.0 - g * g);
                dz[zo + 3 * H + u] = dh * tch * o * (1.0 - o);
                dcNext[bo + u] = dc * f;
            }
        }
        ws.dhNorms[t] = Math.sqrt(dhSquares);
        ws.dcNorms[t] = Math.sqrt(dcSquares);
        p.backpropRecurrent(mm, ws.dZxStep[t], 0.0, ws.dhNextBlock);
    }
}
