package org.rnnlab.forecast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.rnnlab.data.CsvLoader;
import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.SplitFractions;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.error.InputException;
import org.rnnlab.text.Plural;

/**
 * Rolling-origin evaluation ({@code rnnlab backtest}): the honest way to score a forecaster on a
 * series too short for one test part to say much (Tashman 2000, "Out-of-sample tests of forecasting
 * accuracy"; Hyndman &amp; Athanasopoulos, <i>FPP3</i> §5.10). For each origin {@code o} the model
 * sees rows {@code 0 … o} only: it is trained on them (at the first origin, or again every
 * {@code refitEvery} origins; its own validation part, the last rows before the origin, drives
 * early stopping, auto's recipe and the intervals), and forecasts rows {@code o+1 … o+H} from the
 * window ending at {@code o}. Next to it, four baselines forecast from the same rows: persistence
 * {@code y[o]}, seasonal naive {@code y[o+h−m⌈h/m⌉]}, drift {@code y[o] + h·(y[o]−y[0])/o} and the
 * mean of {@code y[0 … o]}.
 */
public final class Backtest {

    /**
     * At most this many origins by default. Each origin costs one forecast (no training unless
     * {@code --refit-every}), and the estimate steadies with their number: on the sunspot series
     * 20 origins measured 80 % intervals at 88.8 % coverage, 100 at 83.0 %.
     */
    public static final int DEFAULT_ORIGINS = 100;

    /** By default at least this many origins, on a short series too. */
    static final int MIN_ORIGINS = 10;

    /**
     * By default the origins span the last 15 % of the rows, as the default test part does, or reach
     * further back (see {@link #origins}) where those rows hold too few origins for three groups.
     */
    static final double DEFAULT_SPAN = 0.15;

    /** The per-model lines are kept back: the backtest says one line per model instead. */
    private static final TrainingRun.Hooks QUIET = line -> { };

    private Backtest() {
    }

    /** Hears of each origin forecast: {@code done} of {@code total} origins. */
    @FunctionalInterface
    public interface Progress {
        void origin(int done, int total);
    }

    /** Runs the backtest; {@code hooks} hear of each model trained. */
    public static BacktestResult run(BacktestPlan plan, TrainingRun.Hooks hooks) {
        return run(plan, hooks, (done, total) -> { });
    }

    /** Runs the backtest; {@code hooks} hear of each model trained, {@code progress} of each origin. */
    public static BacktestResult run(BacktestPlan plan, TrainingRun.Hooks hooks, Progress progress) {
        return run(plan, hooks, progress, null, TrainingRun.Durability.defaults());
    }

    /**
     * Runs the backtest with checkpoints: the command line to repeat ({@code durability}) goes to
     * {@code checkpoints/arguments.json}, and the trainings of model {@code m} (1, 2, ... as they are
     * trained) save to {@code checkpoints/model-m/}, so that a run killed at any point continues, with
     * {@code durability.resume()}, where it stopped: a finished model is read back, not trained again,
     * and the result is the same as an uninterrupted run's. {@code checkpoints} null: none.
     */
    public static BacktestResult run(BacktestPlan plan, TrainingRun.Hooks hooks, Progress progress, Path checkpoints,
            TrainingRun.Durability durability) {
        long t0 = System.nanoTime();
        TrainingPlan base = plan.training();
        base.models().training(1, base.prepare().windows().window()); // rejects bad options before any work
        Fitting.checkSplit(base);
        TimeSeriesTable table = CsvLoader.load(base.dataFile(), base.csv());
        OptionalInt given = base.season();
        int season = given.isPresent() ? given.getAsInt()
                : table.defaultSeason();
        int horizon = horizon(plan, season);
        int[] origins = origins(table, plan, horizon);
        requireKnownInputs(table, base, horizon);
        if (checkpoints != null) {
            RunStart.record(checkpoints, durability);
        }
        try {
            return runFrom(plan, table, season, horizon, origins, hooks, progress, checkpoints, durability, t0);
        } catch (InputException e) {
            RunStart.forgetRefused(checkpoints, durability.resume()); // bad input leaves no run to resume
            throw e;
        } catch (IllegalArgumentException e) { // a bad value, but maybe not the input's: keep what was trained
            RunStart.forgetIfUntrained(checkpoints);
            throw e;
        }
    }

    /**
     * Refuses, before any training, a recursive backtest more than one row ahead whose model reads a
     * column it does not predict: the forecasts would need that column's future values.
     */
    private static void requireKnownInputs(TimeSeriesTable table, TrainingPlan base, int horizon) {
        if (horizon <= 1 || base.prepare().windows().horizon() > 1) {
            return;
        }
        List<String> unknown = table.unpredictedFeatures();
        if (!unknown.isEmpty()) {
            throw InputException.of("a backtest " + Plural.of(horizon, "step") + " ahead feeds each prediction back as"
                    + " the next input, but the model would also read " + String.join(", ", unknown) + ", which it does"
                    + " not predict, so " + (unknown.size() == 1 ? "its" : "their") + " future values are unknown; give --horizon 1, or --direct, or features"
                    + " among the targets (for example --features " + String.join(",", table.targetNames()) + ")");
        }
    }

