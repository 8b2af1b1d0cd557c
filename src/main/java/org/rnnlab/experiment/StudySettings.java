package org.rnnlab.experiment;

import java.io.Serializable;

import org.rnnlab.train.DivergenceRule;

/**
 * What every run of a study shares.
 *
 * @param hidden         hidden units per layer
 * @param layers         stacked recurrent layers
 * @param batchSize      sequences per optimisation step
 * @param steps          optimisation steps per run
 * @param trainSequences size of the training set (cycled when steps × batch exceed it)
 * @param testSequences  fresh test sequences for the score (also the validation set of synthetic tasks)
 * @param probeEvery     measure ‖∂L/∂h_t‖ every this many steps (and always at the start and the end)
 * @param divergence     when a run counts as diverged
 */
public record StudySettings(int hidden, int layers, int batchSize, long steps, int trainSequences, int testSequences,
        int probeEvery, DivergenceRule divergence) implements Serializable {

    public StudySettings {
        positive("hidden", hidden);
        positive("layers", layers);
        positive("batchSize", batchSize);
        positive("steps", steps);
        positive("trainSequences", trainSequences);
        positive("testSequences", testSequences);
        positive("probeEvery", probeEvery);
        if (divergence == null) {
            throw new IllegalArgumentException("a divergence rule is required");
        }
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
    }
}
