package org.rnnlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.jfree.chart.JFreeChart;
import org.rnnlab.data.PreparedData;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.forecast.BacktestErrors;
import org.rnnlab.forecast.ModelSignature;
import org.rnnlab.forecast.ConformalIntervals;
import org.rnnlab.forecast.ForecastBands;
import org.rnnlab.forecast.MultiStepForecast;
import org.rnnlab.forecast.TrainedModel;
import org.rnnlab.io.AtomicFile;
import org.rnnlab.io.DirectoryLock;
import org.rnnlab.io.FileSet;
import org.rnnlab.report.ChartWriter;
import org.rnnlab.report.SeriesCharts;
import org.rnnlab.text.Numbers;
import org.rnnlab.text.Plural;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The next N values after the end of a file. */
@Command(name = "forecast", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Forecast the steps after the end of a CSV series.",
        description = {"Forecast the N rows after the last row of the file, in the data's own units,",
                "from the file's last window.",
                "A model trained with horizon 1 forecasts recursively: each prediction is fed",
                "back as the next input, so any N works, but every input column must be one",
                "the model predicts; the future of other columns is unknown, and rnnlab does",
                "not invent it. A model with horizon H > 1 forecasts directly, in one pass:",
                "the row H ahead (many-to-one) or rows 1..H (many-to-many).",
                "Time labels continue the file's time column where it has a regular step",
                "(dates on weekdays only continue on weekdays; an intraday series continues",
                "into the weekend). Writes a CSV file and a PNG chart of the",
                "recent history with the forecast.", ""},
        footer = {"", "Example: rnnlab forecast --model runs/airline_passengers \\",
                "             --data datasets/airline_passengers.csv --steps 24"})
