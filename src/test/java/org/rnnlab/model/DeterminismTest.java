package org.rnnlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.cell.CellType;
import org.rnnlab.cell.Norm;
import org.rnnlab.tensor.Parameter;

/**
 * The same seed gives the same bits, on the default kernels, from the very first iteration: the
 * first run below starts while the gate functions are still interpreted and is compiled midway,
 * the second runs compiled throughout.
 */
class DeterminismTest {

    @ParameterizedTest
    @EnumSource(CellType.class)
    void twoRunsFromTheSameSeed_endWithBitIdenticalWeights(CellType cell) {
        double[][] first = train(cell);
        double[][] second = train(cell);
        for (int i = 0; i < first.length; i++) {
            assertArrayEquals(first[i], second[i], 0.0, cell + " parameter " + i);
        }
    }

    @ParameterizedTest
    @EnumSource(CellType.class)
    void twoLayerNormRunsFromTheSameSeed_endWithBitIdenticalWeights(CellType cell) {
        double[][] first = train(cell, Norm.LAYER);
        double[][] second = train(cell, Norm.LAYER);
        for (int i = 0; i < first.length; i++) {
            assertArrayEquals(first[i], second[i], 0.0, cell + " with layer norm, parameter " + i);
        }
    }

    private static double[][] train(CellType cell) {
        return train(cell, Norm.NONE);
    }

    private static double[][] train(CellType cell, Norm norm) {
        SequenceModel model = SequenceModel.create(ModelConfig.of(cell, 3, 24, 1).withNorm(norm),
                Initialization.pytorchDefault(9));
        int steps = 20, batch = 8;
        Random rng = new Random(4);
        R064Store x = R064Store.FACTORY.make(3, (long) steps * batch), y = R064Store.FACTORY.make(1, batch);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = 2 * rng.nextGaussian();
        }
        for (int i = 0; i < y.data.length; i++) {
            y.data[i] = rng.nextGaussian();
        }
        for (int it = 0; it < 300; it++) {
            model.zeroGrad();
            model.lossAndGradient(x, y, batch, Bptt.full());
            for (Parameter p : model.parameters()) {
                double[] w = p.value().data, g = p.grad().data;
                for (int i = 0; i < w.length; i++) {
                    w[i] -= 0.05 * g[i];
                }
            }
        }
        return model.parameters().stream().map(p -> p.value().data.clone()).toArray(double[][]::new);
    }
}
