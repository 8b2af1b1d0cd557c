package org.rnnlab.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.cell.CellType;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;

/** The state's magnitude on networks whose states are known in closed form. */
class StateMagnitudeTest {

    private static final int STEPS = 6, BATCH = 3, HIDDEN = 2;

    @Test
    void aVanillaCellWithOnlyABiasHoldsTanhOfItsBiasAtEveryStep() {
        SequenceModel model = SequenceModel.zeros(ModelConfig.of(CellType.RNN, 2, HIDDEN, 1));
        double[] b = {0.5, -2.0};
        System.arraycopy(b, 0, model.parameter("bias_ih_l0").value().data, 0, HIDDEN);
        model.predict(input(), BATCH);
        StateMagnitude s = StateMagnitude.fromLastForward(model);
        // h_t = tanh(W_ih x + W_hh h + b) = tanh(b) for every t and sequence
        assertEquals(Math.tanh(2.0), s.maxAbsHidden()[0], 1e-15);
        assertEquals(Math.hypot(Math.tanh(0.5), Math.tanh(-2.0)), s.meanHiddenNorm()[0], 1e-15);
        assertTrue(Double.isNaN(s.maxAbsCell()[0]), "a vanilla cell has no cell state");
        assertEquals(Math.tanh(2.0), s.largest(), 1e-15);
    }

    @Test
    void anLstmWithOnlyBiasesAccumulatesItsCellStateGeometrically() {
        SequenceModel model = SequenceModel.zeros(ModelConfig.of(CellType.LSTM, 2, HIDDEN, 1));
        double[] bias = model.parameter("bias_ih_l0").value().data;   // i|f|g|o blocks of HIDDEN each
        double bi = 1.0, bf = 0.0, bg = 2.0, bo = 0.5;
        Arrays.fill(bias, 0, HIDDEN, bi);
        Arrays.fill(bias, HIDDEN, 2 * HIDDEN, bf);
        Arrays.fill(bias, 2 * HIDDEN, 3 * HIDDEN, bg);
        Arrays.fill(bias, 3 * HIDDEN, 4 * HIDDEN, bo);
        model.predict(input(), BATCH);
        StateMagnitude s = StateMagnitude.fromLastForward(model);
        // c_t = f c_{t−1} + i g from c_0 = 0: c_t = i g (1 − f^t)/(1 − f); h_t = o tanh(c_t)
        double i = sigmoid(bi), f = sigmoid(bf), g = Math.tanh(bg), o = sigmoid(bo);
        double sumC = 0, sumH = 0, c = 0;
        for (int t = 1; t <= STEPS; t++) {
            c = f * c + i * g;
            sumC += Math.sqrt(HIDDEN) * c;
            sumH += Math.sqrt(HIDDEN) * o * Math.tanh(c);
        }
        assertEquals(c, s.maxAbsCell()[0], 1e-14);
        assertEquals(sumC / STEPS, s.meanCellNorm()[0], 1e-14);
        assertEquals(o * Math.tanh(c), s.maxAbsHidden()[0], 1e-14);
        assertEquals(sumH / STEPS, s.meanHiddenNorm()[0], 1e-14);
        assertEquals(c, s.largest(), 1e-14, "the cell state is the larger");
    }

    private static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    private static R064Store input() {
        Random rng = new Random(5);
        R064Store x = R064Store.FACTORY.make(2, STEPS * BATCH);
        Arrays.setAll(x.data, k -> rng.nextGaussian());
        return x;
    }
}