    private static BacktestResult runFrom(BacktestPlan plan, TimeSeriesTable table, int season, int horizon,
            int[] origins, TrainingRun.Hooks hooks, Progress progress, Path checkpoints,
            TrainingRun.Durability durability, long t0) {
        TrainingPlan base = plan.training();
        Checkpoints first = modelCheckpoints(checkpoints, durability, 1);
        Fitted model = fitAt(base, table, origins[0], season, first); // rejects too few rows before the first line
        hooks.note(TrainingDescription.table(table, season));
        hooks.note(Plural.of(origins.length, "origin") + " from " + label(table, origins[0]) + " to "
                + label(table, origins[origins.length - 1]) + ", " + Plural.of(horizon, "step") + " ahead each; "
                + (plan.refitEvery() == 0 ? "one model, trained on the rows up to the first origin"
                        : "a model trained again every " + Plural.of(plan.refitEvery(), "origin")));
        List<BacktestResult.Point> points = new ArrayList<>();
        int[] trainedAt = new int[origins.length];
        List<ModelSignature> models = new ArrayList<>();
        ResidualPool pool = null;
        AdaptiveLevels adapt = new AdaptiveLevels(plan.adaptStep(), plan.levels(), table.targetColumns().length, horizon);
        for (int j = 0; j < origins.length; j++) {
            if (j == 0 || plan.refitEvery() > 0 && j % plan.refitEvery() == 0) {
                Checkpoints saved = j == 0 ? first : modelCheckpoints(checkpoints, durability, models.size() + 1);
                model = j == 0 ? model : fitAt(base, table, origins[j], season, saved);
                pool = pool == null ? new ResidualPool(model.intervals(), table.targetColumns().length, plan.levels())
                        : pool.withValidation(model.intervals());
                models.add(ModelSignature.of(model.ensemble(), model.data().options()));
                hooks.note("model " + models.size() + " at origin " + (j + 1) + "/" + origins.length + " ("
                        + label(table, origins[j]) + "): " + model.data().options().transforms().label() + ", "
                        + model.result().outcomePhrase() + ", " + Plural.of(model.ensemble().size(), "network")
                        + (saved.resumed().isEmpty() ? "" : "; continued from its checkpoints"));
            }
            trainedAt[j] = models.size() - 1;
            List<BacktestResult.Point> from = BacktestPoints.at(table, model, pool.at(origins[j]), j, origins[j], horizon,
                    season, plan.levels(), adapt.at(origins[j]));
            pool.add(from);
            adapt.add(from);
            points.addAll(from);
            progress.origin(j + 1, origins.length);
        }
        double[] scales = new double[table.targetColumns().length];
        for (int o = 0; o < scales.length; o++) {
            double[] y = java.util.Arrays.copyOf(table.column(table.targetColumns()[o]), origins[0] + 1);
            scales[o] = Accuracy.maseScale(y, season >= 2 ? season : 1);
        }
        int[] ahead = points.stream().filter(p -> p.target() == 0 && p.origin() == 0).mapToInt(p -> p.row() - origins[0])
                .toArray();
        return new BacktestResult(table.targetNames(), origins, ahead, season, trainedAt, plan.levels(), plan.adaptStep(), points, scales,
                models, (System.nanoTime() - t0) / 1e9, labels(table), history(table),
                table.timeColumn().orElse("row"));
    }

    /** The forecast horizon: as given, else the model's direct horizon, else the season (at least 2), else 6. */
    static int horizon(BacktestPlan plan, int season) {
        int trained = plan.training().prepare().windows().horizon();
        if (trained > 1) {
            if (plan.horizon() != 0 && plan.horizon() != trained) {
                throw new IllegalArgumentException("--horizon " + plan.horizon() + " differs from the model's --horizon "
                        + trained + ", which forecasts only the row " + trained + " steps ahead; give one of them");
            }
            return trained;
        }
        return plan.horizon() > 0 ? plan.horizon() : season >= 2 ? season : 6;
    }

