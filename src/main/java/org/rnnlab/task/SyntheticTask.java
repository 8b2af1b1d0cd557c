package org.rnnlab.task;

import org.rnnlab.data.Sequences;

/**
 * A task whose sequences are drawn from a seed: every set is fresh and as large as asked. The
 * validation and test sets are independent draws from seeds derived from the training seed.
 */
public sealed interface SyntheticTask extends Task permits AddingProblem, TemporalOrder, CopyMemory, SineTask {

    /** {@code count} sequences drawn from {@code seed}; the same arguments give the same sequences. */
    Sequences generate(int count, long seed);

    @Override
    default TaskData data(int trainCount, int testCount, long seed) {
        return new TaskData(generate(trainCount, seed), generate(testCount, seed ^ 0x5DEECE66DL),
                generate(testCount, seed ^ 0x2545F4914F6CDD1DL));
    }
}
