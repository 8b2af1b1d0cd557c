package org.rnnlab.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.cell.Cell;
import org.rnnlab.cell.CellWorkspace;
import org.rnnlab.cell.GruCell;
import org.rnnlab.cell.LstmCell;
import org.rnnlab.cell.VanillaCell;
import org.rnnlab.loss.Loss;
import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.MatMul;
import org.rnnlab.tensor.Parameter;

/**
 * Stacked recurrent layers and a linear head, trained with backprop-through-time.
 *
 * <p>Layer {@code l} reads layer {@code l−1}'s hidden states (layer 0 reads the input); the head
 * reads the top layer's last state (many-to-one) or every state (many-to-many), plus, with a
 * {@link Highway}, the window's last input steps. Parameters are named and shaped as PyTorch's
 * {@code state_dict} of {@code nn.RNN/LSTM/GRU} plus an {@code nn.Linear} called {@code head}
 * (and one without bias called {@code highway}).
 *
 * <p>A model is not thread-safe: it owns its workspaces and its product kernel. Parallel studies
 * run one model per thread.
 */
public final class SequenceModel {

    private final ModelConfig config;
    private final List<Cell> cells;
    private final Head head;
    private final Loss loss;
    private final List<Parameter> parameters;
    private final Map<Long, Unroll> unrolls = new HashMap<>();
    private MatMul mm;
    private Unroll lastUnroll;

    private SequenceModel(ModelConfig config, MatMul mm) {
        this.config = config;
        List<Cell> layers = new ArrayList<>();
        for (int l = 0; l < config.layers(); l++) {
            int in = l == 0 ? config.inputSize() : config.hiddenSize();
            layers.add(switch (config.cell()) {
                case RNN -> new VanillaCell(l, in, config.hiddenSize(), config.activation(), config.norm());
                case LSTM -> new LstmCell(l, in, config.hiddenSize(), config.forgetBias(), config.norm());
                case GRU -> new GruCell(l, in, config.hiddenSize(), config.norm());
            });
        }
        this.cells = Collections.unmodifiableList(layers);
        this.head = new Head(config.hiddenSize(), config.outputSize(), config.outputActivation(), config.highway(),
                config.inputSize());
        this.loss = config.loss().create();
        List<Parameter> all = new ArrayList<>();
        cells.forEach(c -> all.addAll(c.parameters()));
        all.addAll(head.parameters());
        this.parameters = Collections.unmodifiableList(all);
        this.mm = mm;
    }

    /** A model with freshly drawn weights. */
    public static SequenceModel create(ModelConfig config, Initialization init) {
        SequenceModel model = new SequenceModel(config, MatMul.defaultKernel());
        Random rng = new Random(init.seed());
        for (Cell cell : model.cells) {
            cell.initialize(init.input(), init.recurrent(), rng);
        }
        model.head.initialize(rng);
        return model;
    }

    /** A model with all-zero weights, to be filled (for example from a model file). */
    public static SequenceModel zeros(ModelConfig config) {
        return new SequenceModel(config, MatMul.defaultKernel());
    }

    public ModelConfig config() {
        return config;
    }

    public Loss loss() {
        return loss;
    }

    /** The recurrent layers, bottom first. */
    public List<Cell> cells() {
        return cells;
    }

    /** All parameters in PyTorch's state_dict order: each layer's, then the head's. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** The parameter with this name. */
    public Parameter parameter(String name) {
        for (Parameter p : parameters) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no parameter named " + name);
    }

    /** Total number of learnable values. */
    public long parameterCount() {
        return parameters.stream().mapToLong(Parameter::size).sum();
    }

    public void zeroGrad() {
        parameters.forEach(Parameter::zeroGrad);
    }

    public MatMul matMul() {
        return mm;
    }

    /** Routes this model's products through another kernel. */
    public void useMatMul(MatMul kernel) {
        this.mm = kernel;
    }

    /** The (cached) memory for windows of {@code steps × batch}. */
    public Unroll unroll(int steps, int batch) {
        return unrolls.computeIfAbsent(((long) steps << 32) | batch,
                key -> new Unroll(cells, config.outputSize(), config.task(), head.linear(), steps, batch));
    }

    /** Drops the cached workspaces (they are rebuilt on demand). */
    public void releaseWorkspaces() {
        unrolls.clear();
    }

    /**
     * Forward over a window from the initial states held in {@code u}; the head's outputs are then in
     * {@link Unroll#output()}.
     *
     * @param x {@code D × steps·B}
     */
    public void forward(Unroll u, Block x) {
        requireColumns("input", x, config.inputSize(), u.steps * u.batch);
        Block in = x;
        for (int l = 0; l < cells.size(); l++) {
            cells.get(l).forward(in, u.layers[l], mm);
            in = u.layers[l].outputs();
        }
        head.forward(u.headInput, x, u.headPre, u.headOut, mm);
        lastUnroll = u;
    }

    /**
     * The unroll of the last forward pass (the last chunk under truncated BPTT): its caches and,
     * after a backward pass, the per-time-step gradient norms. Null before the first forward pass.
     */
    public Unroll lastUnroll() {
        return lastUnroll;
    }

