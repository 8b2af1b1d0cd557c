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
 * What a {@link TrainingRun} did: what it fitted, the test-part evaluation, the files it wrote;
 * run.json is written from this record.
 *
 * @param dir        the run directory
 * @param fitted     the windows, the ensemble and how its training went
 * @param season     the season used (0 for none)
 * @param usable     whether the weights were validated and finite (so worth saving)
 * @param evaluation errors on the test part next to the baselines, when there is one and the model is usable
 * @param modelNote  a sentence on model.json when something is worth saying, or empty
 * @param written    the files written, in order
 * @param seconds    wall time per stage (null while the files are being written)
 */
public record RunSummary(Path dir, Fitted fitted, int season, boolean usable, Optional<Evaluation> evaluation,
        String modelNote, List<String> written, Timings seconds) {

    /**
     * Wall seconds per stage.
     *
     * @param load     reading the CSV file
     * @param prepare  splitting, transforming, scaling and windowing
     * @param train    training the first network
     * @param evaluate scoring the test part
     * @param write    writing the files
     * @param total    everything
     */
    public record Timings(double load, double prepare, double train, double evaluate, double write, double total) {
    }

    /** The prepared windows of the kept recipe. */
    public PreparedData data() {
        return fitted.data();
    }

    /** The first network (every member's configuration). */
    public SequenceModel net() {
        return fitted.ensemble().members().get(0);
    }

    public TrainingConfig config() {
        return fitted.config();
    }

    /** The first network's training result. */
    public TrainingResult result() {
        return fitted.result();
    }

    /** The first network's step metrics. */
    public MetricsRecorder metrics() {
        return fitted.metrics();
    }

    /** Whether the run failed: it diverged, or kept no usable weights (exit code 1). */
    public boolean failed() {
        return result().outcome().diverged() || !usable;
    }
}
