package org.rnnlab.task;

import org.rnnlab.data.NoisySine;
import org.rnnlab.data.Sequences;
import org.rnnlab.loss.LossKind;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.model.TaskShape;

/**
 * Continue a noisy sine wave ({@link NoisySine}, period 20 samples, noise σ = 0.1): predict the
 * clean value after the window. Predicting 0 gives MSE 0.5. Success: test MSE below 0.01.
 */
public record SineTask(int steps) implements SyntheticTask {

    public static final double SUCCESS_MSE = 0.01;

    public SineTask {
        if (steps < 2) {
            throw new IllegalArgumentException("the sine task needs sequences of >= 2 steps, got " + steps);
        }
    }

    private NoisySine generator() {
        return new NoisySine(steps, 20.0, 0.1);
    }

    @Override
    public String name() {
        return "sine";
    }

    @Override
    public int inputSize() {
        return 1;
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
        return generator().generate(count, seed);
    }


    @Override
    public double baselineLoss() {
        return 0.5;
    }

    @Override
    public String baselineText() {
        return "predicting 0 gives MSE 0.5";
    }

    @Override
    public String successText() {
        return "test MSE below " + SUCCESS_MSE;
    }

    @Override
    public TaskScore score(SequenceModel model, Sequences test) {
        double[] sum = {0};
        Scoring.forEachPrediction(model, test, (out, col, data, sequence, step) -> {
            double e = out.get(0, col) - data.target(sequence, 0, 0);
            sum[0] += e * e;
        });
        double mse = sum[0] / test.count();
        return TaskScore.of("mse", mse, mse < SUCCESS_MSE);
    }
}
