package org.rnnlab.task;

import java.util.Random;

import org.rnnlab.data.Sequences;
import org.rnnlab.loss.LossKind;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.model.TaskShape;

/**
 * The temporal order problem (Hochreiter and Schmidhuber 1997, experiment 6a; as used by Pascanu,
 * Mikolov and Bengio 2013): a sequence of distractor symbols {a, b, c, d} with two relevant symbols,
 * each X or Y, at random steps t₁ ∈ [T/10, 2T/10) and t₂ ∈ [5T/10, 6T/10). The class is the
 * order of the two: XX, XY, YX or YY. Inputs are one-hot over the six symbols; the loss is softmax
 * cross-entropy on the last step.
 *
 * <p>Guessing gives cross-entropy ln 4 ≈ 1.386 and accuracy 25%. Success: test accuracy of at least
 * 99% (error below 1%, Pascanu et al.'s criterion).
 */
public record TemporalOrder(int steps) implements SyntheticTask {

    public static final double SUCCESS_ACCURACY = 0.99;
    private static final int SYMBOLS = 6; // a, b, c, d, X, Y

    public TemporalOrder {
        if (steps < 10) {
            throw new IllegalArgumentException("the temporal order problem needs sequences of >= 10 steps, got " + steps);
        }
    }

    @Override
    public String name() {
        return "temporal_order";
    }

    @Override
    public int inputSize() {
        return SYMBOLS;
    }

    @Override
    public int outputSize() {
        return 4;
    }

    @Override
    public TaskShape shape() {
        return TaskShape.MANY_TO_ONE;
    }

    @Override
    public LossKind loss() {
        return LossKind.CROSS_ENTROPY;
    }

    @Override
    public Sequences generate(int count, long seed) {
        Random rng = new Random(seed);
        double[] inputs = new double[count * steps * SYMBOLS];
        double[] targets = new double[count];
        int lo1 = steps / 10, hi1 = Math.max(lo1 + 1, 2 * steps / 10);
        int lo2 = 5 * steps / 10, hi2 = Math.max(lo2 + 1, 6 * steps / 10);
        for (int n = 0; n < count; n++) {
            int base = n * steps * SYMBOLS;
            for (int t = 0; t < steps; t++) {
                inputs[base + t * SYMBOLS + rng.nextInt(4)] = 1.0;
            }
            int t1 = lo1 + rng.nextInt(hi1 - lo1), t2 = lo2 + rng.nextInt(hi2 - lo2);
            int s1 = rng.nextInt(2), s2 = rng.nextInt(2);
            place(inputs, base + t1 * SYMBOLS, 4 + s1);
            place(inputs, base + t2 * SYMBOLS, 4 + s2);
            targets[n] = 2 * s1 + s2;
        }
        return Sequences.of(count, steps, SYMBOLS, 1, false, inputs, targets);
    }

    private static void place(double[] inputs, int offset, int symbol) {
        java.util.Arrays.fill(inputs, offset, offset + SYMBOLS, 0.0);
        inputs[offset + symbol] = 1.0;
    }


    @Override
    public double baselineLoss() {
        return Math.log(4);
    }

    @Override
    public String baselineText() {
        return "guessing gives cross-entropy ln 4 ≈ 1.386 and 25% accuracy";
    }

    @Override
    public String successText() {
        return "test accuracy of at least 99% (error below 1%)";
    }

    @Override
    public TaskScore score(SequenceModel model, Sequences test) {
        int[] correct = {0};
        Scoring.forEachPrediction(model, test, (out, col, data, sequence, step) -> {
            correct[0] += Scoring.argmax(out, col) == (int) data.target(sequence, 0, 0) ? 1 : 0;
        });
        double accuracy = (double) correct[0] / test.count();
        return TaskScore.of("accuracy", accuracy, accuracy >= SUCCESS_ACCURACY);
    }
}
