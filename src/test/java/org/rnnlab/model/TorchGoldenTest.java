package org.rnnlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.activation.Identity;
import org.rnnlab.cell.CellType;
import org.rnnlab.cell.CellWorkspace;
import org.rnnlab.cell.LstmCell;
import org.rnnlab.cell.Norm;
import org.rnnlab.loss.LossKind;
import org.rnnlab.name.Named;
import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.JavaMatMul;
import org.rnnlab.tensor.MatMul;
import org.rnnlab.tensor.OjAlgoMatMul;
import org.rnnlab.tensor.OpenBlasMatMul;
import org.rnnlab.tensor.Parameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * rnnlab against an independent implementation: PyTorch 1.13 in float64 (Debian's python3-torch),
 * values made by {@code src/test/resources/golden/make_golden.py} ({@code nn.RNN/LSTM/GRU}) and
 * {@code make_ln_golden.py} (the layer-normalised cells, written in PyTorch in {@code ln_cells.py},
 * gradients by autograd) and {@code make_highway_golden.py} (a linear autoregressive term beside the head). Outputs, loss and every gradient (parameters, input, h0, c0) must agree
 * to 1e-9.
 */
class TorchGoldenTest {

    static final double TOLERANCE = 1e-9;

    static Stream<Arguments> cases() throws IOException {
        return fixture("/golden/torch_golden.json", 9);
    }

    static Stream<Arguments> highwayCases() throws IOException {
        return fixture("/golden/torch_highway_golden.json", 4);
    }

    static Stream<Arguments> layerNormCases() throws IOException {
        return fixture("/golden/torch_ln_golden.json", 6);
    }

    private static Stream<Arguments> fixture(String resource, int expectedCases) throws IOException {
        try (InputStream in = TorchGoldenTest.class.getResourceAsStream(resource)) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<JsonNode> list = new ArrayList<>();
            root.get("cases").forEach(list::add);
            assertEquals(expectedCases, list.size(), "cases in " + resource);
            return list.stream().map(c -> Arguments.of(c.get("name").asText(), c));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("highwayCases")
    void highway_matchesPyTorch_openblasKernel(String name, JsonNode c) {
        check(c, new OpenBlasMatMul());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("highwayCases")
    void highway_matchesPyTorch_javaKernel(String name, JsonNode c) {
        check(c, new JavaMatMul());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layerNormCases")
    void layerNorm_matchesPyTorch_openblasKernel(String name, JsonNode c) {
        check(c, new OpenBlasMatMul());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layerNormCases")
    void layerNorm_matchesPyTorch_javaKernel(String name, JsonNode c) {
        check(c, new JavaMatMul());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorch_openblasKernel(String name, JsonNode c) {
        check(c, new OpenBlasMatMul());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorch_ojalgoKernel(String name, JsonNode c) {
        check(c, new OjAlgoMatMul());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorch_javaKernel(String name, JsonNode c) {
        check(c, new JavaMatMul());
    }

    private static void check(JsonNode c, MatMul kernel) {
        String cellName = c.get("cell").asText();
        CellType cell = cellName.startsWith("rnn") ? CellType.RNN : Named.byId(CellType.class, cellName).orElseThrow();
        ActivationKind activation = cellName.equals("rnn_relu") ? ActivationKind.RELU : ActivationKind.TANH;
        LossKind loss = switch (c.get("loss").asText()) {
            case "mse" -> LossKind.MSE;
            case "cross_entropy" -> LossKind.CROSS_ENTROPY;
            case "bce_with_logits" -> LossKind.BCE;
            default -> throw new IllegalArgumentException(c.get("loss").asText());
        };
        int d = c.get("input_size").asInt(), h = c.get("hidden_size").asInt(), layers = c.get("num_layers").asInt();
        int o = c.get("output_size").asInt(), batch = c.get("batch").asInt(), steps = c.get("steps").asInt();
        TaskShape task = Named.byId(TaskShape.class, c.get("task").asText()).orElseThrow();
        Norm norm = c.has("norm") ? Named.byId(Norm.class, c.get("norm").asText()).orElseThrow() : Norm.NONE;
        ModelConfig config = new ModelConfig(cell, activation.create(), d, h, layers, o, task, loss, new Identity(), 1.0,
                norm, c.path("highway").asInt(0));
        SequenceModel model = SequenceModel.zeros(config);
        model.useMatMul(kernel);
        List<String> names = new ArrayList<>();
        c.get("parameters").fields().forEachRemaining(e -> {
            load(model.parameter(e.getKey()), e.getValue());
            names.add(e.getKey());
        });
        assertEquals(model.parameters().size(), names.size(), "PyTorch's parameters are rnnlab's, by name: " + names);

        R064Store x = timeMajor(c.get("input"), d, steps, batch);
        Unroll u = model.unroll(steps, batch);
        for (int l = 0; l < layers; l++) {
            fill(u.layer(l).initialHidden(), c.get("h0").get(l));
            if (c.has("c0")) {
                fill(((LstmCell.Workspace) u.layer(l)).initialCell(), c.get("c0").get(l));
            }
        }
        R064Store y = targets(c.get("target"), model.loss().targetRows(o), task, steps, batch);
        model.zeroGrad();
        model.forward(u, Block.of(x));
        assertClose("output", outputs(c.get("output"), o, task, steps, batch), u.output());
        long positions = task == TaskShape.MANY_TO_ONE ? batch : (long) steps * batch;
        double value = model.backward(u, Block.of(x), Block.of(y), model.loss().terms(o, positions), true);
        assertEquals(c.get("loss_value").asDouble(), value, TOLERANCE, "loss");

        c.get("grad").fields().forEachRemaining(e -> {
            Parameter p = model.parameter(e.getKey());
            R064Store expected = R064Store.FACTORY.make(p.grad().countRows(), p.grad().countColumns());
            load(expected, e.getValue());
            assertClose("grad " + p.name(), expected, Block.of(p.grad()));
        });
        assertClose("grad_input", timeMajor(c.get("grad_input"), d, steps, batch), u.inputGradient());
        for (int l = 0; l < layers; l++) {
            CellWorkspace ws = u.layer(l);
            assertClose("grad_h0 layer " + l, batchMajor(c.get("grad_h0").get(l), h, batch), ws.initialHiddenGradient());
            if (c.has("grad_c0")) {
                assertClose("grad_c0 layer " + l, batchMajor(c.get("grad_c0").get(l), h, batch),
                        ((LstmCell.Workspace) ws).initialCellGradient());
            }
        }
    }

    /** A PyTorch [rows][cols] or [n] tensor into a store of the same shape (n × 1 for vectors). */
    private static void load(Parameter p, JsonNode values) {
        load(p.value(), values);
    }

    private static void load(R064Store target, JsonNode values) {
        if (values.get(0).isArray()) {
            assertEquals(target.countRows(), values.size(), "rows");
            for (int i = 0; i < values.size(); i++) {
                assertEquals(target.countColumns(), values.get(i).size(), "columns");
                for (int j = 0; j < values.get(i).size(); j++) {
                    target.set(i, j, values.get(i).get(j).asDouble());
                }
            }
        } else {
            assertEquals(target.countRows(), values.size(), "length");
            for (int i = 0; i < values.size(); i++) {
                target.set(i, 0, values.get(i).asDouble());
            }
        }
    }

    /** [T][B][F] into F × T·B. */
    private static R064Store timeMajor(JsonNode v, int features, int steps, int batch) {
        R064Store s = R064Store.FACTORY.make(features, (long) steps * batch);
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                for (int f = 0; f < features; f++) {
                    s.set(f, t * batch + b, v.get(t).get(b).get(f).asDouble());
                }
            }
        }
        return s;
    }

    /** [B][F] into F × B. */
    private static R064Store batchMajor(JsonNode v, int features, int batch) {
        R064Store s = R064Store.FACTORY.make(features, batch);
        for (int b = 0; b < batch; b++) {
            for (int f = 0; f < features; f++) {
                s.set(f, b, v.get(b).get(f).asDouble());
            }
        }
        return s;
    }

    private static void fill(Block target, JsonNode v) {
        R064Store s = batchMajor(v, target.rows(), target.cols());
        System.arraycopy(s.data, 0, target.data(), target.offset(), target.size());
    }

    private static R064Store outputs(JsonNode v, int o, TaskShape task, int steps, int batch) {
        return task == TaskShape.MANY_TO_ONE ? batchMajor(v, o, batch) : timeMajor(v, o, steps, batch);
    }

    private static R064Store targets(JsonNode v, int rows, TaskShape task, int steps, int batch) {
        boolean indices = !(task == TaskShape.MANY_TO_ONE ? v.get(0) : v.get(0).get(0)).isArray();
        if (!indices) {
            return outputs(v, rows, task, steps, batch);
        }
        int positions = task == TaskShape.MANY_TO_ONE ? batch : steps * batch;
        R064Store s = R064Store.FACTORY.make(1, positions);
        for (int p = 0; p < positions; p++) {
            JsonNode cell = task == TaskShape.MANY_TO_ONE ? v.get(p) : v.get(p / batch).get(p % batch);
            s.set(0, p, cell.asDouble());
        }
        return s;
    }

    private static void assertClose(String what, R064Store expected, Block actual) {
        assertEquals(expected.countRows(), actual.rows(), what + " rows");
        assertEquals(expected.countColumns(), actual.cols(), what + " columns");
        double worst = 0.0;
        for (int j = 0; j < actual.cols(); j++) {
            for (int i = 0; i < actual.rows(); i++) {
                worst = Math.max(worst, Math.abs(expected.get(i, j) - actual.get(i, j)));
            }
        }
        assertTrue(worst <= TOLERANCE, what + ": largest difference " + worst);
    }
}