    /**
     * The origins, oldest first: the last {@code horizon} rows before the end of the file, then
     * {@code every} rows apart. By default {@value #DEFAULT_ORIGINS} or fewer, spread over the last
     * 15 % of the rows, and on a short series the last {@value #MIN_ORIGINS} rows before the horizon;
     * with neither {@code --origins} nor {@code --every} given, never before the middle of the file,
     * so that the first model sees at least half the rows (a 30-row monthly file gets 4 origins 12
     * steps ahead, not 10 from a model of 9 rows), and reaching further back when that is what it
     * takes to form the {@value org.rnnlab.stats.BatchMeans#MIN_BATCHES} groups of origins that
     * forecast different rows which the backtest's intervals need ({@link OriginGroups}): a 20-year
     * monthly series gets 36 origins 12 steps ahead instead of 25, whose coverage no interval could
     * be stated for.
     */
    static int[] origins(TimeSeriesTable table, BacktestPlan plan, int horizon) {
        int last = table.rows() - 1 - horizon;
        // the last 15 % of the rows, or room for at least MIN_ORIGINS origins on a short series
        int start = Math.max(0, Math.min((int) Math.round((1 - DEFAULT_SPAN) * table.rows()) - 1, last - MIN_ORIGINS + 1));
        if (plan.origins() == 0 && plan.every() == 0) {
            start = groupedStart(start, (table.rows() - 1) / 2, last, horizon);
        }
        int span = Math.max(0, last - start);
        int every = plan.every() > 0 ? plan.every() : defaultEvery(span, plan.origins());
        int count = plan.origins() > 0 ? plan.origins() : defaultCount(span, every);
        int first = last - (count - 1) * every;
        if (last < 1 || first < 1) {
            throw InputException.inFile(table.source().orElseThrow(), "the series has " + table.rows() + " rows, too"
                    + " few for " + Plural.of(count, "origin") + " " + Plural.of(every, "row") + " apart with "
                    + Plural.of(horizon, "step") + " ahead; give fewer --origins, a smaller --every or a shorter --horizon");
        }
        int[] origins = new int[count];
        for (int j = 0; j < count; j++) {
            origins[j] = first + j * every;
        }
        return origins;
    }

    /**
     * The default first row of the span: {@code start}, but not before {@code middle}, and moved back
     * towards {@code middle} as far as needed for the default origins to form enough groups; {@code
     * start} (or {@code middle}) when even the span from the middle does not.
     */
    private static int groupedStart(int start, int middle, int last, int horizon) {
        int latest = Math.max(start, middle);
        for (int s = latest; s >= middle; s--) {
            int span = Math.max(0, last - s);
            int every = defaultEvery(span, 0);
            if (OriginGroups.enough(defaultCount(span, every), every, horizon)) {
                return s;
            }
        }
        return latest;
    }

    /** Rows between origins by default: the span divided among the origins asked for (or the default many), at least 1. */
    private static int defaultEvery(int span, int origins) {
        return Math.max(1, span / Math.max(1, (origins > 0 ? origins : DEFAULT_ORIGINS) - 1));
    }

    /** Origins by default: as many as fit in the span {@code every} rows apart, at most {@value #DEFAULT_ORIGINS}. */
    private static int defaultCount(int span, int every) {
        return Math.min(DEFAULT_ORIGINS, span / every + 1);
    }

    /** Where model {@code number}'s trainings save, or none. */
    private static Checkpoints modelCheckpoints(Path checkpoints, TrainingRun.Durability durability, int number) {
        if (checkpoints == null) {
            return Checkpoints.none();
        }
        Checkpoints c = new Checkpoints(checkpoints.resolve("model-" + number), durability.checkpointEvery());
        c.requireReadable();
        return c;
    }

    /** Trains on rows 0 … origin: the plan's split without its test part, and its default window rule. */
    private static Fitted fitAt(TrainingPlan base, TimeSeriesTable table, int origin, int season, Checkpoints saved) {
        TimeSeriesTable known = table.head(origin + 1);
        SplitFractions s = base.prepare().split();
        double train = s.train() / (s.train() + s.validation());
        PrepareOptions prepare = base.prepare().withSplit(new SplitFractions(train, 1 - train, 0));
        TrainingPlan plan = base.withPrepare(prepare);
        try {
            plan = plan.windowGiven() ? plan : TrainingRun.withDefaultWindow(plan, known, season);
            return Fitting.fit(plan, known, season, QUIET, saved);
        } catch (InputException e) {
            throw InputException.of("the rows up to the first origin (" + label(table, origin) + ") are too few to"
                    + " train on: " + e.getMessage() + "; give fewer --origins or a smaller --every").withCause(e);
        }
    }

    private static double[][] history(TimeSeriesTable table) {
        int[] targets = table.targetColumns();
        double[][] h = new double[targets.length][];
        for (int o = 0; o < targets.length; o++) {
            h[o] = table.column(targets[o]);
        }
        return h;
    }

    private static List<String> labels(TimeSeriesTable table) {
        List<String> labels = new ArrayList<>(table.rows());
        for (int r = 0; r < table.rows(); r++) {
            labels.add(label(table, r));
        }
        return labels;
    }

    /** A row's label in backtest.csv: its time label, or "line N" without a time column. */
    static String label(TimeSeriesTable table, int row) {
        return table.timeLabels().map(l -> l.get(row)).orElse("line " + table.line(row));
    }
}