    /**
     * The loss of the window last run forward in {@code u} against {@code target}, and its
     * backward pass: parameter gradients are <em>added</em> to the gradient stores, and ∂L/∂h_0
     * (∂L/∂c_0) is left in each layer's workspace.
     *
     * @param normalizer   the number of terms of the loss's mean (see {@link Loss#terms})
     * @param inputGradient also compute ∂L/∂x into {@link Unroll#inputGradient()}
     * @return this window's share of the loss
     */
    public double backward(Unroll u, Block x, Block target, double normalizer, boolean inputGradient) {
        double value = loss.evaluate(u.headOut, target, u.headGradient, normalizer);
        CellWorkspace top = u.layers[cells.size() - 1];
        top.outputGradientOnlyAtLastStep(config.task() == TaskShape.MANY_TO_ONE); // the head's gradient reaches h_T only
        head.backward(u.headInput, u.headPre, u.headOut, u.headGradient, u.headInputGradient, mm);
        for (int l = cells.size() - 1; l >= 0; l--) {
            Block in = l == 0 ? x : u.layers[l - 1].outputs();
            Block dIn = l > 0 ? u.layers[l - 1].outputGradient() : inputGradient ? u.inputGradient() : null;
            cells.get(l).backward(in, u.layers[l], dIn, mm);
        }
        head.highwayBackward(x, u.headGradient, inputGradient ? u.inputGradient() : null);
        return value;
    }

    /**
     * One batch's loss, and its gradient added to the parameters' gradient stores, with full or
     * truncated backprop-through-time (see {@link Bptt}). Every sequence starts from a zero state.
     *
     * @param x     inputs, {@code D × T·B}
     * @param y     targets, {@code rows × B} (many-to-one) or {@code rows × T·B} (many-to-many)
     * @param batch B
     * @return the mean loss over the batch
     */
    public double lossAndGradient(R064Store x, R064Store y, int batch, Bptt bptt) {
        int steps = stepsOf(x, batch);
        int chunk = bptt.chunkLength(steps);
        boolean perStep = config.task() == TaskShape.MANY_TO_MANY;
        long positions = perStep ? (long) steps * batch : batch;
        requireColumns("target", Block.of(y), loss.targetRows(config.outputSize()), positions);
        double normalizer = loss.terms(config.outputSize(), positions);
        double total = 0.0;
        Unroll previous = null;
        for (int t0 = 0; t0 < steps; t0 += chunk) {
            int len = Math.min(chunk, steps - t0);
            Unroll u = unroll(len, batch);
            if (previous == null) {
                u.zeroInitialState();
            } else {
                u.carryStateFrom(previous);
            }
            Block xc = Block.columns(x, t0 * batch, len * batch);
            forward(u, xc);
            if (perStep || t0 + len == steps) {
                Block yc = perStep ? Block.columns(y, t0 * batch, len * batch) : Block.of(y);
                total += backward(u, xc, yc, normalizer, false);
            }
            previous = u;
        }
        return total;
    }

    /**
     * The head's outputs for a batch of windows, from zero initial states: a new {@code O × B}
     * (many-to-one) or {@code O × T·B} (many-to-many) store. For the classification losses these
     * are logits.
     */
    public R064Store predict(R064Store x, int batch) {
        return predict(x, batch, Bptt.full());
    }

    /**
     * As {@link #predict(R064Store, int)}, running the window forward in the chunks that
     * {@code bptt} trains on, the state carried from chunk to chunk: under truncated BPTT evaluation
     * then needs no more memory than training.
     */
    public R064Store predict(R064Store x, int batch, Bptt bptt) {
        int steps = stepsOf(x, batch);
        int chunk = bptt.chunkLength(steps);
        boolean perStep = config.task() == TaskShape.MANY_TO_MANY;
        R064Store out = R064Store.FACTORY.make(config.outputSize(), perStep ? (long) steps * batch : batch);
        Unroll previous = null;
        for (int t0 = 0; t0 < steps; t0 += chunk) {
            int len = Math.min(chunk, steps - t0);
            Unroll u = unroll(len, batch);
            if (previous == null) {
                u.zeroInitialState();
            } else {
                u.carryStateFrom(previous);
            }
            forward(u, Block.columns(x, t0 * batch, len * batch));
            if (perStep) {
                System.arraycopy(u.headOut.data(), u.headOut.offset(), out.data, t0 * batch * u.headOut.rows(),
                        u.headOut.size());
            } else if (t0 + len == steps) {
                System.arraycopy(u.headOut.data(), u.headOut.offset(), out.data, 0, u.headOut.size());
            }
            previous = u;
        }
        return out;
    }

    /** The loss of a batch without touching the gradients. */
    public double loss(R064Store x, R064Store y, int batch) {
        return loss(x, y, batch, Bptt.full());
    }

    /** The loss of a batch without touching the gradients, run forward in {@code bptt}'s chunks. */
    public double loss(R064Store x, R064Store y, int batch, Bptt bptt) {
        R064Store out = predict(x, batch, bptt);
        R064Store scratch = R064Store.FACTORY.make(out.countRows(), out.countColumns());
        long positions = out.countColumns();
        return loss.evaluate(Block.of(out), Block.of(y), Block.of(scratch), loss.terms(config.outputSize(), positions));
    }

    private int stepsOf(R064Store x, int batch) {
        if (batch < 1 || x.countColumns() % batch != 0 || x.countColumns() == 0) {
            throw new IllegalArgumentException("input has " + x.countColumns() + " columns, not a whole number of steps of "
                    + batch + " sequences");
        }
        if (x.countRows() != config.inputSize()) {
            throw new IllegalArgumentException("input has " + x.countRows() + " features per step, the model expects "
                    + config.inputSize());
        }
        return (int) (x.countColumns() / batch);
    }

    private static void requireColumns(String what, Block b, int rows, long cols) {
        if (b.rows() != rows || b.cols() != cols) {
            throw new IllegalArgumentException(what + " is " + b.rows() + "x" + b.cols() + ", expected " + rows + "x" + cols);
        }
    }
}
