package org.rnnlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.rnnlab.data.PreparedData;
import org.rnnlab.data.Sequences;
import org.rnnlab.diagnostics.Health;
import org.rnnlab.diagnostics.JacobianFlow;
import org.rnnlab.diagnostics.TimeGradients;
import org.rnnlab.error.InputException;
import org.rnnlab.experiment.Variant;
import org.rnnlab.experiment.Variants;
import org.rnnlab.model.Bptt;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.forecast.TrainedModel;
import org.rnnlab.task.CsvSeriesTask;
import org.rnnlab.task.Task;
import org.rnnlab.task.TaskKind;
import org.rnnlab.tensor.Norms;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.train.Batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Inspects one batch: loss, every parameter's gradient, and ‖∂L/∂h_t‖ per time step. */
@Command(name = "gradients", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Inspect one batch: loss, every parameter's gradient, ‖∂L/∂h_t‖ per time step, the Jacobian flow.",
        description = {"Runs one batch of a synthetic task (--task) or of a CSV series (--data, cut into windows as the",
                "--model was trained) forward and backward (full BPTT) through a saved model (--model) or a fresh",
                "one built from a named variant (--variant, the state at initialisation),",
                "and prints the loss, the gradient of every parameter under its PyTorch name and shape, and the",
                "norm of ∂L/∂h_t for every time step t of every layer (and ∂L/∂c_t for an LSTM), the ratio",
                "‖∂L/∂h_1‖/‖∂L/∂h_T‖, and the Jacobian flow: the spectral norm (power iteration) and the Frobenius",
                "norm of ∂h_T/∂h_{T−k} per layer against the lag k, on the batch's first sequences.", ""})
