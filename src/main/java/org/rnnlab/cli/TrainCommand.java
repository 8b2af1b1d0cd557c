package org.rnnlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.rnnlab.forecast.RunJson;
import org.rnnlab.forecast.RunSummary;
import org.rnnlab.forecast.TrainingPlan;
import org.rnnlab.forecast.TrainingRun;
import org.rnnlab.report.TrainingChartFile;
import org.rnnlab.train.TrainingResult;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
                "The run is written into DIR.incomplete (with checkpoints at epochs' ends)",
                "and replaces DIR only when complete; a killed run continues with --resume DIR.",
                "Then: rnnlab evaluate|forecast|predict --model DIR --data FILE.", ""},
        footer = {"", "Example: rnnlab train --data datasets/airline_passengers.csv --transform log"})
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    ForecasterArgs args = new ForecasterArgs();

    @Option(names = "--ensemble", paramLabel = "N", defaultValue = "1", order = 6,
            description = "Train N networks from seeds S, S+1, ... (in parallel) and average their predictions;"
                    + " model.json holds every member (default: ${DEFAULT-VALUE}).")
    int ensemble = 1;

    @Option(names = "--refit", order = 6, description = "After early stopping has chosen each network's epochs on the"
            + " validation part, retrain it on the training and validation rows for that many epochs; the test part"
            + " stays untouched.")
    boolean refit;

    @Option(names = "--out", paramLabel = "DIR", order = 6,
            description = "The run directory (default: runs/NAME for data file NAME.csv).")
    Path out;

    @Option(names = "--svg", order = 7, description = "Also write the chart as SVG.")
    boolean svg;

    @Mixin
    ResumeOptions resumption = new ResumeOptions();

    /** Seconds between plain progress lines when stderr is not a terminal. */
    double progressInterval = 5;

    @Override
    public Integer call() {
        if (resumption.resume != null) {
            return Resumption.resume(spec, main, "train", resumption.resume);
        }
        if (args.csv.data == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--data=FILE'");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Integer horizon = args.windows.horizon;
        TrainingPlan plan = args.plan(spec, horizon != null ? horizon : 1,
                out != null ? out : Path.of("runs", stem(args.csv.data)), ensemble, refit);
        RunSummary run = TrainingRun.run(plan, hooks(err), invocation(),
                resumption.durability(spec, "train", plan.out()));

        stdout.println(outcomeLine(run.result()));
        run.evaluation().ifPresent(e -> {
            EvaluationReport.printTable(stdout, e, run.net().config().cell().id());
            String few = EvaluateCommand.fewTargetsNote(e.windows(), org.rnnlab.data.Part.TEST, args.csv.data);
            if (few != null) {
                stdout.println(few);
            }
        });
        if (!run.modelNote().isEmpty()) {
            stdout.println(run.modelNote());
        }
        stdout.println("wrote " + String.join(", ", run.written()) + " in " + run.dir());
        stdout.flush();
        return run.failed() ? Errors.FAILURE : 0;
    }

    /** The progress bar, the training chart and stderr lines. */
    private TrainingRun.Hooks hooks(PrintWriter err) {
        return new StderrHooks(err, "train",
                config -> List.of(new TrainingProgress(err, main.stderrIsTerminal, progressInterval, config.epochs())),
                (dir, run) -> TrainingChartFile.write(dir, svg, run, args.csv.data));
    }

    /** The arguments as given and every option's effective value, for run.json. */
    private ObjectNode invocation() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("arguments", RunJson.JSON.valueToTree(spec.commandLine().getParseResult().originalArgs()));
        o.set("options", OptionValues.options(spec));
        return o;
    }

    /** "Stopped early after 142 epochs (426 steps, 2.9 s): CAUSE. Kept epoch 112 (validation loss 0.308); 59% of steps clipped." */
    static String outcomeLine(TrainingResult r) {
        return r.summary();
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
