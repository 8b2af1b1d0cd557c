package org.rnnlab.forecast;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.rnnlab.data.CsvLoader;
import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.PreparedData;
import org.rnnlab.data.SplitFractions;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.data.Transforms;
import org.rnnlab.error.InputException;
import org.rnnlab.io.StagedDirectory;
import org.rnnlab.train.TrainingConfig;
import org.rnnlab.train.TrainingListener;
import org.rnnlab.train.TrainingResult;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What {@code rnnlab train} does, as one library call: load the CSV file, choose or apply the
 * transforms, prepare the windows, train with early stopping, score the test part against the
 * baselines, and write the run directory ({@code metrics.csv}, the caller's charts,
 * {@code model.json} by the save rule of {@link ModelSaving}, and {@code run.json} from the
 * {@link RunSummary}).
 */
public final class TrainingRun {

    /** What the caller adds: progress, charts and lines for people. */
    public interface Hooks {

        /** Listeners for a single training (a progress bar, say); not used for auto's candidates. None by default. */
        default List<TrainingListener> listeners(TrainingConfig config) {
            return List.of();
        }

        /** Writes further files (charts) into the run directory and returns their names. None by default. */
        default List<String> artifacts(Path dir, RunSummary run) {
            return List.of();
        }

        /** A line for people (stderr), as the run goes. */
        void note(String line);
    }

    /**
     * How the run survives faults.
     *
     * @param resume          continue the interrupted run in the staging directory from its checkpoints
     * @param checkpointEvery the longest time between checkpoints within an epoch, in seconds
     * @param arguments       the command line to record for {@code --resume}
     */
    public record Durability(boolean resume, double checkpointEvery, List<String> arguments) {
        public Durability {
            if (!(checkpointEvery > 0)) {
                throw new IllegalArgumentException("--checkpoint-every must be > 0 seconds, got " + checkpointEvery);
            }
            arguments = List.copyOf(arguments);
        }

        /** A new run, checkpointed every epoch and at most every 10 minutes within an epoch. */
        public static Durability defaults() {
            return new Durability(false, 600, List.of());
        }
    }

    private TrainingRun() {
    }

    /** Runs the plan as a new run and writes the run directory (see {@link #run(TrainingPlan, Hooks, ObjectNode, Durability)}). */
    public static RunSummary run(TrainingPlan request, Hooks hooks, ObjectNode invocation) {
        return run(request, hooks, invocation, Durability.defaults());
    }

