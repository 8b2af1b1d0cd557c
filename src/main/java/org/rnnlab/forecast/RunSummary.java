package org.rnnlab.forecast;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.rnnlab.data.PreparedData;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.train.MetricsRecorder;
import org.rnnlab.train.TrainingConfig;
import org.rnnlab.train.TrainingResult;

/**
 * What a {@link TrainingRun} did: the data and network it kept, how training went, the test-part
 * evaluation, the files it wrote and what it chose; run.json is written from this record.
 *
 * @param dir        the run directory
 * @param data       the prepared windows of the kept recipe
 * @param season     the season used (0 for none)
 * @param net        the network with its kept weights
 * @param config     its training configuration
 * @param result     how training went
 * @param metrics    its step metrics
 * @param usable     whether the weights were validated and finite (so worth saving)
 * @param evaluation errors on the test part next to the baselines, when there is one and the model is usable
 * @param choice     how the transforms were chosen ({@code auto}'s candidates), when they were
 * @param modelNote  a sentence on model.json when something is worth saying, or empty
 * @param written    the files written, in order
 * @param seconds    wall time per stage: load, prepare, train, evaluate, write, total
 */
public record RunSummary(Path dir, PreparedData data, int season, SequenceModel net, TrainingConfig config,
        TrainingResult result, MetricsRecorder metrics, boolean usable, Optional<Evaluation> evaluation,
        Optional<RecipeChoice> choice, String modelNote, List<String> written, Timings seconds) {

    /**
     * Wall seconds per stage.
     *
     * @param load     reading the CSV file
     * @param prepare  splitting, transforming, scaling and windowing
     * @param train    training (every candidate with auto)
     * @param evaluate scoring the test part
     * @param write    writing the files
     * @param total    everything
     */
    public record Timings(double load, double prepare, double train, double evaluate, double write, double total) {
    }

    /** Whether the run failed: it diverged, or kept no usable weights (exit code 1). */
    public boolean failed() {
        return result.outcome().diverged() || !usable;
    }
}
