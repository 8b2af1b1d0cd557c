package org.rnnlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.rnnlab.data.Part;
import org.rnnlab.data.PreparedData;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.data.Windows;
import org.rnnlab.error.InputException;
import org.rnnlab.forecast.Evaluation;
import org.rnnlab.forecast.RunJson;
import org.rnnlab.forecast.TrainedModel;
import org.rnnlab.forecast.WindowPredictions;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A trained model's errors on the test part of a file, next to naive baselines. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Score a trained model against naive baselines.",
        description = {"Cut the file into windows exactly as in training (same columns, split and",
                "transforms, and the scaling stored in the model), predict the target of",
                "every test window, and print RMSE and MAE in the data's own units, sMAPE,",
                "and MASE (the MAE over the training rows' mean absolute change one season,",
                "or one row, apart; below 1 beats that naive forecast in sample), next to",
                "three baselines on the same targets: persistence (the last observed value),",
                "seasonal naive (the value one season earlier) and the training mean.", ""},
        footer = {"", "Example: rnnlab evaluate --model runs/airline_passengers \\",
                "             --data datasets/airline_passengers.csv"})
final class EvaluateCommand implements Callable<Integer> {

    /** Below this many targets per column, evaluate recommends a rolling-origin backtest. */
    static final int FEW_TARGETS = 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR|FILE",
            description = "A run directory of 'rnnlab train', or its model.json.")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The CSV file to score on.")
    Path data;

    @Option(names = "--part", paramLabel = "PART", defaultValue = "test",
            description = "Which part of the split to score: test, validation or train (default: ${DEFAULT-VALUE}).")
    Part part;

    @Option(names = "--season", paramLabel = "P", description = "Season length of the seasonal-naive baseline"
            + " (default: as in training, detected from the time column).")
    Integer season;

    @Option(names = "--json", description = "Print the errors as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (season != null && season < 1) {
            throw new IllegalArgumentException("--season must be >= 1, got " + season);
        }
        TrainedModel trained = TrainedModel.read(model);
        TimeSeriesTable table = trained.load(data);
        table.repairs().ifPresent(r -> spec.commandLine().getErr().println("rnnlab evaluate: note: " + data + ": " + r
                + " (the model's missing-value policy)"));
        String trainedOn = trained.metadata().path("training").path("data_sha256").asText("");
        if (!trainedOn.isEmpty() && !trainedOn.equals(RunJson.sha256(data))) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("rnnlab evaluate: note: " + data + " is not the file the model was trained on (its SHA-256"
                    + " differs); its own rows are split, so its test part is not the training run's");
            err.flush();
        }
        PreparedData prepared = trained.prepare(table);
        Windows windows = prepared.windows(part);
        if (windows.isEmpty()) {
            throw InputException.inFile(data, "the " + part.description() + " part has no windows: the model's split"
                    + " gives it no rows; choose another --part");
        }
        OptionalInt seasonLength = season != null ? OptionalInt.of(season) : trained.recipe().seasonLength().isPresent()
                ? trained.recipe().seasonLength() : table.defaultSeason() > 0 ? OptionalInt.of(table.defaultSeason())
                : OptionalInt.empty();
        WindowPredictions predictions = WindowPredictions.of(trained.ensemble(), windows);
        Evaluation evaluation = Evaluation.of(predictions, prepared, seasonLength);
        PrintWriter out = spec.commandLine().getOut();
        String few = fewTargetsNote(windows.count(), part, data);
        if (json) {
            ObjectNode o = EvaluationReport.toJson(evaluation);
            o.put("model", TrainedModel.resolve(model).toString());
            o.put("data", data.toString());
            o.put("horizon", trained.recipe().prepare().windows().horizon());
            range(table, predictions).ifPresent(r -> o.put("first_target", r.get(0)).put("last_target", r.get(1)));
            out.println(RunJson.pretty(o));
        } else {
            out.printf("%s, %s part: %d windows%s, horizon %d; model %s%n", data.getFileName(), part.description(),
                    windows.count(), range(table, predictions).map(r -> ", targets " + r.get(0) + " to " + r.get(1))
                            .orElse(""), trained.recipe().prepare().windows().horizon(), TrainedModel.resolve(model));
            EvaluationReport.printTable(out, evaluation, trained.model().config().cell().id());
        }
        if (few != null) {
            PrintWriter where = json ? spec.commandLine().getErr() : out;
            where.println(json ? "rnnlab evaluate: note: " + few : few);
            where.flush();
        }
        out.flush();
        return 0;
    }

    /**
     * A sentence when a part has fewer than {@link #FEW_TARGETS} targets per target column (too
     * few for errors to say much), or null.
     */
    static String fewTargetsNote(int targets, Part part, Path data) {
        if (targets >= FEW_TARGETS) {
            return null;
        }
        return "The " + part.description() + " part has only " + org.rnnlab.text.Plural.of(targets, "target")
                + " (fewer than " + FEW_TARGETS + "), too few for a steady estimate; rnnlab backtest --data " + data
                + " gives a rolling-origin estimate.";
    }

    /** The time labels (or file lines) of the first and last target scored. */
    static Optional<List<String>> range(TimeSeriesTable table, WindowPredictions p) {
        if (p.count() == 0) {
            return Optional.empty();
        }
        int first = p.targetRow(0), last = p.targetRow(p.count() - 1);
        return Optional.of(table.timeLabels().map(l -> List.of(l.get(first), l.get(last)))
                .orElse(List.of("line " + table.line(first), "line " + table.line(last))));
    }
}
