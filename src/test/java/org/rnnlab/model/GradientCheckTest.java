package org.rnnlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.activation.Tanh;
import org.rnnlab.cell.CellType;
import org.rnnlab.cell.Norm;
import org.rnnlab.init.NormalInit;
import org.rnnlab.loss.LossKind;
import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.JavaMatMul;
import org.rnnlab.tensor.MatMul;
import org.rnnlab.tensor.OjAlgoMatMul;
import org.rnnlab.tensor.OpenBlasMatMul;
import org.rnnlab.tensor.Parameter;

/**
 * Every analytic gradient against central finite differences: every cell × every activation × each
 * loss × {1, 2} layers × {many-to-one, many-to-many} × {full, truncated} BPTT, checking every element
 * of every parameter and, with full BPTT, of the input and of the initial states; and the same for
 * the layer-normalised cells (their gains and the LSTM's cell-state shift included).
 */
class GradientCheckTest {

    static final int D = 2, H = 3, B = 2, T = 4, TRUNCATION = 3;
    static final double TOLERANCE = 1e-6;
    /** Pre-activations closer than this to a kink (ReLU family at 0) would spoil the finite difference. */
    static final double KINK_MARGIN = 1e-3;

    static Stream<Arguments> everyConfiguration() {
        List<Arguments> cases = new ArrayList<>();
        List<ModelConfig> cells = new ArrayList<>();
        for (ActivationKind kind : ActivationKind.values()) {
            cells.add(ModelConfig.of(CellType.RNN, D, H, 2).withActivation(kind.create()));
        }
        cells.add(ModelConfig.of(CellType.LSTM, D, H, 2));
        cells.add(ModelConfig.of(CellType.GRU, D, H, 2));
        for (ModelConfig cell : cells) {
            for (LossKind loss : LossKind.values()) {
                for (int layers = 1; layers <= 2; layers++) {
                    for (TaskShape task : TaskShape.values()) {
                        for (Bptt bptt : List.of(Bptt.full(), Bptt.truncated(TRUNCATION))) {
                            ModelConfig c = new ModelConfig(cell.cell(), cell.activation(), D, H, layers,
                                    loss == LossKind.CROSS_ENTROPY ? 3 : 2, task, loss, cell.outputActivation(), 1.0);
                            cases.add(Arguments.of(label(c, bptt), c, bptt));
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    /** Layer norm in every cell (three activations for the vanilla one) × loss × depth × task shape × BPTT. */
    static Stream<Arguments> layerNormConfigurations() {
        List<ModelConfig> cells = new ArrayList<>();
        for (ActivationKind kind : List.of(ActivationKind.TANH, ActivationKind.RELU, ActivationKind.PRELU)) {
            cells.add(ModelConfig.of(CellType.RNN, D, H, 2).withActivation(kind.create()));
        }
        cells.add(ModelConfig.of(CellType.LSTM, D, H, 2));
        cells.add(ModelConfig.of(CellType.GRU, D, H, 2));
        List<Arguments> cases = new ArrayList<>();
        for (ModelConfig cell : cells) {
            for (LossKind loss : List.of(LossKind.MSE, LossKind.CROSS_ENTROPY)) {
                for (int layers = 1; layers <= 2; layers++) {
                    for (TaskShape task : TaskShape.values()) {
                        for (Bptt bptt : List.of(Bptt.full(), Bptt.truncated(TRUNCATION))) {
                            ModelConfig c = new ModelConfig(cell.cell(), cell.activation(), D, H, layers,
                                    loss == LossKind.CROSS_ENTROPY ? 3 : 2, task, loss, cell.outputActivation(), 1.0,
                                    Norm.LAYER);
                            cases.add(Arguments.of(label(c, bptt), c, bptt));
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    /**
     * A highway beside the head (many-to-one): every cell × MSE and cross-entropy × depth, reading
     * the whole window, two steps of it, and under truncated BPTT the last chunk's one step. Its
     * weights are drawn away from their zero start, so ∂L/∂x through it is checked too.
     */
    static Stream<Arguments> highwayConfigurations() {
        List<Arguments> cases = new ArrayList<>();
        for (CellType cell : CellType.values()) {
            for (LossKind loss : List.of(LossKind.MSE, LossKind.CROSS_ENTROPY)) {
                for (int layers = 1; layers <= 2; layers++) {
                    ModelConfig c = ModelConfig.of(cell, D, H, loss == LossKind.CROSS_ENTROPY ? 3 : 2).withLayers(layers)
                            .withLoss(loss);
                    for (int k : new int[] {T, 2}) {
                        cases.add(Arguments.of(label(c.withHighway(k), Bptt.full()), c.withHighway(k), Bptt.full()));
                    }
                    Bptt truncated = Bptt.truncated(TRUNCATION);
                    cases.add(Arguments.of(label(c.withHighway(1), truncated), c.withHighway(1), truncated));
                }
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> outputActivations() {
        return Stream.of(ActivationKind.TANH, ActivationKind.SIGMOID, ActivationKind.SOFTPLUS, ActivationKind.ARCTAN)
                .flatMap(out -> Stream.of(CellType.RNN, CellType.LSTM, CellType.GRU).map(cell -> {
                    ModelConfig c = ModelConfig.of(cell, D, H, 2).withLayers(2).withTask(TaskShape.MANY_TO_MANY)
                            .withOutputActivation(out.create());
                    return Arguments.of(label(c, Bptt.full()) + " out=" + out.id(), c, Bptt.full());
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyConfiguration")
    void gradients_matchFiniteDifferences(String label, ModelConfig config, Bptt bptt) {
        check(config, bptt, OpenBlasMatMul::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputActivations")
    void gradients_matchFiniteDifferences_withOutputActivation(String label, ModelConfig config, Bptt bptt) {
        check(config, bptt, OpenBlasMatMul::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("highwayConfigurations")
    void highwayGradients_matchFiniteDifferences(String label, ModelConfig config, Bptt bptt) {
        check(config, bptt, OpenBlasMatMul::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layerNormConfigurations")
    void layerNormGradients_matchFiniteDifferences(String label, ModelConfig config, Bptt bptt) {
        check(config, bptt, OpenBlasMatMul::new);
    }

    /** The two-layer MSE cases of {@link #layerNormConfigurations}, for the slower kernels. */
    static Stream<Arguments> layerNormTwoLayerMse() {
        return layerNormConfigurations().filter(a -> {
            ModelConfig c = (ModelConfig) a.get()[1];
            return c.layers() == 2 && c.loss() == LossKind.MSE;
        });
    }

    @ParameterizedTest(name = "{0} on the pure-Java kernel")
    @MethodSource("layerNormTwoLayerMse")
    void layerNormGradients_matchFiniteDifferences_onJavaKernel(String label, ModelConfig config, Bptt bptt) {
        check(config, bptt, JavaMatMul::new);
    }

    @ParameterizedTest(name = "{0} on the ojalgo kernel")
    @MethodSource("layerNormTwoLayerMse")
    void layerNormGradients_matchFiniteDifferences_onOjAlgoKernel(String label, ModelConfig config, Bptt bptt) {
        check(config, bptt, OjAlgoMatMul::new);
    }

    @ParameterizedTest(name = "{0} on the ojalgo kernel")
    @MethodSource("everyConfiguration")
    void gradients_matchFiniteDifferences_onOjAlgoKernel(String label, ModelConfig config, Bptt bptt) {
        check(config, bptt, OjAlgoMatMul::new);
    }

    @ParameterizedTest(name = "{0} on the ojalgo kernel")
    @MethodSource("outputActivations")
    void gradients_matchFiniteDifferences_withOutputActivation_onOjAlgoKernel(String label, ModelConfig config,
            Bptt bptt) {
        check(config, bptt, OjAlgoMatMul::new);
    }

    @ParameterizedTest(name = "{0} on the pure-Java kernel")
    @MethodSource("everyConfiguration")
    void gradients_matchFiniteDifferences_onJavaKernel(String label, ModelConfig config, Bptt bptt) {
        if (config.layers() == 2 && config.loss() == LossKind.MSE) {
            check(config, bptt, JavaMatMul::new);
        }
    }

    private static void check(ModelConfig config, Bptt bptt, Supplier<MatMul> kernel) {
        for (long seed = 1; seed < 200; seed++) {
            Fixture f = new Fixture(config, seed, kernel.get());
            if (f.kinkMargin() < KINK_MARGIN) {
                continue; // a pre-activation sits on a kink: draw again
            }
            Report report = bptt.isFull() ? f.checkFull() : f.checkTruncated(bptt);
            assertTrue(report.compared > 0, "nothing was compared");
            assertTrue(report.largestGradient > 1e-3, "all gradients are negligible (" + report.largestGradient
                    + "), so the check would prove nothing");
            assertTrue(report.worst < TOLERANCE, report.describe());
            return;
        }
        throw new AssertionError("no seed kept the pre-activations away from kinks");
    }

    private static String label(ModelConfig c, Bptt bptt) {
        String cell = (c.cell() == CellType.RNN ? "rnn-" + c.activation().kind().id() : c.cell().id())
                + (c.norm() == Norm.LAYER ? "-ln" : "");
        return cell + " " + c.loss().id() + " L" + c.layers() + " " + c.task().id() + " " + bptt
                + (c.highway() > 0 ? " highway " + c.highway() : "");
    }

    /** A model, a batch and its initial states, with the means to compare gradients. */
    static final class Fixture {
        final ModelConfig config;
        final SequenceModel model;
        final R064Store x;
        final R064Store y;
        final Random rng;

        Fixture(ModelConfig config, long seed, MatMul kernel) {
            this.config = config;
            this.model = SequenceModel.create(config, new Initialization(new NormalInit(0.7), new NormalInit(0.7), seed));
            model.useMatMul(kernel);
            this.rng = new Random(seed * 7919);
            if (config.highway() > 0) {
                double[] w = model.parameter("highway.weight").value().data;
                for (int i = 0; i < w.length; i++) {
                    w[i] = 0.5 * rng.nextGaussian();
                }
            }
            this.x = R064Store.FACTORY.make(D, T * B);
            for (int i = 0; i < x.data.length; i++) {
                x.data[i] = rng.nextGaussian();
            }
            int positions = config.task() == TaskShape.MANY_TO_ONE ? B : T * B;
            int rows = model.loss().targetRows(config.outputSize());
            this.y = R064Store.FACTORY.make(rows, positions);
            for (int i = 0; i < y.data.length; i++) {
                y.data[i] = switch (config.loss()) {
                    case MSE -> rng.nextGaussian();
                    case BCE -> rng.nextInt(2);
                    case CROSS_ENTROPY -> rng.nextInt(config.outputSize());
                };
            }
        }

        double normalizer() {
            long positions = config.task() == TaskShape.MANY_TO_ONE ? B : (long) T * B;
            return model.loss().terms(config.outputSize(), positions);
        }

        /** The smallest |pre-activation| of the vanilla layers over a full forward pass. */
        double kinkMargin() {
            if (config.cell() != CellType.RNN || config.activation() instanceof Tanh) {
                return Double.POSITIVE_INFINITY;
            }
            Unroll u = model.unroll(T, B);
            u.zeroInitialState();
            model.forward(u, Block.of(x));
            double margin = Double.POSITIVE_INFINITY;
            for (int l = 0; l < config.layers(); l++) {
                for (double a : u.layer(l).gates().data) {
                    margin = Math.min(margin, Math.abs(a));
                }
            }
            return margin;
        }

        /** Full BPTT from random initial states: parameters, input and initial states. */
        Report checkFull() {
            Unroll u = model.unroll(T, B);
            u.zeroInitialState();
            List<double[]> states = new ArrayList<>();
            for (int l = 0; l < config.layers(); l++) {
                for (Block s : u.layer(l).initialState()) {
                    states.add(randomize(s));
                }
            }
            Block target = Block.of(y);
            DoubleSupplier lossFn = () -> {
                restoreStates(u, states);
                model.forward(u, Block.of(x));
                R064Store scratch = R064Store.FACTORY.make(u.output().rows(), u.output().cols());
                return model.loss().evaluate(u.output(), target, Block.of(scratch), normalizer());
            };
            model.zeroGrad();
            restoreStates(u, states);
            model.forward(u, Block.of(x));
            model.backward(u, Block.of(x), target, normalizer(), true);
            Report report = new Report();
            double[] dx = copy(u.inputGradient());
            List<double[]> dStates = new ArrayList<>();
            for (int l = 0; l < config.layers(); l++) {
                for (Block ds : u.layer(l).initialStateGradient()) {
                    dStates.add(copy(ds));
                }
            }
            compareParameters(report, lossFn);
            for (int i = 0; i < x.data.length; i++) {
                report.add("input", i, dx[i], FiniteDifferences.derivative(x.data, i, lossFn));
            }
            for (int s = 0; s < states.size(); s++) {
                double[] state = states.get(s);
                for (int i = 0; i < state.length; i++) {
                    report.add("initial state " + s, i, dStates.get(s)[i], FiniteDifferences.derivative(state, i, lossFn));
                }
            }
            return report;
        }

        /**
         * Truncated BPTT: its gradient is the exact gradient of the window's loss with the state
         * entering each chunk held fixed at its value under the current weights. Record those states,
         * then differentiate the chunked loss with them frozen.
         */
        Report checkTruncated(Bptt bptt) {
            model.zeroGrad();
            double trainedLoss = model.lossAndGradient(x, y, B, bptt);
            int k = bptt.chunkLength(T);
            boolean perStep = config.task() == TaskShape.MANY_TO_MANY;
            List<List<double[]>> entryStates = new ArrayList<>();
            Unroll previous = null;
            for (int t0 = 0; t0 < T; t0 += k) {
                int len = Math.min(k, T - t0);
                Unroll u = model.unroll(len, B);
                if (previous == null) {
                    u.zeroInitialState();
                } else {
                    u.carryStateFrom(previous);
                }
                List<double[]> states = new ArrayList<>();
                for (int l = 0; l < config.layers(); l++) {
                    for (Block s : u.layer(l).initialState()) {
                        states.add(copy(s));
                    }
                }
                entryStates.add(states);
                model.forward(u, Block.columns(x, t0 * B, len * B));
                previous = u;
            }
            DoubleSupplier lossFn = () -> {
                double total = 0.0;
                int chunk = 0;
                for (int t0 = 0; t0 < T; t0 += k, chunk++) {
                    int len = Math.min(k, T - t0);
                    Unroll u = model.unroll(len, B);
                    restoreStates(u, entryStates.get(chunk));
                    model.forward(u, Block.columns(x, t0 * B, len * B));
                    if (perStep || t0 + len == T) {
                        Block yc = perStep ? Block.columns(y, t0 * B, len * B) : Block.of(y);
                        R064Store scratch = R064Store.FACTORY.make(u.output().rows(), u.output().cols());
                        total += model.loss().evaluate(u.output(), yc, Block.of(scratch), normalizer());
                    }
                }
                return total;
            };
            assertEquals(trainedLoss, lossFn.getAsDouble(), 1e-12 * Math.max(1.0, Math.abs(trainedLoss)),
                    "the frozen-state chunked loss must equal the trained loss at the current weights");
            Report report = new Report();
            compareParameters(report, lossFn);
            return report;
        }

        private void compareParameters(Report report, DoubleSupplier lossFn) {
            List<double[]> analytic = new ArrayList<>();
            for (Parameter p : model.parameters()) {
                analytic.add(p.grad().data.clone());
            }
            for (int pi = 0; pi < model.parameters().size(); pi++) {
                Parameter p = model.parameters().get(pi);
                for (int i = 0; i < p.size(); i++) {
                    report.add(p.name(), i, analytic.get(pi)[i], FiniteDifferences.derivative(p.value().data, i, lossFn));
                }
            }
        }

        private double[] randomize(Block b) {
            double[] values = new double[b.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = 0.8 * rng.nextGaussian();
            }
            return values;
        }

        private void restoreStates(Unroll u, List<double[]> states) {
            int s = 0;
            for (int l = 0; l < config.layers(); l++) {
                for (Block state : u.layer(l).initialState()) {
                    write(state, states.get(s++));
                }
            }
        }

        private static void write(Block b, double[] values) {
            System.arraycopy(values, 0, b.data(), b.offset(), values.length);
        }

        private static double[] copy(Block b) {
            double[] values = new double[b.size()];
            System.arraycopy(b.data(), b.offset(), values, 0, values.length);
            return values;
        }
    }

    /** The worst relative error seen, and where. */
    static final class Report {
        int compared;
        double worst;
        double largestGradient;
        String where = "";

        void add(String name, int index, double analytic, double numeric) {
            compared++;
            largestGradient = Math.max(largestGradient, Math.abs(numeric));
            double error = FiniteDifferences.relativeError(analytic, numeric);
            if (error > worst || Double.isNaN(error)) {
                worst = Double.isNaN(error) ? Double.POSITIVE_INFINITY : error;
                where = name + "[" + index + "]: analytic " + analytic + ", numeric " + numeric;
            }
        }

        String describe() {
            return "worst relative error " + worst + " at " + where + " (" + compared + " elements compared)";
        }
    }
}