final class GradientsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--model", paramLabel = "FILE", description = "A model file (model.json) or a run directory holding one.")
        Path model;

        @Option(names = "--variant", paramLabel = "NAME|SPEC", description = "A named variant, or a variant spec as"
                + " 'compare --variant' takes it (name=mine,base=tanh,activation=elu,recurrent-init=orthogonal,...; keys: "
                + VariantSpecs.KEYS + "), freshly initialised.")
        String variant;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    BatchSource batchSource;

    static final class BatchSource {
        @Option(names = "--task",
                description = "The batch's task: adding, temporal_order, copy or sine.")
        TaskKind task;

        @Option(names = "--data", paramLabel = "FILE.csv",
                description = "A CSV series, cut into windows as the --model was trained (the batch is its first training windows).")
        Path data;
    }

    @Option(names = "--length", defaultValue = "50", description = "Sequence length T of a --task batch (default: ${DEFAULT-VALUE}).")
    int length;

    @Option(names = "--batch-size", defaultValue = "32", description = "Sequences in the batch (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--hidden", defaultValue = "32", description = "Hidden units of a --variant model (default: ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of a --task batch and of a --variant model's weights (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--full", description = "Print every gradient element, not only each parameter's norm and extremes.")
    boolean full;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (batch < 1) {
            throw InputException.of("--batch-size must be >= 1, got " + batch);
        }
        rejectInapplicable();
        Task t;
        SequenceModel model;
        Sequences data;
        if (batchSource.data != null) {
            if (source.model == null) {
                throw InputException.of("--data needs --model: the windows are cut as the model was trained");
            }
            TrainedModel trained = TrainedModel.read(source.model);
            PreparedData prepared = trained.prepare(trained.load(batchSource.data));
            t = new CsvSeriesTask(batchSource.data.getFileName().toString(), prepared);
            model = trained.model();
            data = prepared.train().sequences();
            batch = Math.min(batch, data.count());
        } else {
            t = batchSource.task.create(length);
            model = model(t);
            var c = model.config();
            if (c.inputSize() != t.inputSize() || c.outputSize() != t.outputSize() || c.task() != t.shape()
                    || c.loss() != t.loss()) {
                throw InputException.of("--task " + batchSource.task.id() + ": the model has input_size " + c.inputSize()
                        + ", output_size " + c.outputSize() + ", " + c.task().id() + ", " + c.loss().id() + " but the task needs "
                        + t.inputSize() + ", " + t.outputSize() + ", " + t.shape().id() + ", " + t.loss().id());
            }
            data = t.data(batch, 1, seed).train();
        }
        Batch first = Batch.first(data, batch);
        JacobianFlow jacobian = JacobianFlow.measure(model, first.x(), batch);
        model.zeroGrad();
        double loss = model.lossAndGradient(first.x(), first.y(), batch, Bptt.full());
        TimeGradients time = TimeGradients.fromLastBackward(model);
        ObjectMapper mapper = new ObjectMapper();
        Health health = Health.measure(model, first.x(), batch);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = toJson(mapper, t, loss, model, time, health);
            JacobianText.toJson(root, jacobian, time);
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            printText(out, t, loss, model, time, health);
            JacobianText.print(out, jacobian, time, batch);
        }
        return 0;
    }

    /** Rejects --hidden with a saved model, and --length and --seed with a CSV batch: they would change nothing. */
    private void rejectInapplicable() {
        Options.rejectUnless(source.model == null, spec, "--hidden", "a --variant model",
                "--model (its file holds its shape)");
        for (String option : new String[] {"--length", "--seed"}) {
            Options.rejectUnless(batchSource.data == null, spec, option, "a --task batch",
                    "--data (the batch is the model's first training windows)");
        }
    }

    private SequenceModel model(Task t) {
        if (source.model != null) {
            return TrainedModel.read(source.model).model();
        }
        Variant v = source.variant.contains("=") ? VariantSpecs.parse(source.variant)
                : Variants.named(source.variant).orElseThrow(() -> InputException.of("--variant: unknown variant '"
                        + source.variant + "'; named variants: " + String.join(", ", Variants.names())
                        + " (or a spec: name=mine,base=tanh,activation=elu,...)"));
        return SequenceModel.create(v.modelConfig(t, hidden, 1), v.initialization(seed));
    }

    private void printText(PrintWriter out, Task t, double loss, SequenceModel model, TimeGradients time, Health health) {
        out.printf("task %s, T=%d, batch %d; model %s, hidden %d, %d layer(s)%n", t.name(), t.steps(), batch,
                model.config().cell().id() + (model.config().cell() == org.rnnlab.cell.CellType.RNN
                        ? " " + model.config().activation().label() : "")
                        + (model.config().norm() == org.rnnlab.cell.Norm.LAYER ? " with layer norm" : ""),
                model.config().hiddenSize(), model.config().layers());
        out.printf("loss %.6g (%s; %s)%n%n", loss, t.loss().id(), t.baselineText());
        out.printf("%-22s %-12s %12s %12s %12s%n", "parameter", "shape", "grad norm", "grad min", "grad max");
        for (Parameter p : model.parameters()) {
            double[] g = p.grad().data;
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (double v : g) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            out.printf("%-22s %-12s %12.4e %12.4e %12.4e%n", p.name(), p.shapeString(), Norms.l2(g), min, max);
            if (full) {
                printTensor(out, p);
            }
        }
        out.println();
        for (int l = 0; l < time.hidden().length; l++) {
            out.printf("layer %d: ||dL/dh_t|| for t = 1..%d%s%n", l, t.steps(), time.cell() != null ? " (and ||dL/dc_t||)" : "");
            double[] h = time.hidden()[l];
            for (int s = 0; s < h.length; s++) {
                out.printf("  t=%-5d %12.4e%s%n", s + 1, h[s], time.cell() != null ? String.format("  %12.4e", time.cell()[l][s]) : "");
            }
            out.printf("  spectral radius of W_hh %.4f, saturated %s, dead %s, log10 product of recurrent gains %.2f%n",
                    health.spectralRadius()[l], share(health.saturation()[l]), share(health.dead()[l]),
                    health.log10DerivativeProduct()[l]);
        }
        out.printf("%nper step going back in time, ||dL/dh_t|| changes by x%.4f on average (top layer): %s%n",
                time.backwardGrowthPerStep(), time.backwardGrowthPerStep() < 1 ? "vanishing towards early steps"
                        : "growing towards early steps");
    }

    private static String share(double v) {
        return Double.isNaN(v) ? "n/a" : String.format("%.1f%%", 100 * v);
    }

    private static void printTensor(PrintWriter out, Parameter p) {
        int[] shape = p.shape();
        int rows = shape[0], cols = shape.length == 2 ? shape[1] : 1;
        for (int i = 0; i < rows; i++) {
            StringBuilder line = new StringBuilder("    ");
            for (int j = 0; j < cols; j++) {
                line.append(String.format("% .4e ", p.grad().get(i, j)));
            }
            out.println(line);
        }
    }

    private ObjectNode toJson(ObjectMapper mapper, Task t, double loss, SequenceModel model, TimeGradients time, Health health) {
        ObjectNode root = mapper.createObjectNode();
        root.put("task", t.name()).put("steps", t.steps()).put("batch", batch).put("loss", loss).put("loss_kind", t.loss().id());
        ObjectNode grads = root.putObject("gradients");
        for (Parameter p : model.parameters()) {
            ObjectNode g = grads.putObject(p.name());
            ArrayNode shape = g.putArray("shape");
            for (int d : p.shape()) {
                shape.add(d);
            }
            g.put("norm", Norms.l2(p.grad().data));
            ArrayNode values = g.putArray("values");
            int[] s = p.shape();
            for (int i = 0; i < s[0]; i++) {
                if (s.length == 1) {
                    values.add(p.grad().get(i, 0));
                } else {
                    ArrayNode row = values.addArray();
                    for (int j = 0; j < s[1]; j++) {
                        row.add(p.grad().get(i, j));
                    }
                }
            }
        }
        ArrayNode layers = root.putArray("layers");
        for (int l = 0; l < time.hidden().length; l++) {
            ObjectNode o = layers.addObject();
            ArrayNode h = o.putArray("hidden_grad_norm_per_step");
            for (double v : time.hidden()[l]) {
                h.add(v);
            }
            if (time.cell() != null) {
                ArrayNode c = o.putArray("cell_grad_norm_per_step");
                for (double v : time.cell()[l]) {
                    c.add(v);
                }
            }
            o.put("spectral_radius", health.spectralRadius()[l]).put("saturation", health.saturation()[l])
                    .put("dead", health.dead()[l]).put("log10_recurrent_gain_product", health.log10DerivativeProduct()[l]);
        }
        root.put("backward_growth_per_step", time.backwardGrowthPerStep());
        return root;
    }
}
