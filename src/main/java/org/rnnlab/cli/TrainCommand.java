package org.rnnlab.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.rnnlab.data.CsvLoader;
import org.rnnlab.data.CsvOptions;
import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.PreparedData;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.data.Windows;
import org.rnnlab.error.InputException;
import org.rnnlab.forecast.DataRecipe;
import org.rnnlab.forecast.Evaluation;
import org.rnnlab.forecast.TrainedModel;
import org.rnnlab.forecast.WindowPredictions;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.ModelFile;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.model.TaskShape;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.train.MetricsRecorder;
import org.rnnlab.train.Trainer;
import org.rnnlab.train.TrainingConfig;
import org.rnnlab.train.TrainingResult;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Trains a model on a CSV time series and writes its run directory. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Train a recurrent model on a CSV time series.",
        customSynopsis = "rnnlab train --data=FILE [OPTION...]",
        description = {"Train an RNN, LSTM or GRU to predict a column of a CSV time series from",
                "windows of its past, with early stopping on the validation part. The run",
                "directory (--out) gets:",
                "  model.json    the best weights, the scaling and how the windows were made",
                "  metrics.csv   one row per optimisation step (loss, gradient norms, ...)",
                "  run.json      options, data file SHA-256, timings, outcome, test errors",
                "  training.png  loss and gradient norm per step",
                "Then: rnnlab evaluate|forecast|predict --model DIR --data FILE.", ""},
        footer = {"", "Example: rnnlab train --data datasets/airline_passengers.csv --transform log"})
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @ArgGroup(validate = false, heading = "%nData:%n", order = 1)
    CsvArgs csv = new CsvArgs();

    @ArgGroup(validate = false, heading = "%nWindows:%n", order = 2)
    WindowArgs windows = new WindowArgs();

    @ArgGroup(validate = false, heading = "%nModel:%n", order = 3)
    ModelArgs model = new ModelArgs();

    @ArgGroup(validate = false, heading = "%nTraining:%n", order = 4)
    TrainingArgs training = new TrainingArgs();

    @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nClipping (at most one; default: --clip-norm 1):%n",
            order = 5)
    TrainingArgs.ClipChoice clip;

    @Option(names = "--out", paramLabel = "DIR", order = 6,
            description = "The run directory (default: runs/NAME for data file NAME.csv).")
    Path out;

    @Option(names = "--svg", order = 7, description = "Also write the chart as SVG.")
    boolean svg;

    /** Seconds between plain progress lines when stderr is not a terminal. */
    double progressInterval = 5;

    @Override
    public Integer call() {
        if (csv.data == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--data=FILE'");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        training.clip = clip;
        CsvOptions csvOptions = csv.toOptions();
        PrepareOptions prepareOptions = windows.toOptions();
        Path dir = out != null ? out : Path.of("runs", stem(csv.data));
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--out: " + dir + " is a file, not a directory; give a directory");
        }

        TimeSeriesTable table = CsvLoader.load(csv.data, csvOptions);
        double loadSeconds = seconds(t0);
        long t1 = System.nanoTime();
        PreparedData data = PreparedData.prepare(table, prepareOptions);
        Windows train = data.train(), validation = data.validation(), test = data.test();
        int season = windows.season != null ? windows.season
                : table.timeAxis().map(a -> a.seasonLength().orElse(0)).orElse(0);
        double prepareSeconds = seconds(t1);

        int inputs = table.featureColumns().length, outputs = table.targetColumns().length;
        TrainingConfig config = training.config(train.count(), prepareOptions.windows().window());
        SequenceModel net = initialModel(inputs, outputs, prepareOptions.windows().manyToMany());
        describe(err, table, data, season, net);
        if (validation.isEmpty()) {
            err.println("rnnlab train: no validation part (--split), so no early stopping: the final weights are kept");
        }

        MetricsRecorder metrics = new MetricsRecorder();
        TrainingProgress progress = new TrainingProgress(err, main.stderrIsTerminal, progressInterval, config.epochs());
        TrainingResult result = Trainer.fit(net, train.sequences(), validation.isEmpty() ? null : validation.sequences(),
                config, List.of(metrics, progress));
        net.releaseWorkspaces();
        boolean validated = validation.isEmpty() ? !result.outcome().diverged() : result.bestEpoch() >= 0;
        boolean usable = validated && finite(net);

        long t2 = System.nanoTime();
        Evaluation evaluation = usable && !test.isEmpty()
                ? Evaluation.of(WindowPredictions.of(net, test), data,
                        season > 0 ? OptionalInt.of(season) : OptionalInt.empty())
                : null;
        double evaluateSeconds = seconds(t2);

        long t3 = System.nanoTime();
        DataRecipe recipe = DataRecipe.of(csvOptions, table, prepareOptions, season);
        String sha = RunRecord.sha256(csv.data);
        List<String> written = new ArrayList<>();
        metrics.writeCsv(dir.resolve("metrics.csv"));
        written.add("metrics.csv");
        written.addAll(TrainingChart.write(dir, svg, net, csv.data, prepareOptions, config, result, metrics));
        Path modelFile = dir.resolve(TrainedModel.FILE_NAME);
        Saved saved = saveModel(modelFile, usable, result, net, data, recipe, sha, started);
        if (saved.written) {
            written.add(TrainedModel.FILE_NAME);
        }
        double writeSeconds = seconds(t3);

        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put("format", "rnnlab-run");
        record.put("version", 1);
        record.put("command", "train");
        record.put("rnnlab_version", Version.current());
        record.put("java", System.getProperty("java.version"));
        record.put("cores", Runtime.getRuntime().availableProcessors());
        record.put("started", started.toString());
        record.set("arguments", RunRecord.JSON.valueToTree(spec.commandLine().getParseResult().originalArgs()));
        record.set("options", RunRecord.options(spec));
        record.set("data", dataJson(table, data, sha, season));
        record.set("model", modelJson(net, config));
        record.set("result", RunRecord.result(result));
        if (evaluation != null) {
            record.set("test", EvaluationReport.toJson(evaluation));
        }
        written.add("run.json");
        ObjectNode files = record.putObject("files");
        files.set("written", RunRecord.JSON.valueToTree(written));
        files.put("model_note", saved.note.isEmpty() ? "written by this run" : saved.note);
        ObjectNode timings = record.putObject("seconds");
        timings.put("load", loadSeconds);
        timings.put("prepare", prepareSeconds);
        timings.put("train", result.seconds());
        timings.put("evaluate", evaluateSeconds);
        timings.put("write", writeSeconds);
        timings.put("total", seconds(t0));
        RunRecord.write(dir.resolve("run.json"), record);

        stdout.println(outcomeLine(result));
        if (evaluation != null) {
            EvaluationReport.printTable(stdout, evaluation, net.config().cell().id());
        }
        if (!saved.note.isEmpty()) {
            stdout.println(saved.note);
        }
        stdout.println("wrote " + String.join(", ", written) + " in " + dir);
        stdout.flush();
        return result.outcome().diverged() || !usable ? Errors.FAILURE : 0;
    }

    /** A new model, or the one of --init-from (whose shape then rules). */
    private SequenceModel initialModel(int inputs, int outputs, boolean manyToMany) {
        if (model.initFrom == null) {
            return SequenceModel.create(model.config(inputs, outputs, manyToMany), model.initialization(training.seed));
        }
        for (String option : List.of("--cell", "--activation", "--activation-param", "--hidden", "--layers", "--init",
                "--init-scale", "--recurrent-init", "--recurrent-init-scale", "--forget-bias")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new IllegalArgumentException(option + " cannot go with --init-from: the network's shape and"
                        + " weights come from " + model.initFrom + "; leave " + option + " out");
            }
        }
        Path file = TrainedModel.resolve(model.initFrom);
        SequenceModel loaded = ModelFile.read(file).model();
        ModelConfig c = loaded.config();
        TaskShape task = manyToMany ? TaskShape.MANY_TO_MANY : TaskShape.MANY_TO_ONE;
        if (c.inputSize() != inputs || c.outputSize() != outputs || c.task() != task) {
            throw InputException.inFile(file, "--init-from: this model reads " + c.inputSize() + " inputs and predicts "
                    + c.outputSize() + " targets (" + c.task().id() + "), but the data has " + inputs + " features and "
                    + outputs + " targets (" + task.id() + "); choose --features, --target and --many-to-many to"
                    + " match, or train from scratch");
        }
        return loaded;
    }

    /** Whether model.json was written, and a sentence for people when something is worth saying. */
    private record Saved(boolean written, String note) {
    }

    /** Writes model.json unless that would replace a good model with a diverged one, or there is nothing worth keeping. */
    private Saved saveModel(Path file, boolean usable, TrainingResult result, SequenceModel net, PreparedData data,
            DataRecipe recipe, String sha, Instant started) {
        boolean diverged = result.outcome().diverged();
        boolean exists = Files.exists(file);
        if (!usable) {
            String why = diverged ? "the run diverged (" + result.outcome() + ") before a validation epoch gave weights"
                    + " worth keeping" : "no epoch reached a finite validation loss, so no weights were validated";
            return new Saved(false, "model.json not written: " + why
                    + (exists ? "; the existing model.json was left untouched" : ""));
        }
        if (diverged && exists) {
            return new Saved(false, "model.json not written: the run diverged (" + result.outcome() + "), and the"
                    + " existing model.json, from an earlier run, was left untouched");
        }
        ObjectNode extra = JsonNodeFactory.instance.objectNode();
        ObjectNode t = extra.putObject("training");
        t.put("rnnlab_version", Version.current());
        t.put("started", started.toString());
        t.put("data_file", csv.data.toString());
        t.put("data_sha256", sha);
        t.put("seed", training.seed);
        t.put("outcome", result.outcome().status().id());
        t.put("epochs", result.epochs());
        if (result.bestEpoch() >= 0) {
            t.put("best_epoch", result.bestEpoch() + 1);
        }
        RunRecord.number(t, "best_validation_loss", result.bestValidationLoss());
        TrainedModel.of(net, data.normalization(), recipe, extra).write(file);
        return new Saved(true, diverged ? "the run diverged (" + result.outcome() + "); model.json holds the weights"
                + " of epoch " + (result.bestEpoch() + 1) + ", the best validation loss before that" : "");
    }

    private static void describe(PrintWriter err, TimeSeriesTable table, PreparedData data, int season,
            SequenceModel net) {
        String axis = table.timeAxis().map(a -> ", " + Options.lower(a.frequency()) + (a.gaps() > 0 ? " with "
                + a.gaps() + " gaps" : "")).orElse("");
        err.printf(Locale.ROOT, "rnnlab train: %s: %d rows%s%s; %s; features %s, target %s%n", table.source().orElse(null),
                table.rows(), axis, season > 0 ? " (season " + season + ")" : "", CsvArgs.timeColumnPhrase(table),
                table.featureNames(), table.targetNames());
        err.printf(Locale.ROOT, "rnnlab train: windows: %d training, %d validation, %d test; %s, hidden %d x %d layer%s,"
                + " %d parameters%n", data.train().count(), data.validation().count(), data.test().count(),
                net.config().cell().id(), net.config().hiddenSize(), net.config().layers(),
                net.config().layers() > 1 ? "s" : "", net.parameterCount());
        err.flush();
    }

    private static ObjectNode dataJson(TimeSeriesTable table, PreparedData data, String sha, int season) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("file", table.source().map(Path::toString).orElse(""));
        o.put("sha256", sha);
        o.put("rows", table.rows());
        o.set("features", RunRecord.JSON.valueToTree(table.featureNames()));
        o.set("targets", RunRecord.JSON.valueToTree(table.targetNames()));
        o.put("time_column", table.timeColumn().orElse(null));
        o.put("time_column_reason", table.timeColumnReason().orElse(null));
        table.timeAxis().ifPresent(a -> o.put("frequency", Options.lower(a.frequency())).put("step", a.step())
                .put("gaps", a.gaps()));
        if (season > 0) {
            o.put("season", season);
        }
        ObjectNode w = o.putObject("windows");
        w.put("train", data.train().count());
        w.put("validation", data.validation().count());
        w.put("test", data.test().count());
        ObjectNode rows = o.putObject("split_rows");
        rows.put("train_end", data.split().trainEnd());
        rows.put("validation_end", data.split().validationEnd());
        return o;
    }

    private static ObjectNode modelJson(SequenceModel net, TrainingConfig config) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ModelConfig c = net.config();
        o.put("cell", c.cell().id());
        o.put("activation", c.activation().label());
        o.put("input_size", c.inputSize());
        o.put("hidden_size", c.hiddenSize());
        o.put("num_layers", c.layers());
        o.put("output_size", c.outputSize());
        o.put("task", c.task().id());
        o.put("parameters", net.parameterCount());
        o.put("optimizer", config.optimizer().kind().id());
        o.put("clipping", config.clipping().label());
        o.put("nonfinite", config.nonFinite().label());
        o.put("bptt", config.bptt().toString());
        return o;
    }

    /** "Stopped early after 142 epochs (426 steps, 2.9 s): CAUSE. Kept epoch 112 (validation loss 0.308); 59% of steps clipped." */
    static String outcomeLine(TrainingResult r) {
        String what = switch (r.outcome().status()) {
            case COMPLETED -> "Completed " + r.epochs() + (r.epochs() == 1 ? " epoch" : " epochs");
            case STOPPED_EARLY -> "Stopped early after " + r.epochs() + (r.epochs() == 1 ? " epoch" : " epochs");
            case DIVERGED -> "Diverged at step " + r.outcome().step() + ", in epoch " + r.epochs();
        };
        String cause = r.outcome().cause().isEmpty() ? "" : ": " + r.outcome().cause();
        String kept = r.bestEpoch() >= 0 ? String.format(Locale.ROOT, " Kept epoch %d (validation loss %.4g);",
                r.bestEpoch() + 1, r.bestValidationLoss()) : "";
        return String.format(Locale.ROOT, "%s (%d steps, %.1f s)%s.%s %.0f%% of steps clipped.", what, r.steps(),
                r.seconds(), cause, kept, 100 * r.clippedShare());
    }

    private static boolean finite(SequenceModel net) {
        for (Parameter p : net.parameters()) {
            for (double v : p.value().data) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
