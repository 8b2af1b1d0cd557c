package org.rnnlab.train;

import java.util.List;

import org.rnnlab.model.SequenceModel;

/**
 * Receives training progress. Called on the training thread; the model may be inspected in
 * {@link #onStep} (its last unroll holds the step's caches and per-time-step gradient norms) but
 * must not be changed.
 */
public interface TrainingListener {

    /** Before the first step: the parameter names (the order of the per-parameter metrics) and the planned steps. */
    default void onStart(List<String> parameterNames, long plannedSteps) {
    }

    /**
     * After {@link #onStart}, when training continues from a checkpoint at {@code step} (steps done) in
     * {@code epoch} (0-based); {@code finished}: the checkpoint is of a training that had ended, and
     * nothing is left to train.
     */
    default void onResume(long step, int epoch, boolean finished) {
    }

    default void onStep(StepMetrics metrics, SequenceModel model) {
    }

    /**
     * The step that diverged, before {@link #onStep} reports it: its batch and the model with the
     * weights the step started from (no update was applied), so a listener can re-run the step, for
     * example to locate its first non-finite value. Called at most once per run, never while training
     * stays finite; the batch's stores are reused after the call returns.
     */
    default void onDiverged(Outcome outcome, Batch batch, SequenceModel model) {
    }

    default void onEpoch(EpochMetrics metrics) {
    }

    default void onEnd(TrainingResult result) {
    }
}
