package org.rnnlab.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.cell.CellType;
import org.rnnlab.init.InitKind;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;

class TimeGradientsTest {

    /**
     * A linear RNN (identity activation) with W_hh = a·I: ∂L/∂h_t = (W_hhᵀ)^(T−t) ∂L/∂h_T, so the
     * norms go exactly as a^(T−t) — decaying towards early t for a &lt; 1, growing for a &gt; 1.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.9, 1.0, 1.3})
    void linearRnnWithScaledIdentity_gradientNormsGoAsPowerOfA(double a) {
        int steps = 12, batch = 3;
        ModelConfig config = ModelConfig.of(CellType.RNN, 2, 4, 1).withActivation(ActivationKind.IDENTITY.create());
        SequenceModel model = SequenceModel.create(config,
                new Initialization(InitKind.NORMAL.create(0.5), InitKind.IDENTITY.create(a), 3));
        Random rng = new Random(1);
        R064Store x = R064Store.FACTORY.make(2, steps * batch), y = R064Store.FACTORY.make(1, batch);
        Arrays.setAll(x.data, i -> rng.nextGaussian());
        Arrays.setAll(y.data, i -> rng.nextGaussian());

        double[] norms = TimeGradients.measure(model, x, y, batch).top();

        assertEquals(steps, norms.length);
        for (int t = 1; t <= steps; t++) {
            double expected = Math.pow(a, steps - t) * norms[steps - 1];
            assertEquals(expected, norms[t - 1], 1e-12 * expected, "t=" + t);
        }
        TimeGradients tg = TimeGradients.measure(model, x, y, batch);
        assertEquals(a, tg.backwardGrowthPerStep(), 1e-12);
        assertNull(tg.cell(), "only the LSTM has a cell state");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void lstm_reportsHiddenAndCellNormsForEveryLayerAndStep(int layers) {
        int steps = 7, batch = 2;
        ModelConfig config = ModelConfig.of(CellType.LSTM, 1, 3, 1).withLayers(layers);
        SequenceModel model = SequenceModel.create(config, Initialization.pytorchDefault(5));
        R064Store x = R064Store.FACTORY.make(1, steps * batch), y = R064Store.FACTORY.make(1, batch);
        Arrays.fill(x.data, 0.3);
        Arrays.fill(y.data, 1.0);

        TimeGradients tg = TimeGradients.measure(model, x, y, batch);

        assertEquals(layers, tg.hidden().length);
        assertEquals(layers, tg.cell().length);
        for (int l = 0; l < layers; l++) {
            assertEquals(steps, tg.hidden()[l].length);
            assertTrue(Arrays.stream(tg.hidden()[l]).allMatch(v -> v > 0 && Double.isFinite(v)));
            assertTrue(Arrays.stream(tg.cell()[l]).allMatch(v -> v > 0 && Double.isFinite(v)));
        }
    }
}
