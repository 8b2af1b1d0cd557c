package org.rnnlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rnnlab.data.Part;
import org.rnnlab.data.SplitRows;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.forecast.TrainedModel;
import org.rnnlab.forecast.WindowPredictions;
import org.rnnlab.io.AtomicFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The model's prediction for every window of a file, for scoring elsewhere. */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Write the model's prediction for every window of a file.",
        description = {"Cut the whole file into windows as in training, ignoring the split so that",
                "every window counts, and write for each window the row of its target, the",
                "actual value and the model's prediction, both in the data's own units. The",
                "part column says which part of the model's chronological split the target",
                "row falls in, so rows seen in training can be told from unseen ones.", ""},
        footer = {"", "Example: rnnlab predict --model runs/airline_passengers \\",
                "             --data datasets/airline_passengers.csv"})
final class PredictCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR|FILE",
            description = "A run directory of 'rnnlab train', or its model.json.")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The CSV file to predict.")
    Path data;

    @Option(names = "--out", paramLabel = "FILE.csv",
            description = "Where to write the predictions (default: predictions.csv in the model's directory).")
    Path out;

    @Override
    public Integer call() {
        TrainedModel trained = TrainedModel.read(model);
        TimeSeriesTable table = trained.load(data);
        WindowPredictions p = WindowPredictions.of(trained.ensemble(), trained.prepareWhole(table).train());
        SplitRows split = trained.recipe().prepare().split().rowsOf(table.rows());
        Path file = out != null ? out : TrainedModel.resolve(model).toAbsolutePath().getParent().resolve("predictions.csv");
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new IllegalArgumentException("--out must name a .csv file, got " + file);
        }
        List<String> targets = table.targetNames();
        StringWriter text = new StringWriter();
        PrintWriter csv = new PrintWriter(text);
        StringBuilder header = new StringBuilder();
        table.timeColumn().ifPresent(t -> header.append(ForecastCommand.csvName(t)).append(','));
        header.append("line,part");
        for (String t : targets) {
            header.append(',').append(ForecastCommand.csvName(t)).append(',')
                    .append(ForecastCommand.csvName(t + "_predicted"));
        }
        csv.println(header);
        for (int n = 0; n < p.count(); n++) {
            int row = p.targetRow(n);
            StringBuilder line = new StringBuilder();
            table.timeLabels().ifPresent(l -> line.append(l.get(row)).append(','));
            line.append(table.line(row)).append(',').append(partOf(row, split).description());
            for (int o = 0; o < targets.size(); o++) {
                line.append(',').append(p.actual(n, o)).append(',').append(p.prediction(n, o));
            }
            csv.println(line);
        }
        csv.flush();
        AtomicFile.writeString(file, text.toString());
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("wrote %d predictions of %s (targets %s to %s) to %s%n", p.count(), String.join(", ", targets),
                EvaluateCommand.range(table, p).map(r -> r.get(0)).orElse("-"),
                EvaluateCommand.range(table, p).map(r -> r.get(1)).orElse("-"), file);
        stdout.flush();
        return 0;
    }

    private static Part partOf(int row, SplitRows split) {
        return row < split.trainEnd() ? Part.TRAIN : row < split.validationEnd() ? Part.VALIDATION : Part.TEST;
    }
}
