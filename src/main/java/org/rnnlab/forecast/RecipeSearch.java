package org.rnnlab.forecast;

import java.util.List;
import java.util.function.Consumer;

import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.SplitFractions;
import org.rnnlab.data.PreparedData;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.data.Transforms;
import org.rnnlab.data.Windows;
import org.rnnlab.error.InputException;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.train.MetricsRecorder;
import org.rnnlab.train.Trainer;
import org.rnnlab.train.TrainingConfig;
import org.rnnlab.train.TrainingListener;
import org.rnnlab.train.TrainingResult;

/**
 * {@code --transform auto}: trains the same network, from the same weights, once per candidate
 * recipe ({@link TransformChoice#candidates}) and keeps the one whose kept weights predict the
 * <b>validation</b> part best. The test part is never read: every candidate's windows come from
 * the same split, its early stopping looks at the validation part, and so does the choice.
 *
 * <p>The score of a candidate is its validation RMSE in original units divided by persistence's
 * on the same validation targets, averaged over the targets (scale-free, so several targets
 * weigh alike; for one target it orders the candidates as the RMSE does). A candidate that
 * diverged, kept no validated weights, or whose windows do not fit the file, scores +∞. Ties go
 * to the earlier candidate, so the simplest recipe wins an exact tie.
 *
 * <p>Candidates train in parallel, each single-threaded, so the choice and every number are the
 * same for any thread count. Each trained candidate is kept whole (its data, network, result and
 * step metrics), so the winner is the run's model as it is: nothing is retrained.
 */
public final class RecipeSearch {

    /**
     * One trained candidate.
     *
     * @param transforms the candidate recipe
     * @param data       its prepared windows, or null when they did not fit the file
     * @param model      the network with its kept weights (null when data is null)
     * @param result     how its training went (null when data is null)
     * @param metrics    its step metrics (null when data is null)
     * @param score      validation RMSE over persistence's (+∞ when unusable)
     * @param note       why it was not usable, or empty
     */
    public record Candidate(Transforms transforms, PreparedData data, SequenceModel model, TrainingResult result,
            MetricsRecorder metrics, double score, String note) {
    }

    private RecipeSearch() {
    }

    /**
     * Trains every candidate and returns them in candidate order; {@link #best} picks the winner.
     *
     * @param onDone hears of each candidate as it finishes (from worker threads)
     */
    public static List<Candidate> train(TimeSeriesTable table, PrepareOptions base, List<Transforms> candidates,
            ModelSource source, long seed, int threads, Consumer<Candidate> onDone) {
        return train(table, base, candidates, source, seed, threads, onDone, Checkpoints.none());
    }

    /** Refuses a split without a validation part, on which auto chooses. */
    static void requireValidationPart(SplitFractions split) {
        if (split.validation() == 0) {
            throw new IllegalArgumentException("--transform auto chooses on the validation part, and --split gives it"
                    + " none; give a validation fraction, or name the transforms with --transform");
        }
    }

    /** As {@link #train(TimeSeriesTable, PrepareOptions, List, ModelSource, long, int, Consumer)}, each candidate checkpointed. */
    public static List<Candidate> train(TimeSeriesTable table, PrepareOptions base, List<Transforms> candidates,
            ModelSource source, long seed, int threads, Consumer<Candidate> onDone, Checkpoints checkpoints) {
        requireValidationPart(base.split());
        return Parallel.map(candidates, threads, "rnnlab-recipe", t -> {
            Candidate c = trainOne(table, base.withTransforms(t), source, seed, checkpoints);
            onDone.accept(c);
            return c;
        });
    }

    /**
     * Checks, before any training, that the windows of at least one candidate fit the file.
     *
     * @throws InputException the first candidate's (the simplest recipe's) reason when none fits
     */
    public static void requireOneFits(TimeSeriesTable table, PrepareOptions base, List<Transforms> candidates) {
        InputException first = null;
        for (Transforms t : candidates) {
            try {
                PreparedData.prepare(table, base.withTransforms(t));
                return;
            } catch (InputException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** The candidate with the lowest finite score (the first of equals), or empty when none is usable. */
    public static java.util.Optional<Candidate> best(List<Candidate> candidates) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (Double.isFinite(c.score()) && (best == null || c.score() < best.score())) {
                best = c;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private static Candidate trainOne(TimeSeriesTable table, PrepareOptions options, ModelSource source, long seed,
            Checkpoints checkpoints) {
        PreparedData data;
        try {
            data = PreparedData.prepare(table, options);
        } catch (InputException e) {
            return new Candidate(options.transforms(), null, null, null, null, Double.POSITIVE_INFINITY,
                    "its windows do not fit the file");
        }
        Windows train = data.train(), validation = data.validation();
        SequenceModel net = source.create(table.featureColumns().length, table.targetColumns().length,
                options.windows().manyToMany(), options.windows().window(), seed);
        HighwayStart.apply(source, net, train.sequences());
        TrainingConfig config = source.training(train.count(), options.windows().window()).withSeed(seed);
        MetricsRecorder metrics = new MetricsRecorder();
        String key = "recipe-" + options.transforms().label();
        TrainingResult result = Trainer.fit(net, train.sequences(), validation.sequences(), config,
                List.<TrainingListener>of(metrics, checkpoints.listener(key)), checkpoints.of(key, metrics));
        net.releaseWorkspaces();
        boolean usable = result.bestEpoch() >= 0 && ModelSaving.finite(net);
        double score = usable ? relativeRmse(WindowPredictions.of(net, validation)) : Double.POSITIVE_INFINITY;
        String note = usable ? "" : result.outcome().diverged() ? "it diverged" : "no epoch was validated";
        return new Candidate(options.transforms(), data, net, result, metrics, score, note);
    }

    /** Mean over targets of RMSE / persistence RMSE on the same windows. */
    static double relativeRmse(WindowPredictions p) {
        Windows w = p.windows();
        int last = w.options().window() - 1;
        double sum = 0;
        int targets = w.sequences().targetSize();
        for (int o = 0; o < targets; o++) {
            double[] actual = p.actuals(o), persistence = new double[p.count()];
            for (int n = 0; n < persistence.length; n++) {
                persistence[n] = w.persistence(n, last, o);
            }
            double naive = Accuracy.of(actual, persistence).rmse();
            double model = Accuracy.of(actual, p.predictions(o)).rmse();
            sum += naive > 0 ? model / naive : model;
        }
        double score = sum / targets;
        return Double.isNaN(score) ? Double.POSITIVE_INFINITY : score;
    }
}
