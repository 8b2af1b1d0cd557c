package org.rnnlab.train;

import org.rnnlab.clip.Clipping;
import org.rnnlab.clip.NonFinitePolicy;
import org.rnnlab.model.Bptt;
import org.rnnlab.optim.OptimizerConfig;
import org.rnnlab.optim.OptimizerKind;

/**
 * How to train: mini-batches of windows for some epochs (or a fixed number of steps), with
 * backprop-through-time, an optimiser, clipping and the policies for trouble.
 *
 * @param epochs     passes over the training set (≥ 1)
 * @param batchSize  sequences per optimisation step; the last batch of an epoch may be smaller
 * @param bptt       full or truncated backprop-through-time
 * @param optimizer  the optimiser and its learning-rate schedule
 * @param clipping   the clipping rule applied before the optimiser
 * @param nonFinite  what to do with a NaN or infinite gradient
 * @param divergence when a run counts as diverged (recorded as the outcome, training stops)
 * @param patience   early stopping: stop after this many epochs without a better validation loss
 *                   and restore the best weights (0: no early stopping)
 * @param maxSteps   stop after this many optimisation steps (0: no limit)
 * @param shuffle    shuffle the training sequences every epoch (seeded)
 * @param seed       the seed of the shuffling
 */
public record TrainingConfig(int epochs, int batchSize, Bptt bptt, OptimizerConfig optimizer, Clipping clipping,
        NonFinitePolicy nonFinite, DivergenceRule divergence, int patience, long maxSteps, boolean shuffle, long seed) {

    public TrainingConfig {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        if (bptt == null || optimizer == null || clipping == null || nonFinite == null || divergence == null) {
            throw new IllegalArgumentException("bptt, optimizer, clipping, nonFinite and divergence are required");
        }
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be >= 0 (0 disables early stopping), got " + patience);
        }
        if (maxSteps < 0) {
            throw new IllegalArgumentException("maxSteps must be >= 0 (0 means no limit), got " + maxSteps);
        }
    }

    /** Adam at 1e-3, batch 32, 10 epochs, full BPTT, global-norm clipping at 5, errors on non-finite gradients. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(10, 32, Bptt.full(), OptimizerConfig.of(OptimizerKind.ADAM, 1e-3),
                Clipping.globalNorm(5.0), NonFinitePolicy.error(), DivergenceRule.defaults(), 0, 0, true, 0);
    }

    public TrainingConfig withEpochs(int value) {
        return new TrainingConfig(value, batchSize, bptt, optimizer, clipping, nonFinite, divergence, patience, maxSteps, shuffle, seed);
    }

    public TrainingConfig withBatchSize(int value) {
        return new TrainingConfig(epochs, value, bptt, optimizer, clipping, nonFinite, divergence, patience, maxSteps, shuffle, seed);
    }

    public TrainingConfig withBptt(Bptt value) {
        return new TrainingConfig(epochs, batchSize, value, optimizer, clipping, nonFinite, divergence, patience, maxSteps, shuffle, seed);
    }

    public TrainingConfig withOptimizer(OptimizerConfig value) {
        return new TrainingConfig(epochs, batchSize, bptt, value, clipping, nonFinite, divergence, patience, maxSteps, shuffle, seed);
    }

    public TrainingConfig withClipping(Clipping value) {
        return new TrainingConfig(epochs, batchSize, bptt, optimizer, value, nonFinite, divergence, patience, maxSteps, shuffle, seed);
    }

    public TrainingConfig withNonFinite(NonFinitePolicy value) {
        return new TrainingConfig(epochs, batchSize, bptt, optimizer, clipping, value, divergence, patience, maxSteps, shuffle, seed);
    }

    public TrainingConfig withDivergence(DivergenceRule value) {
        return new TrainingConfig(epochs, batchSize, bptt, optimizer, clipping, nonFinite, value, patience, maxSteps, shuffle, seed);
    }

    public TrainingConfig withPatience(int value) {
        return new TrainingConfig(epochs, batchSize, bptt, optimizer, clipping, nonFinite, divergence, value, maxSteps, shuffle, seed);
    }

    public TrainingConfig withMaxSteps(long value) {
        return new TrainingConfig(epochs, batchSize, bptt, optimizer, clipping, nonFinite, divergence, patience, value, shuffle, seed);
    }

    public TrainingConfig withSeed(long value) {
        return new TrainingConfig(epochs, batchSize, bptt, optimizer, clipping, nonFinite, divergence, patience, maxSteps, shuffle, value);
    }

    /** Optimisation steps per epoch for {@code sequences} training sequences. */
    public long stepsPerEpoch(int sequences) {
        return stepsPerEpoch(sequences, batchSize);
    }

    /** Optimisation steps per epoch for {@code sequences} sequences in batches of {@code batchSize}: ⌈sequences / batchSize⌉. */
    public static long stepsPerEpoch(int sequences, int batchSize) {
        return (sequences + (long) batchSize - 1) / batchSize;
    }

    /** The number of steps training will take unless it stops early. */
    public long plannedSteps(int sequences) {
        long all = epochs * stepsPerEpoch(sequences);
        return maxSteps > 0 ? Math.min(all, maxSteps) : all;
    }
}
