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

    /** After {@link #onStart}, when training continues from a checkpoint at {@code step} (0-based) in {@code epoch}. */
    default void onResume(long step, int epoch) {
    }

    default void onStep(StepMetrics metrics, SequenceModel model) {
    }

    default void onEpoch(EpochMetrics metrics) {
    }

    default void onEnd(TrainingResult result) {
    }
}
