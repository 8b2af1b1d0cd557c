package org.rnnlab.data;

import java.util.Arrays;

import org.ojalgo.matrix.store.R064Store;

/**
 * A set of equally long input sequences with their targets: what the trainer consumes.
 *
 * <p>Sequence {@code n} has {@code steps} input vectors of {@code inputSize} values, and either one
 * target vector of {@code targetSize} values (many-to-one: the target after the last step) or one
 * per step (many-to-many). For a classification loss the target vector holds a single class index.
 *
 * <p>{@link #copyBatch} writes a batch in the layout of the {@code tensor} package: inputs as
 * {@code inputSize × (steps·B)} with time step {@code t} in columns {@code [t·B, (t+1)·B)} and
 * sequence {@code b} of the batch in column {@code t·B + b}; targets as {@code targetSize × B}
 * (many-to-one) or {@code targetSize × (steps·B)} (many-to-many) in the same layout.
 */
public final class Sequences {

    private final int count;
    private final int steps;
    private final int inputSize;
    private final int targetSize;
    private final boolean targetPerStep;
    /** inputs[((n * steps) + t) * inputSize + d] */
    private final double[] inputs;
    /** targets[((n * targetSteps) + t) * targetSize + o], targetSteps = steps or 1 */
    private final double[] targets;

    private Sequences(int count, int steps, int inputSize, int targetSize, boolean targetPerStep,
            double[] inputs, double[] targets) {
        if (count < 1 || steps < 1 || inputSize < 1 || targetSize < 1) {
            throw new IllegalArgumentException("count, steps, inputSize and targetSize must be >= 1, got "
                    + count + ", " + steps + ", " + inputSize + ", " + targetSize);
        }
        long expectedInputs = (long) count * steps * inputSize;
        long expectedTargets = (long) count * (targetPerStep ? steps : 1) * targetSize;
        if (inputs.length != expectedInputs) {
            throw new IllegalArgumentException("inputs hold " + inputs.length + " values, expected " + expectedInputs);
        }
        if (targets.length != expectedTargets) {
            throw new IllegalArgumentException("targets hold " + targets.length + " values, expected " + expectedTargets);
        }
        this.count = count;
        this.steps = steps;
        this.inputSize = inputSize;
        this.targetSize = targetSize;
        this.targetPerStep = targetPerStep;
        this.inputs = inputs;
        this.targets = targets;
    }

    /**
     * Sequences over the given arrays (taken over, not copied).
     *
     * @param inputs  {@code count·steps·inputSize} values, sequence-major, then time, then feature
     * @param targets {@code count·(targetPerStep ? steps : 1)·targetSize} values in the same order
     */
    public static Sequences of(int count, int steps, int inputSize, int targetSize, boolean targetPerStep,
            double[] inputs, double[] targets) {
        return new Sequences(count, steps, inputSize, targetSize, targetPerStep, inputs, targets);
    }

    public int count() {
        return count;
    }

    public int steps() {
        return steps;
    }

    public int inputSize() {
        return inputSize;
    }

    public int targetSize() {
        return targetSize;
    }

    /** True for many-to-many (a target at every step), false for many-to-one. */
    public boolean targetPerStep() {
        return targetPerStep;
    }

    public double input(int sequence, int step, int feature) {
        return inputs[(sequence * steps + step) * inputSize + feature];
    }

    /** Target {@code o} of a sequence; {@code step} is ignored for many-to-one. */
    public double target(int sequence, int step, int o) {
        int targetSteps = targetPerStep ? steps : 1;
        int t = targetPerStep ? step : 0;
        return targets[(sequence * targetSteps + t) * targetSize + o];
    }

    /** Sequences {@code [from, to)} as a new set sharing nothing with this one. */
    public Sequences range(int from, int to) {
        if (from < 0 || to > count || from >= to) {
            throw new IllegalArgumentException("range [" + from + ", " + to + ") is not within [0, " + count + ")");
        }
        int inStride = steps * inputSize;
        int outStride = (targetPerStep ? steps : 1) * targetSize;
        return new Sequences(to - from, steps, inputSize, targetSize, targetPerStep,
                Arrays.copyOfRange(inputs, from * inStride, to * inStride),
                Arrays.copyOfRange(targets, from * outStride, to * outStride));
    }

    /** Allocates a store for the inputs of a batch of {@code batch} sequences. */
    public R064Store newInputStore(int batch) {
        return R064Store.FACTORY.make(inputSize, (long) steps * batch);
    }

    /** Allocates a store for the targets of a batch of {@code batch} sequences. */
    public R064Store newTargetStore(int batch) {
        return R064Store.FACTORY.make(targetSize, (long) (targetPerStep ? steps : 1) * batch);
    }

    /**
     * Copies sequences {@code order[start], ..., order[start + batch - 1]} into {@code x} and
     * {@code y}, which must have the shapes of {@link #newInputStore} and {@link #newTargetStore}.
     */
    public void copyBatch(int[] order, int start, int batch, R064Store x, R064Store y) {
        if (x.countRows() != inputSize || x.countColumns() != (long) steps * batch) {
            throw new IllegalArgumentException("input store is " + x.countRows() + "x" + x.countColumns()
                    + ", expected " + inputSize + "x" + (long) steps * batch);
        }
        int targetSteps = targetPerStep ? steps : 1;
        if (y.countRows() != targetSize || y.countColumns() != (long) targetSteps * batch) {
            throw new IllegalArgumentException("target store is " + y.countRows() + "x" + y.countColumns()
                    + ", expected " + targetSize + "x" + (long) targetSteps * batch);
        }
        double[] xd = x.data, yd = y.data;
        for (int b = 0; b < batch; b++) {
            int n = order[start + b];
            for (int t = 0; t < steps; t++) {
                System.arraycopy(inputs, (n * steps + t) * inputSize, xd, (t * batch + b) * inputSize, inputSize);
            }
            for (int t = 0; t < targetSteps; t++) {
                System.arraycopy(targets, (n * targetSteps + t) * targetSize, yd, (t * batch + b) * targetSize, targetSize);
            }
        }
    }
}
