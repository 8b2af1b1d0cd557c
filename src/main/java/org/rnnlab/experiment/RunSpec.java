package org.rnnlab.experiment;

import org.rnnlab.task.Task;

/**
 * One training run of a study: a variant on a task of some length with one seed. The data and
 * the initial weights depend only on the task, the length and the seed, so every variant of a cell
 * type starts from the same weights on the same data, and results do not depend on which thread
 * runs them.
 *
 * @param variant  the recipe
 * @param task     the task (its length is the sequence length)
 * @param seed     the repetition, 0, 1, ...
 * @param settings shared sizes and budgets
 * @param auto     when not null, the clipping threshold is chosen from the run's first steps
 */
public record RunSpec(Variant variant, Task task, int seed, StudySettings settings, AutoThreshold auto) {

    public RunSpec {
        if (variant == null || task == null || settings == null) {
            throw new IllegalArgumentException("variant, task and settings are required");
        }
        if (seed < 0) {
            throw new IllegalArgumentException("seed must be >= 0, got " + seed);
        }
    }

    public int length() {
        return task.steps();
    }

    /** The seed of the data: task, length and repetition. */
    public long dataSeed() {
        return mix(mix(task.name().hashCode(), task.steps()), seed);
    }

    /** The seed of the initial weights: length and repetition (the same for every variant). */
    public long initSeed() {
        return mix(mix(0x9E3779B97F4A7C15L, task.steps()), seed);
    }

    /**
     * The expected relative cost, for ordering runs and estimating the time left: steps × length ×
     * gates × hidden² (the recurrent products dominate). The gate count weighs the cell type: measured
     * at hidden 32 on the adding problem, an LSTM run (4 gates) took 3.3–4.4 times and a GRU run (3)
     * 2.8–3.4 times as long as a vanilla one (1).
     */
    public long cost() {
        long h = settings.hidden();
        return settings.steps() * length() * variant.cell().gates() * h * h;
    }

    /** A short label: "tanh-clip1 T=100 seed 2". */
    public String label() {
        return variant.name() + " T=" + task.steps() + " seed " + seed;
    }

    /** SplitMix64's finaliser over the pair, a well-spread seed. */
    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
