package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.rnnlab.cell.CellType;
import org.rnnlab.data.Sequences;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.train.TrainingConfig;

class HighwayStartTest {

    private static final int STEPS = 6, K = 3;

    private static ModelSource source(boolean trained) {
        return new ModelSource() {
            @Override
            public SequenceModel create(int inputs, int outputs, boolean manyToMany, int window, long seed) {
                return SequenceModel.create(ModelConfig.of(CellType.LSTM, inputs, 4, outputs).withHighway(K),
                        Initialization.pytorchDefault(seed));
            }

            @Override
            public TrainingConfig training(int trainingWindows, int window) {
                return TrainingConfig.defaults();
            }

            @Override
            public boolean trained() {
                return trained;
            }
        };
    }

    /** Windows of iid N(0,1) inputs; target = coefficients · last K inputs (oldest first) + noise·N(0,1). */
    private static Sequences windows(int count, double[] coefficients, double noise, long seed) {
        Random random = new Random(seed);
        double[] x = new double[count * STEPS], y = new double[count];
        for (int n = 0; n < count; n++) {
            for (int t = 0; t < STEPS; t++) {
                x[n * STEPS + t] = random.nextGaussian();
            }
            for (int k = 0; k < K; k++) {
                y[n] += coefficients[k] * x[n * STEPS + STEPS - K + k];
            }
            y[n] += noise * random.nextGaussian();
        }
        return Sequences.of(count, STEPS, 1, 1, false, x, y);
    }

    private static double[] highway(SequenceModel net) {
        return net.parameter("highway.weight").value().data.clone();
    }

    @Test
    void recoversTheCoefficientsOfALinearAutoregression() {
        double[] coefficients = {-0.3, 0.0, 0.5};
        SequenceModel net = source(false).create(1, 1, false, STEPS, 1);
        Optional<HighwayStart.Fit> fit = HighwayStart.apply(source(false), net, windows(400, coefficients, 0.01, 2));
        assertTrue(fit.isPresent());
        assertArrayEquals(coefficients, highway(net), 1e-3);
        assertTrue(fit.get().penalty() <= 1e-2, "a noise-free fit needs little penalty, chose " + fit.get().penalty());
        assertEquals(400, fit.get().windows());
        assertTrue(fit.get().press() < 1e-3, "leave-one-out MSE " + fit.get().press());
    }

    @Test
    void targetsUnrelatedToTheInputsShrinkTheWeightsTowardZero() {
        SequenceModel net = source(false).create(1, 1, false, STEPS, 1);
        HighwayStart.Fit fit = HighwayStart.apply(source(false), net, windows(40, new double[K], 1.0, 3)).orElseThrow();
        double norm = 0;
        for (double w : highway(net)) {
            norm += w * w;
        }
        assertTrue(Math.sqrt(norm) < 0.3, "weights " + java.util.Arrays.toString(highway(net)));
        assertTrue(fit.penalty() >= 0.1, "pure noise should choose a strong penalty, chose " + fit.penalty());
    }

    @Test
    void leavesTrainedWeightsAndModelsWithoutAHighwayAlone() {
        Sequences data = windows(50, new double[] {0.2, 0.2, 0.2}, 0.1, 4);
        SequenceModel trained = source(true).create(1, 1, false, STEPS, 1);
        assertEquals(Optional.empty(), HighwayStart.apply(source(true), trained, data));
        assertArrayEquals(new double[K], highway(trained));
        SequenceModel plain = SequenceModel.create(ModelConfig.of(CellType.LSTM, 1, 4, 1), Initialization.pytorchDefault(1));
        assertEquals(Optional.empty(), HighwayStart.apply(source(false), plain, data));
    }

    @Test
    void theSentenceNamesTheWindowsAndThePenalty() {
        assertEquals("highway started from the ridge autoregression on 31 training windows (penalty 0.1,"
                + " leave-one-out MSE 0.412)", new HighwayStart.Fit(0.1, 0.4123, 31).sentence());
    }
}