final class ForecastCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR|FILE",
            description = "A run directory of 'rnnlab train', or its model.json.")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE",
            description = "The CSV series to continue (the training file, or a longer one).")
    Path data;

    @Option(names = "--steps", required = true, paramLabel = "N", description = "How many rows to forecast.")
    int steps;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "The forecast CSV; the chart goes next to it"
            + " as FILE.png (default: forecast.csv in the model's directory).")
    Path out;

    @Option(names = "--svg", description = "Also write the chart as SVG.")
    boolean svg;

    @Option(names = "--interval", paramLabel = "L,L", defaultValue = "80,95", split = ",",
            description = "Prediction intervals at these coverage levels in percent, or none: split conformal from"
                    + " the model's validation forecast errors per step ahead (default: ${DEFAULT-VALUE}).")
    List<String> interval;

    @Option(names = "--interval-backtest", paramLabel = "DIR", description = "Also rest the intervals on the"
            + " forecast errors of a backtest of this series (the directory rnnlab backtest wrote): per step ahead, the"
            + " newest errors of the validation part and the backtest, as many as the validation part gave (or as the"
            + " highest level needs: 19 for 95%%): the bands"
            + " the backtest's next origin would use. Its errors lie nearer the end of the file than the validation"
            + " part's. Needs a recursive model and backtest (horizon 1, no --direct) whose models are like this one:"
            + " the same network configuration, window and transforms, as the backtest's run.json records.")
    Path intervalBacktest;

    @Override
    public Integer call() {
        if (steps < 1) {
            throw new IllegalArgumentException("--steps must be >= 1, got " + steps);
        }
        TrainedModel trained = TrainedModel.read(model);
        TimeSeriesTable table = trained.load(data);
        table.repairs().ifPresent(r -> spec.commandLine().getErr().println("rnnlab forecast: note: " + data + ": " + r
                + " (the model's missing-value policy)"));
        PreparedData prepared = trained.prepareWhole(table);
        double[] levels = Options.levels(interval);
        BacktestErrors.Pooled heldOut = heldOut(trained, table, prepared.options().windows().horizon(), levels);
        List<ConformalIntervals> errors = heldOut.intervals();
        int fromBacktest = heldOut.read();
        MultiStepForecast forecast = MultiStepForecast.of(trained.ensemble(), prepared, steps);
        ForecastBands bands = levels.length > 0 && !errors.isEmpty() ? ForecastBands.of(forecast, errors, levels) : null;
        Path csvFile = out != null ? out : TrainedModel.resolve(model).toAbsolutePath().getParent().resolve("forecast.csv");
        if (!csvFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new IllegalArgumentException("--out must name a .csv file, got " + csvFile);
        }
        String timeName = forecast.labels().isPresent() ? table.timeColumn().orElse(null) : null;
        List<String> written = writeFiles(csvFile, table, forecast, trained, bands, timeName);
        PrintWriter stdout = spec.commandLine().getOut();
        printForecast(stdout, table, forecast, timeName);
        intervalNote(stdout, levels, bands, forecast, fromBacktest > 0 ? String.format(Locale.ROOT,
                " (the newest of the validation part's and of %d backtest forecast errors in %s%s)", fromBacktest,
                intervalBacktest, heldOut.checked() ? "" : "; it has no run.json, so whether its models were like"
                        + " this one was not checked") : "");
        stdout.println("wrote " + String.join(", ", written));
        stdout.flush();
        return 0;
    }

    /**
     * Writes the forecast CSV and its chart as one set (never one without the other), one writer at a
     * time: in a run directory under the lock train takes, elsewhere under one beside the file.
     * Returns the files written, the CSV first. {@code timeName} null: no time column in the CSV.
     */
    private List<String> writeFiles(Path csvFile, TimeSeriesTable table, MultiStepForecast forecast,
            TrainedModel trained, ForecastBands bands, String timeName) {
        List<String> written = new ArrayList<>();
        Path runDir = TrainedModel.resolve(model).toAbsolutePath().getParent();
        boolean inRunDir = csvFile.toAbsolutePath().normalize().getParent().equals(runDir.normalize());
        try (DirectoryLock lock = inRunDir ? DirectoryLock.beside(runDir, "rnnlab forecast")
                : DirectoryLock.forFile(csvFile, "rnnlab forecast")) {
            JFreeChart chart = chart(table, forecast, trained, bands);
            FileSet set = FileSet.of(csvFile);
            Path png = ChartWriter.withExtension(csvFile, "png");
            ChartWriter.write(chart, 1200, 300 + 250 * forecast.targets().size(), set.staged(png), svg)
                    .forEach(file -> written.add(csvFile.resolveSibling(file.getFileName()).toString()));
            AtomicFile.writeString(set.staged(csvFile), csv(forecast, bands, timeName));
            set.commit();
            written.add(0, csvFile.toString());
        }
        return written;
    }

    /** The forecast as a table on stdout, with time labels when {@code timeName} is not null. */
    private void printForecast(PrintWriter stdout, TimeSeriesTable table, MultiStepForecast forecast, String timeName) {
        boolean labelled = timeName != null;
        stdout.printf("%s forecast of %s, %s after %s%s:%n", forecast.method(), String.join(", ",
                forecast.targets()), Plural.of(forecast.ahead().length, "row"),
                table.timeLabels().map(l -> l.get(l.size() - 1)).orElse("line " + table.line(table.rows() - 1)),
                forecast.method().equals("recursive") && steps > 1 ? " (each step fed back as the next input)" : "");
        stdout.printf("%-20s %6s", labelled ? timeName : "", "ahead");
        forecast.targets().forEach(t -> stdout.printf(" %14s", t));
        stdout.println();
        for (int i = 0; i < forecast.ahead().length; i++) {
            stdout.printf("%-20s %6d", labelled ? forecast.labels().get().get(i) : "", forecast.ahead()[i]);
            for (double[] values : forecast.values()) {
                stdout.printf(" %14s", EvaluationReport.fmt(values[i]));
            }
            stdout.println();
        }
    }

    /** The errors the bands rest on: the model's validation errors, slid forward through a backtest's when given. */
    private BacktestErrors.Pooled heldOut(TrainedModel trained, TimeSeriesTable table, int horizon, double[] levels) {
        if (intervalBacktest == null) {
            return new BacktestErrors.Pooled(trained.intervals(), 0, true);
        }
        if (levels.length == 0) {
            throw new IllegalArgumentException("--interval-backtest applies only to intervals, not --interval none;"
                    + " leave it out");
        }
        if (horizon != 1) {
            throw new IllegalArgumentException("--interval-backtest needs a recursive model (trained with horizon 1);"
                    + " this one predicts " + horizon + " rows ahead directly");
        }
        if (trained.intervals().isEmpty()) {
            throw new IllegalArgumentException("--interval-backtest slides a backtest's errors into the model's"
                    + " validation errors, and this model file holds none (trained without a validation part, or by an"
                    + " older rnnlab); train it with a validation part, or leave --interval-backtest out");
        }
        return BacktestErrors.pooled(intervalBacktest, table, trained.intervals(), ModelSignature.of(trained),
                levels);
    }

    /** The forecast CSV: the time label (when {@code timeName} is not null), ahead, each target with its bounds. */
    private static String csv(MultiStepForecast forecast, ForecastBands bands, String timeName) {
        boolean labelled = timeName != null;
        double[] levels = bands == null ? new double[0] : bands.levels();
        StringWriter text = new StringWriter();
        PrintWriter csv = new PrintWriter(text);
        csv.println((labelled ? csvName(timeName) + "," : "") + "ahead," + String.join(",", header(forecast, bands)));
        for (int i = 0; i < forecast.ahead().length; i++) {
            StringBuilder row = new StringBuilder();
            if (labelled) {
                row.append(forecast.labels().get().get(i)).append(',');
            }
            row.append(forecast.ahead()[i]);
            for (int o = 0; o < forecast.targets().size(); o++) {
                row.append(',').append(forecast.values()[o][i]);
                for (int l = 0; bands != null && l < levels.length; l++) {
                    row.append(',').append(Numbers.exactOrEmpty(bands.lower()[o][l][i])).append(',')
                            .append(Numbers.exactOrEmpty(bands.upper()[o][l][i]));
                }
            }
            csv.println(row);
        }
        csv.flush();
        return text.toString();
    }

    private static List<String> header(MultiStepForecast f, ForecastBands bands) {
        List<String> names = new ArrayList<>();
        for (String t : f.targets()) {
            names.add(csvName(t));
            for (int l = 0; bands != null && l < bands.levels().length; l++) {
                String p = ForecastBands.percent(bands.levels()[l]);
                names.add(csvName(t + "_lower_" + p));
                names.add(csvName(t + "_upper_" + p));
            }
        }
        return names;
    }

    /** Says where intervals are missing and why: no held-out errors, or too few that far ahead. */
    private static void intervalNote(PrintWriter out, double[] levels, ForecastBands bands, MultiStepForecast f,
            String source) {
        if (levels.length == 0) {
            return;
        }
        if (bands == null) {
            out.println("no prediction intervals: the model file holds no validation forecast errors (trained without"
                    + " a validation part, or by an older rnnlab)");
            return;
        }
        List<String> parts = new ArrayList<>();
        int n = f.ahead().length;
        for (int l = 0; l < levels.length; l++) {
            int covered = 0;
            while (covered < n && Double.isFinite(bands.lower()[0][l][covered])) {
                covered++;
            }
            String p = ForecastBands.percent(levels[l]) + "%";
            parts.add(covered == n ? p + " for every step" : covered == 0 ? p + " for no step (it needs "
                    + ConformalIntervals.fewestFor(levels[l]) + " held-out errors per step)" : p + " for steps 1–"
                    + covered + " (it needs " + ConformalIntervals.fewestFor(levels[l]) + " held-out errors per step)");
        }
        out.printf(Locale.ROOT, "prediction intervals, split conformal from %s at step 1%s: %s%n",
                org.rnnlab.text.Plural.of(bands.counts()[0][0], source.isEmpty() ? "validation forecast" : "held-out error"),
                source, String.join(", ", parts));
    }

    private static JFreeChart chart(TimeSeriesTable table, MultiStepForecast f, TrainedModel trained,
            ForecastBands bands) {
        int last = table.rows() - 1;
        int horizon = f.ahead()[f.ahead().length - 1];
        int shown = Math.min(table.rows(), Math.max(120, 5 * horizon));
        int first = table.rows() - shown;
        List<SeriesCharts.Panel> panels = new ArrayList<>();
        int[] rows = new int[f.ahead().length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = last + f.ahead()[i];
        }
        for (int o = 0; o < f.targets().size(); o++) {
            int column = table.columnIndex(f.targets().get(o));
            double[] history = new double[shown];
            for (int r = 0; r < shown; r++) {
                history[r] = table.value(first + r, column);
            }
            List<SeriesCharts.Band> shaded = new ArrayList<>();
            for (int l = bands == null ? -1 : bands.levels().length - 1; l >= 0; l--) {
                shaded.add(new SeriesCharts.Band(ForecastBands.percent(bands.levels()[l]) + "% interval",
                        bands.lower()[o][l], bands.upper()[o][l]));
            }
            panels.add(new SeriesCharts.Panel(f.targets().get(o), first, history, rows, f.values()[o], shaded));
        }
        List<String> labels = null;
        if (table.timeLabels().isPresent()) {
            labels = new ArrayList<>(table.timeLabels().get());
            List<String> next = table.timeAxis().map(a -> a.next(horizon)).orElse(null);
            for (int k = 1; k <= horizon; k++) {
                labels.add(next != null ? next.get(k - 1) : "+" + k);
            }
        }
        var w = trained.recipe().prepare().windows();
        int n = f.ahead().length;
        String span = n == 1 && horizon > 1 ? "the row " + horizon + " steps after " : Plural.of(n, "step")
                + " after ";
        String title = "Forecast of " + String.join(", ", f.targets()) + ": " + span
                + table.timeLabels().map(l -> l.get(last)).orElse("line " + table.line(last));
        String subtitle = String.format(Locale.ROOT, "%s %s, window %d, horizon %d; %s forecast%s; the last %d rows of"
                + " history shown", trained.model().config().cell().id().toUpperCase(Locale.ROOT), "hidden "
                + trained.model().config().hiddenSize(), w.window(), w.horizon(), f.method(),
                f.method().equals("recursive") && f.ahead().length > 1 ? " (predictions fed back as inputs)" : "",
                shown);
        return SeriesCharts.forecast(title, subtitle, table.timeColumn().orElse("row"), labels, panels, last,
                trained.recipe().season());
    }

    /** A CSV header field, quoted when it holds a comma or a quote. */
    static String csvName(String name) {
        return name.contains(",") || name.contains("\"") ? "\"" + name.replace("\"", "\"\"") + "\"" : name;
    }
}
