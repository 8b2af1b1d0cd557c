package org.rnnlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.rnnlab.data.Sequences;
import org.rnnlab.model.SequenceModel;

/** Small data sets and a listener that records everything, for the trainer tests. */
final class Fixtures {

    private Fixtures() {
    }

    /**
     * {@code count} windows of {@code steps} samples of sin(0.3·n + 0.25·t), each with the next
     * sample as its one target (many-to-one).
     */
    static Sequences sineWindows(int count, int steps) {
        double[] x = new double[count * steps], y = new double[count];
        for (int n = 0; n < count; n++) {
            for (int t = 0; t < steps; t++) {
                x[n * steps + t] = Math.sin(0.3 * n + 0.25 * t);
            }
            y[n] = Math.sin(0.3 * n + 0.25 * steps);
        }
        return Sequences.of(count, steps, 1, 1, false, x, y);
    }

    /** Gaussian inputs with Gaussian targets (many-to-one): nothing to learn but noise. */
    static Sequences noise(int count, int steps, long seed) {
        Random rng = new Random(seed);
        double[] x = new double[count * steps], y = new double[count];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = rng.nextGaussian();
        }
        return Sequences.of(count, steps, 1, 1, false, x, y);
    }

    /** Every callback, in order. */
    static final class Recorder implements TrainingListener {
        final List<String> parameterNames = new ArrayList<>();
        long plannedSteps = -1;
        final List<StepMetrics> steps = new ArrayList<>();
        final List<EpochMetrics> epochs = new ArrayList<>();
        TrainingResult result;

        @Override
        public void onStart(List<String> names, long planned) {
            parameterNames.addAll(names);
            plannedSteps = planned;
        }

        @Override
        public void onStep(StepMetrics metrics, SequenceModel model) {
            steps.add(metrics);
        }

        @Override
        public void onEpoch(EpochMetrics metrics) {
            epochs.add(metrics);
        }

        @Override
        public void onEnd(TrainingResult r) {
            result = r;
        }
    }

    /** Copies of every parameter's values. */
    static double[][] weights(SequenceModel model) {
        return model.parameters().stream().map(p -> p.value().data.clone()).toArray(double[][]::new);
    }
}
