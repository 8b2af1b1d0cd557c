package org.rnnlab.task;

import java.util.Random;

import org.rnnlab.data.Sequences;
import org.rnnlab.loss.LossKind;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.model.TaskShape;

/**
 * The adding problem (Hochreiter and Schmidhuber 1997; in this form Le, Jaitly and Hinton 2015):
 * two input channels, values drawn uniformly from [0, 1] and a marker that is 1 on exactly two
 * steps, one in each half of the sequence; the target is the sum of the two marked values. The
 * information sits up to T steps before the answer, so the gradient must cross up to T steps.
 *
 * <p>Predicting the constant 1 gives MSE Var(u₁ + u₂) = 2/12 = 1/6 ≈ 0.167. Success: test MSE below
 * 0.01; also reported, the share of sequences with absolute error below 0.04 (Hochreiter and
 * Schmidhuber's criterion).
 */
public record AddingProblem(int steps) implements SyntheticTask {

    public static final double SUCCESS_MSE = 0.01;
    public static final double TOLERANCE = 0.04;

    public AddingProblem {
        if (steps < 2) {
            throw new IllegalArgumentException("the adding problem needs sequences of >= 2 steps, got " + steps);
        }
    }

    @Override
    public String name() {
        return "adding";
    }

    @Override
    public int inputSize() {
        return 2;
    }

    @Override
    public int outputSize() {
        return 1;
    }

    @Override
    public TaskShape shape() {
        return TaskShape.MANY_TO_ONE;
    }

    @Override
    public LossKind loss() {
        return LossKind.MSE;
    }

    @Override
    public Sequences generate(int count, long seed) {
        Random rng = new Random(seed);
        double[] inputs = new double[count * steps * 2];
        double[] targets = new double[count];
        int half = steps / 2;
        for (int n = 0; n < count; n++) {
            int base = n * steps * 2;
            for (int t = 0; t < steps; t++) {
                inputs[base + 2 * t] = rng.nextDouble();
            }
            int first = rng.nextInt(half), second = half + rng.nextInt(steps - half);
            inputs[base + 2 * first + 1] = 1.0;
            inputs[base + 2 * second + 1] = 1.0;
            targets[n] = inputs[base + 2 * first] + inputs[base + 2 * second];
        }
        return Sequences.of(count, steps, 2, 1, false, inputs, targets);
    }


    @Override
    public double baselineLoss() {
        return 1.0 / 6.0;
    }

    @Override
    public String baselineText() {
        return "predicting the constant 1 gives MSE 1/6 ≈ 0.167";
    }

    @Override
    public String successText() {
        return "test MSE below " + SUCCESS_MSE + " on fresh sequences (also shown: share of sequences with |error| < "
                + TOLERANCE + ")";
    }

    @Override
    public TaskScore score(SequenceModel model, Sequences test) {
        double[] sums = new double[2];
        Scoring.forEachPrediction(model, test, (out, col, data, sequence, step) -> {
            double e = out.get(0, col) - data.target(sequence, 0, 0);
            sums[0] += e * e;
            sums[1] += Math.abs(e) < TOLERANCE ? 1 : 0;
        });
        double mse = sums[0] / test.count();
        return new TaskScore("mse", mse, mse < SUCCESS_MSE, sums[1] / test.count(), "share |error| < " + TOLERANCE);
    }
}
