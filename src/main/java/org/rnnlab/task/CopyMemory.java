package org.rnnlab.task;

import java.util.Random;

import org.rnnlab.data.Sequences;
import org.rnnlab.loss.LossKind;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.model.TaskShape;

/**
 * The copy-memory task (Hochreiter and Schmidhuber 1997; in this form Arjovsky, Shah and Bengio
 * 2016): ten symbols from {1 … 8}, then blanks (0), then a delimiter (9) ten steps before the end;
 * the model must output blanks until the delimiter and then repeat the ten symbols. With total
 * length T the delay is T − 20 steps. Inputs are one-hot over ten classes; the loss is softmax
 * cross-entropy at every step.
 *
 * <p>Outputting blanks and then guessing uniformly among the 8 symbols gives cross-entropy
 * 10·ln 8 / T. Success: at least 99% of the recalled symbols right on test sequences.
 */
public record CopyMemory(int steps) implements SyntheticTask {

    public static final int SYMBOLS = 10;
    public static final int RECALL = 10;
    public static final double SUCCESS_ACCURACY = 0.99;

    public CopyMemory {
        if (steps < 2 * RECALL + 1) {
            throw new IllegalArgumentException("the copy-memory task needs sequences of >= " + (2 * RECALL + 1)
                    + " steps (10 symbols, a delay, 10 recalls), got " + steps);
        }
    }

    @Override
    public String name() {
        return "copy";
    }

    @Override
    public int inputSize() {
        return SYMBOLS;
    }

    @Override
    public int outputSize() {
        return SYMBOLS;
    }

    @Override
    public TaskShape shape() {
        return TaskShape.MANY_TO_MANY;
    }

    @Override
    public LossKind loss() {
        return LossKind.CROSS_ENTROPY;
    }

    @Override
    public Sequences generate(int count, long seed) {
        Random rng = new Random(seed);
        double[] inputs = new double[count * steps * SYMBOLS];
        double[] targets = new double[count * steps];
        for (int n = 0; n < count; n++) {
            int in = n * steps * SYMBOLS, out = n * steps;
            for (int t = 0; t < steps; t++) {
                int symbol = 0;
                if (t < RECALL) {
                    symbol = 1 + rng.nextInt(8);
                    targets[out + steps - RECALL + t] = symbol;
                } else if (t == steps - RECALL - 1) {
                    symbol = 9;
                }
                inputs[in + t * SYMBOLS + symbol] = 1.0;
            }
        }
        return Sequences.of(count, steps, SYMBOLS, 1, true, inputs, targets);
    }


    @Override
    public double baselineLoss() {
        return RECALL * Math.log(8) / steps;
    }

    @Override
    public String baselineText() {
        return String.format("blanks then uniform guesses give cross-entropy 10·ln 8 / T = %.4f", baselineLoss());
    }

    @Override
    public String successText() {
        return "at least 99% of the ten recalled symbols right on test sequences";
    }

    @Override
    public TaskScore score(SequenceModel model, Sequences test) {
        int[] correct = {0};
        Scoring.forEachPrediction(model, test, (out, col, data, sequence, step) -> {
            if (step >= steps - RECALL) {
                correct[0] += Scoring.argmax(out, col) == (int) data.target(sequence, step, 0) ? 1 : 0;
            }
        });
        double accuracy = (double) correct[0] / (test.count() * (double) RECALL);
        return TaskScore.of("recall_accuracy", accuracy, accuracy >= SUCCESS_ACCURACY);
    }
}
