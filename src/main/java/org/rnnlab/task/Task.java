package org.rnnlab.task;

import org.rnnlab.data.Sequences;
import org.rnnlab.loss.LossKind;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.model.TaskShape;

/**
 * A learning problem for the gradient laboratory: its sequences, its loss, the score a trivial
 * predictor gets, and the criterion of success. Synthetic tasks draw fresh sequences from a seed;
 * a CSV series cuts its fixed windows.
 */
public sealed interface Task permits SyntheticTask, CsvSeriesTask, RecordedTask {

    /** The task's name in reports ("adding", "temporal_order", ...). */
    String name();

    /** Sequence length T. */
    int steps();

    int inputSize();

    /** The head's outputs (classes for classification). */
    int outputSize();

    TaskShape shape();

    LossKind loss();

    /** Training, validation and test sequences; synthetic tasks draw them from {@code seed}. */
    TaskData data(int trainCount, int testCount, long seed);

    /** The loss of the trivial predictor (a constant), the level learning must get well below. */
    double baselineLoss();

    /** A one-sentence description of the baseline, e.g. "predicting 1 gives MSE 1/6 ≈ 0.167". */
    String baselineText();

    /** The success criterion in words, e.g. "test MSE below 0.01". */
    String successText();

    /** Scores a trained model on test sequences. */
    TaskScore score(SequenceModel model, Sequences test);

    /** The sets a task provides. */
    record TaskData(Sequences train, Sequences validation, Sequences test) {
    }
}
