package org.rnnlab.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rnnlab.io.StagedDirectory;
import org.rnnlab.forecast.BacktestFiles;
import org.rnnlab.forecast.ConformalIntervals;
import org.rnnlab.forecast.BacktestPlan;
import org.rnnlab.forecast.BacktestResult;
import org.rnnlab.forecast.BacktestScores;
import org.rnnlab.forecast.BacktestSummary;
import org.rnnlab.forecast.Backtest;
import org.rnnlab.forecast.ForecastBands;
import org.rnnlab.forecast.TrainingPlan;
import org.rnnlab.forecast.TrainingRun;
import org.rnnlab.report.BacktestCharts;
import org.rnnlab.text.Numbers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Rolling-origin evaluation of the forecaster on a CSV series. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Score the forecaster from many origins, as it would have forecast then.",
        customSynopsis = "rnnlab backtest --data=FILE [OPTION...]",
        description = {"Rolling-origin evaluation: from each of --origins origins, --every rows apart and",
                "ending --horizon rows before the end of the file, forecast --horizon rows ahead",
                "with a model that saw only the rows up to that origin (trained at the first",
                "origin, or again every --refit-every origins), next to persistence, seasonal",
                "naive, drift and the mean so far. Model and training options are train's.",
                "The directory (--out) gets:",
                "  backtest.csv        one row per origin x step ahead: actual, every forecast, intervals",
                "  summary.md          MASE, RMSE, MAE, sMAPE overall and per step; interval coverage",
                "  run.json            the data file's hash, origins, levels, each model's options",
                "  errors.png          MASE against steps ahead, the model and each baseline",
                "  forecasts.png       every origin's forecast over the actual values",
                "The directory is written into DIR.incomplete (each model's trainings checkpoint",
                "there) and replaces DIR only when complete; a killed backtest continues with",
                "--resume DIR, without training again the models it had finished.", ""},
        footer = {"", "Example: rnnlab backtest --data datasets/airline_passengers.csv --refit-every 4"})