    /**
     * Runs the plan and writes the run directory as a set ({@link StagedDirectory}): the trainings
     * checkpoint into {@code DIR.incomplete/checkpoints}, the files are written into
     * {@code DIR.incomplete}, which replaces {@code DIR} when complete. A run whose model is not saved
     * (it diverged, or validated no weights) does not replace an earlier complete run: its files stay in
     * {@code DIR.incomplete}, and the note says so.
     *
     * @param invocation what run.json records of the caller (the arguments and every option's value), copied in
     */
    public static RunSummary run(TrainingPlan request, Hooks hooks, ObjectNode invocation, Durability durability) {
        Path dir = request.out();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--out: " + dir + " is a file, not a directory; give a directory");
        }
        request.models().training(1, request.prepare().windows().window()); // rejects bad options before any work
        long t0 = System.nanoTime();
        TimeSeriesTable table = CsvLoader.load(request.dataFile(), request.csv());
        double load = seconds(t0);
        OptionalInt given = request.season();
        int season = given.isPresent() ? given.getAsInt()
                : table.defaultSeason();
        TrainingPlan plan = request.windowGiven() ? request : withDefaultWindow(request, table, season);
        String windowNote = windowNote(request, plan, table);
        Hooks quietUntilChecked = deferFirstNote(hooks, List.of(windowNote, oneStepNote(plan, table)));
        // every check that can reject the input runs before the first line for people
        plan.models().create(table.featureColumns().length, table.targetColumns().length,
                plan.prepare().windows().manyToMany(), plan.prepare().windows().window(), plan.seed());
        Fitting.checkSplit(plan);
        try (StagedDirectory staged = StagedDirectory.open(dir, "rnnlab train", durability.resume())) {
            if (staged.tookOverLock() != null) {
                quietUntilChecked.note(dir + ": " + staged.tookOverLock());
            }
            try {
                RunStart start = RunStart.record(staged.checkpoints(), durability);
                Checkpoints checkpoints = new Checkpoints(staged.checkpoints(), durability.checkpointEvery());
                checkpoints.requireReadable();
                return trainAndWrite(plan, table, season, quietUntilChecked, invocation, staged, checkpoints,
                        start, load, t0);
            } catch (InputException e) {
                RunStart.forgetRefused(staged.checkpoints(), durability.resume()); // refused input leaves no run to resume
                throw e;
            } catch (IllegalArgumentException e) { // a bad value, but maybe not the input's: keep what was trained
                RunStart.forgetIfUntrained(staged.checkpoints());
                throw e;
            } catch (UncheckedIOException e) {
                throw new UncheckedIOException(e.getMessage() + "; " + afterFailure(staged), e.getCause());
            }
        }
    }

    /** The command-line arguments of the interrupted run of {@code dir}, for {@code train --resume DIR}. */
    public static List<String> storedArguments(Path dir) {
        return RunStart.storedArguments(dir);
    }

    /** The working directory the interrupted run in {@code DIR.incomplete} started in (empty for older checkpoints). */
    public static java.util.Optional<Path> storedWorkingDirectory(Path dir) {
        return RunStart.storedWorkingDirectory(dir);
    }

    /** What a failed write leaves, for the end of its one-line error (train's and backtest's). */
    public static String afterFailure(StagedDirectory staged) {
        String kept = staged.hasPrevious() ? staged.dir() + " still holds the previous complete run"
                : staged.dir() + " was not created";
        return kept + (Files.exists(staged.checkpoints().resolve(RunStart.FILE)) ? "; continue this run with --resume "
                + staged.dir() + " once the cause is fixed" : "");
    }

    /** Trains (continuing from the checkpoints), evaluates, writes the staged files, and swaps them in. */
    private static RunSummary trainAndWrite(TrainingPlan plan, TimeSeriesTable table, int season, Hooks hooks,
            ObjectNode invocation, StagedDirectory staged, Checkpoints checkpoints, RunStart start, double load,
            long t0) {
        Instant started = start.started();
        Path dir = staged.dir();
        long t1 = System.nanoTime();
        Fitted fitted = Fitting.fit(plan, table, season, hooks, checkpoints);
        double trainAndPrepare = seconds(t1);

        PreparedData data = fitted.data();
        TrainingResult result = fitted.result();
        boolean validated = data.validation().isEmpty() ? !result.outcome().diverged() : result.bestEpoch() >= 0;
        boolean usable = validated && fitted.ensemble().members().stream().allMatch(ModelSaving::finite);
        long t2 = System.nanoTime();
        Optional<Evaluation> evaluation = usable && !data.test().isEmpty()
                ? Optional.of(Evaluation.of(WindowPredictions.of(fitted.ensemble(), data.test()), data,
                        season > 0 ? OptionalInt.of(season) : OptionalInt.empty()))
                : Optional.empty();
        double evaluate = seconds(t2);

        long t3 = System.nanoTime();
        Written files = write(plan, staged, table, fitted, season, usable, evaluation, hooks, started);
        boolean replace = files.modelWritten || !staged.hasPrevious();
        String note = replace ? files.modelNote : files.modelNote + "; this run's other files are in "
                + staged.staging() + ", and " + dir + " keeps the previous complete run";
        RunSummary.Timings timings = new RunSummary.Timings(load, trainAndPrepare - result.seconds(),
                result.seconds(), evaluate, seconds(t3), seconds(t0));
        RunSummary summary = new RunSummary(replace ? dir : staged.staging(), fitted, season, usable, evaluation, note,
                files.names, timings);
        ObjectNode record = TrainingRecord.of(summary, invocation, files.sha, started);
        record.set("resumed", start.resumedJson(checkpoints));
        RunJson.write(staged.staging().resolve("run.json"), record);
        if (replace) {
            staged.commit();
        } else {
            staged.finish();
        }
        return summary;
    }

    /** The files written so far (run.json is named, and written last), the data file's hash, and the model note. */
    private record Written(List<String> names, String sha, String modelNote, boolean modelWritten) {
    }

    /** Writes metrics.csv, the caller's charts and model.json (by the save rule) into the staging directory. */
    private static Written write(TrainingPlan plan, StagedDirectory staged, TimeSeriesTable table, Fitted fitted,
            int season, boolean usable, Optional<Evaluation> evaluation, Hooks hooks, Instant started) {
        Path dir = staged.staging();
        String sha = RunJson.sha256(plan.dataFile());
        List<String> written = new ArrayList<>();
        fitted.metrics().writeCsv(dir.resolve("metrics.csv"));
        written.add("metrics.csv");
        written.addAll(hooks.artifacts(dir, new RunSummary(dir, fitted, season, usable, evaluation, "", written, null)));
        PreparedData data = fitted.data();
        DataRecipe recipe = DataRecipe.of(plan.csv(), table, data.options(), season);
        boolean earlier = Files.exists(staged.dir().resolve(TrainedModel.FILE_NAME));
        ModelSaving.Saved saved = ModelSaving.save(dir.resolve(TrainedModel.FILE_NAME), earlier, usable, fitted.result(),
                fitted.ensemble(), data, recipe,
                new ModelSaving.Provenance(plan.dataFile(), sha, plan.seed(), started, fitted.intervals()));
        if (saved.written()) {
            written.add(TrainedModel.FILE_NAME);
        }
        written.add("run.json");
        return new Written(List.copyOf(written), sha, saved.note(), saved.written());
    }

    /** "window 5 (the default 12 does not fit ...)" when a short file shortened the default window, else empty. */
    private static String windowNote(TrainingPlan asked, TrainingPlan plan, TimeSeriesTable table) {
        int window = plan.prepare().windows().window();
        return window == asked.prepare().windows().window() ? "" : "window " + window + " (the default "
                + DefaultWindow.PREFERRED + " leaves too few training windows in this " + table.rows() + "-row series;"
                + " --window sets it)";
    }

    /** The plan with the default window shortened to fit a short file. */
    static TrainingPlan withDefaultWindow(TrainingPlan plan, TimeSeriesTable table, int season) {
        java.util.IntSummaryStatistics firstRows = (plan.transforms().explicit()
                ? java.util.stream.IntStream.of(plan.transforms().resolve(season).firstRow())
                : TransformChoice.candidates(table, season).stream().mapToInt(Transforms::firstRow)).summaryStatistics();
        boolean none = firstRows.getCount() == 0;
        int firstRow = none ? 0 : firstRows.getMax(); // the window fits the recipe that loses most rows
        int leastFirstRow = none ? 0 : firstRows.getMin(); // the recipe that asks least: auto may still choose it
        PrepareOptions prepare = plan.prepare();
        int horizon = prepare.windows().horizon();
        if (DefaultWindow.tooFew(table.rows(), prepare.split(), horizon, leastFirstRow)) {
            throw tooFewRows(table.source().orElse(plan.dataFile()), table.rows(), prepare.split(),
                    DefaultWindow.fewestRows(prepare.split(), horizon, firstRow)); // where every candidate fits
        }
        return plan.withPrepare(prepare.withWindows(DefaultWindow.applied(prepare.windows(), table.rows(),
                prepare.split(), firstRow)));
    }

    /**
     * What a model that reads columns it does not predict cannot do, said before training rather than
     * at the first {@code forecast --steps 2}: forecast more than one row ahead; empty otherwise.
     */
    private static String oneStepNote(TrainingPlan plan, TimeSeriesTable table) {
        List<String> unknown = table.unpredictedFeatures();
        return unknown.isEmpty() || plan.prepare().windows().horizon() > 1 ? "" : "the model reads "
                + String.join(", ", unknown) + ", which it does not predict, so it forecasts 1 row ahead only (--features "
                + String.join(",", table.targetNames()) + " forecasts further)";
    }

    /** The refusal of a series shorter than any model's needs under split {@code s}. */
    private static InputException tooFewRows(java.nio.file.Path file, int rows, SplitFractions s, int fewest) {
        return InputException.inFile(file, rows + " rows are too few for a model: the split (" + Math.round(100 * s.train())
                + " % training, " + Math.round(100 * s.validation()) + " % validation, " + Math.round(100 * s.test())
                + " % test) needs room for a window of " + DefaultWindow.SHORTEST + " steps in the training part and a"
                + " row in each other part; give a series of at least " + fewest + " rows");
    }

    /** Hooks that say the non-empty lines of {@code firsts} just after their first line, which follows the input checks. */
    private static Hooks deferFirstNote(Hooks hooks, List<String> firsts) {
        List<String> lines = firsts.stream().filter(l -> !l.isEmpty()).toList();
        return new Hooks() {
            private boolean said = lines.isEmpty();

            @Override
            public List<TrainingListener> listeners(TrainingConfig config) {
                return hooks.listeners(config);
            }

            @Override
            public List<String> artifacts(Path dir, RunSummary run) {
                return hooks.artifacts(dir, run);
            }

            @Override
            public synchronized void note(String line) {
                hooks.note(line);
                if (!said) { // after the first line, which names the file, as the start of a run's output should
                    said = true;
                    lines.forEach(hooks::note);
                }
            }
        };
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
