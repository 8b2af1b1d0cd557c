package org.rnnlab.forecast;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.rnnlab.data.CsvLoader;
import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.PreparedData;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.data.Transforms;
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

    private TrainingRun() {
    }

    /**
     * Runs the plan and writes the run directory.
     *
     * @param invocation what run.json records of the caller (the arguments and every option's value), copied in
     */
    public static RunSummary run(TrainingPlan request, Hooks hooks, ObjectNode invocation) {
        Path dir = request.out();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--out: " + dir + " is a file, not a directory; give a directory");
        }
        request.models().training(1, request.prepare().windows().window()); // rejects bad options before any work
        java.time.Instant started = java.time.Instant.now();
        long t0 = System.nanoTime();
        TimeSeriesTable table = CsvLoader.load(request.dataFile(), request.csv());
        double load = seconds(t0);
        OptionalInt given = request.season();
        int season = given.isPresent() ? given.getAsInt()
                : table.timeAxis().map(a -> a.seasonLength().orElse(0)).orElse(0);
        TrainingPlan plan = request.windowGiven() ? request : withDefaultWindow(request, table, season);
        String windowNote = windowNote(request, plan, table);
        Hooks quietUntilChecked = deferFirstNote(hooks, windowNote);
        // every check that can reject the input runs before the first line for people
        plan.models().create(table.featureColumns().length, table.targetColumns().length,
                plan.prepare().windows().manyToMany(), plan.seed());
        Fitting.checkRefit(plan);
        long t1 = System.nanoTime();
        Fitted fitted = Fitting.fit(plan, table, season, quietUntilChecked);
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
        Written files = write(plan, table, fitted, season, usable, evaluation, hooks, started);
        RunSummary.Timings timings = new RunSummary.Timings(load, trainAndPrepare - result.seconds(),
                result.seconds(), evaluate, seconds(t3), seconds(t0));
        RunSummary summary = new RunSummary(dir, fitted, season, usable, evaluation, files.modelNote, files.names,
                timings);
        RunJson.write(dir.resolve("run.json"), TrainingRecord.of(summary, invocation, files.sha, started));
        return summary;
    }

    /** The files written so far (run.json is named, and written last), the data file's hash, and the model note. */
    private record Written(List<String> names, String sha, String modelNote) {
    }

    /** Writes metrics.csv, the caller's charts and model.json (by the save rule). */
    private static Written write(TrainingPlan plan, TimeSeriesTable table, Fitted fitted, int season, boolean usable,
            Optional<Evaluation> evaluation, Hooks hooks, java.time.Instant started) {
        Path dir = plan.out();
        String sha = RunJson.sha256(plan.dataFile());
        List<String> written = new ArrayList<>();
        fitted.metrics().writeCsv(dir.resolve("metrics.csv"));
        written.add("metrics.csv");
        written.addAll(hooks.artifacts(dir, new RunSummary(dir, fitted, season, usable, evaluation, "", written, null)));
        PreparedData data = fitted.data();
        DataRecipe recipe = DataRecipe.of(plan.csv(), table, data.options(), season);
        ModelSaving.Saved saved = ModelSaving.save(dir.resolve(TrainedModel.FILE_NAME), usable, fitted.result(),
                fitted.ensemble(), data, recipe,
                new ModelSaving.Provenance(plan.dataFile(), sha, plan.seed(), started, fitted.intervals()));
        if (saved.written()) {
            written.add(TrainedModel.FILE_NAME);
        }
        written.add("run.json");
        return new Written(List.copyOf(written), sha, saved.note());
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
        int firstRow = plan.transforms().explicit() ? plan.transforms().resolve(season).firstRow()
                : TransformChoice.candidates(table, season).stream().mapToInt(Transforms::firstRow).max().orElse(0);
        PrepareOptions prepare = plan.prepare();
        return plan.withPrepare(prepare.withWindows(DefaultWindow.applied(prepare.windows(), table.rows(),
                prepare.split(), firstRow)));
    }

    /** Hooks that say {@code first} (if not empty) just before their first line, which follows the input checks. */
    private static Hooks deferFirstNote(Hooks hooks, String first) {
        return new Hooks() {
            private boolean said = first.isEmpty();

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
                if (!said) {
                    said = true;
                    hooks.note(first);
                }
                hooks.note(line);
            }
        };
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