final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    Main main;

    @Mixin
    ForecasterArgs args = new ForecasterArgs();

    @Option(names = "--origins", paramLabel = "K", order = 6, description = "Forecast origins (default: up to 100,"
            + " spread over the last 15%% of the rows, or from further back, but not before the middle of the file,"
            + " when it takes more origins to form the 3 groups that forecast different rows which an interval of the"
            + " coverage needs: 36 monthly origins 12 steps ahead).")
    Integer origins;

    @Option(names = "--every", paramLabel = "S", order = 6, description = "Rows between origins (default: the"
            + " span of the default origins, the last 15%% of the rows or further back as --origins says, divided"
            + " among the origins, at least 1).")
    Integer every;

    @Option(names = "--refit-every", paramLabel = "R", order = 6, description = "Train a new model at every R-th"
            + " origin on the rows up to it (1: at every origin); 0 trains one model, at the first origin"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    int refitEvery;

    @Option(names = "--direct", order = 6, description = "Train the model to predict the row --horizon steps ahead"
            + " directly, and score that row only, instead of recursive forecasts of every row up to it.")
    boolean direct;

    @Option(names = "--ensemble", paramLabel = "N", defaultValue = "1", order = 6,
            description = "Networks per model, from seeds S, S+1, ..., averaged (default: ${DEFAULT-VALUE}).")
    int ensemble = 1;

    @Option(names = "--interval", paramLabel = "L,L", defaultValue = "80,95", split = ",", order = 6,
            description = "Prediction-interval levels in percent whose empirical coverage is reported, or none"
                    + " (default: ${DEFAULT-VALUE}).")
    List<String> interval;

    @Option(names = "--interval-adapt", paramLabel = "G", defaultValue = "0", order = 6,
            description = "Adaptive conformal step: after each actual value becomes known, each level's miss rate"
                    + " moves by G x (nominal miss rate - missed?), so intervals narrow while they cover more often"
                    + " than nominal and widen after misses (Gibbs & Candes 2021), one rate per step ahead; 0 keeps"
                    + " the nominal levels (default: ${DEFAULT-VALUE}: on the shipped series adapting brought coverage"
                    + " nearer nominal but scored the intervals worse).")
    double intervalAdapt;

    @Option(names = "--out", paramLabel = "DIR", order = 7,
            description = "The backtest directory (default: runs/NAME-backtest for data file NAME.csv).")
    Path out;

    @Option(names = "--svg", order = 7, description = "Also write the charts as SVG.")
    boolean svg;

    @Mixin
    ResumeOptions resumption = new ResumeOptions();

    /** A count the user gave (at least 1), or 0, the plan's "choose the default", when none was given. */
    private static int given(String option, Integer value) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException(option + " must be >= 1, got " + value
                    + " (leave it out for the default)");
        }
        return value != null ? value : 0;
    }

    @Override
    public Integer call() {
        if (resumption.resume != null) {
            return Resumption.resume(spec, main, "backtest", resumption.resume);
        }
        if (args.csv.data == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--data=FILE'");
        }
        PrintWriter stdout = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Path dir = out != null ? out : Path.of("runs", TrainCommand.stem(args.csv.data) + "-backtest");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--out: " + dir + " is a file, not a directory; give a directory");
        }
        int steps = given("--horizon", args.windows.horizon);
        if (direct && steps < 2) {
            throw new IllegalArgumentException("--direct needs --horizon H of 2 or more (the row to predict directly)");
        }
        TrainingPlan plan = args.plan(spec, direct ? steps : 1, dir, ensemble, false);
        BacktestPlan backtest = new BacktestPlan(plan, given("--origins", origins), given("--every", every), steps, refitEvery, Options.levels(interval),
                intervalAdapt);
        String name = args.model.cell.id();
        BacktestScores scores;
        List<String> written;
        // the directory is written as a set (into DIR.incomplete, then swapped in), one process at a time
        var durability = resumption.durability(spec, "backtest", dir);
        try (StagedDirectory staged = StagedDirectory.open(dir, "rnnlab backtest", durability.resume())) {
            if (staged.tookOverLock() != null) {
                err.println("rnnlab backtest: " + dir + ": " + staged.tookOverLock());
            }
            try (BacktestProgress progress = new BacktestProgress(err, main.stderrIsTerminal)) {
                scores = BacktestScores.of(Backtest.run(backtest, StderrHooks.lines(err, "backtest"), progress,
                        staged.checkpoints(), durability));
                written = new ArrayList<>(BacktestFiles.write(staged.staging(), scores, name, backtest));
                written.addAll(BacktestCharts.write(staged.staging(), scores, name, svg));
            } catch (UncheckedIOException e) {
                throw new UncheckedIOException(e.getMessage() + "; " + TrainingRun.afterFailure(staged), e.getCause());
            }
            staged.commit();
        }
        print(stdout, scores, name);
        stdout.println("wrote " + String.join(", ", written) + " in " + dir);
        stdout.flush();
        return 0;
    }

    private static void print(PrintWriter out, BacktestScores s, String name) {
        BacktestResult r = s.result();
        for (int o = 0; o < r.targets().size(); o++) {
            out.printf(Locale.ROOT, "%-24s %8s %12s %12s %9s %7s%n", r.targets().get(o) + ", backtest", "MASE", "RMSE",
                    "MAE", "sMAPE %", "points");
            String[] labels = {name, "persistence", "seasonal naive", "drift", "training mean"};
            for (int m = 0; m < labels.length; m++) {
                var a = s.overall()[o][m];
                out.printf(Locale.ROOT, "%-24s %8s %12s %12s %9s %7d%n", labels[m], Numbers.fixed(a.mase(), 3),
                        EvaluationReport.fmt(a.rmse()), EvaluationReport.fmt(a.mae()), Numbers.fixed(a.smape(), 2), a.count());
            }
            out.println(BacktestSummary.headline(s, o, name));
            for (int l = 0; l < r.levels().length; l++) {
                String level = ForecastBands.percent(r.levels()[l]) + "%";
                if (s.covered()[o][l] == 0) {
                    out.printf(Locale.ROOT, "no %s intervals: the validation part gave fewer than %d forecasts per step%n",
                            level, ConformalIntervals.fewestFor(r.levels()[l]));
                } else {
                    var range = s.range()[o][l];
                    out.printf(Locale.ROOT, "%s intervals covered %.1f%% of %d actual values%s%n", level,
                            100 * s.coverage()[o][l], s.covered()[o][l], range == null ? ""
                                    : String.format(Locale.ROOT, " (95%% interval %.1f–%.1f%%, batch means over"
                                            + " origins)", 100 * range.lower(), 100 * range.upper()));
                }
            }
            String caveat = BacktestSummary.coverageCaveat(s);
            if (caveat != null) {
                out.println("(no 95% intervals for the error ratio or the coverage: " + caveat + ")");
            }
        }
    }
}
