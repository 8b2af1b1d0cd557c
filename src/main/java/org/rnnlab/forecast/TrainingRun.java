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
import org.rnnlab.model.SequenceModel;
import org.rnnlab.train.MetricsRecorder;
import org.rnnlab.train.Trainer;
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

        /** Listeners for a single training (a progress bar, say); not used for auto's candidates. */
        List<TrainingListener> listeners(TrainingConfig config);

        /** Writes further files (charts) into the run directory and returns their names. */
        List<String> artifacts(Path dir, RunSummary run);

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
        String windowNote = request.windowGiven() ? "" : defaultWindowNote(request, table, season);
        TrainingPlan plan = windowNote.isEmpty() ? request : withDefaultWindow(request, table, season);
        Hooks quietUntilChecked = deferFirstNote(hooks, windowNote);
        // every check that can reject the input runs before the first line for people
        plan.models().create(table.featureColumns().length, table.targetColumns().length,
                plan.prepare().windows().manyToMany());
        long t1 = System.nanoTime();
        Trained trained = plan.transforms().auto() ? search(plan, table, season, quietUntilChecked)
                : single(plan, table, plan.transforms().resolve(season), season, quietUntilChecked);
        double trainAndPrepare = seconds(t1);

        PreparedData data = trained.data;
        SequenceModel net = trained.net;
        TrainingResult result = trained.result;
        boolean validated = data.validation().isEmpty() ? !result.outcome().diverged() : result.bestEpoch() >= 0;
        boolean usable = validated && ModelSaving.finite(net);
        long t2 = System.nanoTime();
        Optional<Evaluation> evaluation = usable && !data.test().isEmpty()
                ? Optional.of(Evaluation.of(WindowPredictions.of(net, data.test()), table.targetNames(),
                        season > 0 ? OptionalInt.of(season) : OptionalInt.empty()))
                : Optional.empty();
        double evaluate = seconds(t2);

        long t3 = System.nanoTime();
        String sha = RunJson.sha256(plan.dataFile());
        List<String> written = new ArrayList<>();
        trained.metrics.writeCsv(dir.resolve("metrics.csv"));
        written.add("metrics.csv");
        RunSummary draft = new RunSummary(dir, data, season, net, trained.config, result, trained.metrics, usable,
                evaluation, trained.choice, "", written, null);
        written.addAll(hooks.artifacts(dir, draft));
        DataRecipe recipe = DataRecipe.of(plan.csv(), table, data.options(), season);
        ModelSaving.Saved saved = ModelSaving.save(dir.resolve(TrainedModel.FILE_NAME), usable, result, net, data,
                recipe, new ModelSaving.Provenance(plan.dataFile(), sha, plan.seed(), started));
        if (saved.written()) {
            written.add(TrainedModel.FILE_NAME);
        }
        written.add("run.json");
        double write = seconds(t3);
        RunSummary.Timings timings = new RunSummary.Timings(load, trainAndPrepare - result.seconds(),
                result.seconds(), evaluate, write, seconds(t0));
        RunSummary summary = new RunSummary(dir, data, season, net, trained.config, result, trained.metrics, usable,
                evaluation, trained.choice, saved.note(), List.copyOf(written), timings);
        RunJson.write(dir.resolve("run.json"), TrainingRecord.of(summary, invocation, sha, started, trained.totalTraining));
        return summary;
    }

    /** "window 5 (the default 12 does not fit ...)" when a short file shortens the default window, else empty. */
    private static String defaultWindowNote(TrainingPlan plan, TimeSeriesTable table, int season) {
        int window = withDefaultWindow(plan, table, season).prepare().windows().window();
        return window == plan.prepare().windows().window() ? "" : "window " + window + " (the default "
                + DefaultWindow.PREFERRED + " does not fit every part of this " + table.rows() + "-row series;"
                + " --window sets it)";
    }

    /** The plan with the default window shortened to fit a short file. */
    private static TrainingPlan withDefaultWindow(TrainingPlan plan, TimeSeriesTable table, int season) {
        int firstRow = plan.transforms().auto()
                ? TransformChoice.candidates(table, season).stream().mapToInt(Transforms::firstRow).max().orElse(0)
                : plan.transforms().resolve(season).firstRow();
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

    /** The kept training: its data, network, config, result and metrics, and auto's choice if any. */
    private record Trained(PreparedData data, SequenceModel net, TrainingConfig config, TrainingResult result,
            MetricsRecorder metrics, Optional<RecipeChoice> choice, double totalTraining) {
    }

    private static Trained single(TrainingPlan plan, TimeSeriesTable table, Transforms transforms, int season,
            Hooks hooks) {
        PreparedData data = PreparedData.prepare(table, plan.prepare().withTransforms(transforms));
        hooks.note(TrainingDescription.table(table, season));
        SequenceModel net = plan.models().create(table.featureColumns().length, table.targetColumns().length,
                plan.prepare().windows().manyToMany());
        TrainingConfig config = plan.models().training(data.train().count(), plan.prepare().windows().window());
        hooks.note(TrainingDescription.windows(data, net));
        if (data.validation().isEmpty()) {
            hooks.note("no validation part (--split), so no early stopping: the final weights are kept");
        }
        MetricsRecorder metrics = new MetricsRecorder();
        List<TrainingListener> listeners = new ArrayList<>(hooks.listeners(config));
        listeners.add(0, metrics);
        TrainingResult result = Trainer.fit(net, data.train().sequences(),
                data.validation().isEmpty() ? null : data.validation().sequences(), config, listeners);
        net.releaseWorkspaces();
        return new Trained(data, net, config, result, metrics, Optional.empty(), result.seconds());
    }

    private static Trained search(TrainingPlan plan, TimeSeriesTable table, int season, Hooks hooks) {
        List<Transforms> candidates = TransformChoice.candidates(table, season);
        RecipeSearch.requireOneFits(table, plan.prepare(), candidates);
        hooks.note(TrainingDescription.table(table, season));
        hooks.note("--transform auto: training " + candidates.size() + " candidate recipes (" + String.join(", ",
                candidates.stream().map(Transforms::label).toList()) + ") on " + Math.min(plan.threads(),
                candidates.size()) + " threads; the validation part decides");
        List<RecipeSearch.Candidate> trained = RecipeSearch.train(table, plan.prepare(), candidates, plan.models(),
                plan.threads(), c -> hooks.note(TrainingDescription.candidate(c)));
        RecipeSearch.Candidate best = RecipeSearch.best(trained).orElseThrow(() -> new IllegalStateException(
                "no candidate recipe trained to usable weights (every one diverged or did not fit the file); name the"
                        + " transforms with --transform, or change the training options"));
        RecipeChoice choice = RecipeChoice.of(best.transforms(), trained);
        hooks.note(choice.sentence());
        hooks.note(TrainingDescription.windows(best.data(), best.model()));
        TrainingConfig config = plan.models().training(best.data().train().count(), plan.prepare().windows().window());
        double total = trained.stream().filter(c -> c.result() != null).mapToDouble(c -> c.result().seconds()).sum();
        return new Trained(best.data(), best.model(), config, best.result(), best.metrics(), Optional.of(choice), total);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
