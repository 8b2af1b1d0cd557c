package org.rnnlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.cell.CellType;
import org.rnnlab.init.Orthogonal;
import org.rnnlab.init.ScaledIdentity;
import org.rnnlab.init.UniformInit;
import org.rnnlab.tensor.Parameter;

/**
 * How a model applies its initialisers: per gate block of the weight matrices, biases zero except
 * the LSTM's forget gate, and the same seed giving the same weights.
 */
class ModelInitializationTest {

    private static final int D = 2, H = 3;

    private static SequenceModel model(CellType cell, double forgetBias, Initialization init) {
        return SequenceModel.create(ModelConfig.of(cell, D, H, 1).withLayers(2).withForgetBias(forgetBias), init);
    }

    @Test
    void lstm_forgetGateRowsOfBiasIh_holdTheForgetBias_andEveryOtherBiasIsZero() {
        SequenceModel m = model(CellType.LSTM, 2.5, Initialization.pytorchDefault(4));
        for (int l = 0; l < 2; l++) {
            double[] bih = m.parameter("bias_ih_l" + l).value().data;
            double[] bhh = m.parameter("bias_hh_l" + l).value().data;
            assertEquals(4 * H, bih.length);
            for (int r = 0; r < 4 * H; r++) {
                double expected = r >= H && r < 2 * H ? 2.5 : 0.0;
                assertEquals(expected, bih[r], 0.0, "bias_ih_l" + l + "[" + r + "]");
                assertEquals(0.0, bhh[r], 0.0, "bias_hh_l" + l + "[" + r + "]");
            }
        }
    }

    @Test
    void gruAndRnn_startWithZeroBiases() {
        for (CellType cell : new CellType[] {CellType.GRU, CellType.RNN}) {
            SequenceModel m = model(cell, 1.0, Initialization.pytorchDefault(4));
            for (Parameter p : m.parameters()) {
                if (p.name().startsWith("bias_")) {
                    for (double v : p.value().data) {
                        assertEquals(0.0, v, 0.0, cell + " " + p.name());
                    }
                }
            }
        }
    }

    @Test
    void identityInit_onRecurrentWeights_givesTheIdentityInEveryGateBlock() {
        for (CellType cell : CellType.values()) {
            SequenceModel m = model(cell, 1.0, new Initialization(new UniformInit(0.1), new ScaledIdentity(1.0), 5));
            for (int l = 0; l < 2; l++) {
                R064Store w = m.parameter("weight_hh_l" + l).value();
                assertEquals(cell.gates() * H, w.countRows());
                for (int g = 0; g < cell.gates(); g++) {
                    for (int i = 0; i < H; i++) {
                        for (int j = 0; j < H; j++) {
                            assertEquals(i == j ? 1.0 : 0.0, w.get(g * H + i, j), 0.0,
                                    cell + " weight_hh_l" + l + " gate " + g + " (" + i + ", " + j + ")");
                        }
                    }
                }
            }
        }
    }

    @Test
    void orthogonalInit_onRecurrentWeights_isOrthogonalPerGateBlock_andTheBlocksDiffer() {
        SequenceModel m = model(CellType.LSTM, 1.0, new Initialization(new UniformInit(0.1), new Orthogonal(1.0), 6));
        R064Store w = m.parameter("weight_hh_l0").value();
        for (int g = 0; g < 4; g++) {
            for (int a = 0; a < H; a++) {
                for (int b = 0; b < H; b++) {
                    double dot = 0.0;
                    for (int k = 0; k < H; k++) {
                        dot += w.get(g * H + k, a) * w.get(g * H + k, b);
                    }
                    assertEquals(a == b ? 1.0 : 0.0, dot, 1e-12, "gate " + g + " columns " + a + "·" + b);
                }
            }
        }
        assertTrue(w.get(0, 0) != w.get(H, 0) || w.get(0, 1) != w.get(H, 1), "gate blocks are copies of each other");
    }

    @Test
    void inputInit_appliesToWeightIh_andItsBoundUsesTheInputFans() {
        SequenceModel m = model(CellType.GRU, 1.0, new Initialization(new UniformInit(0.05), new ScaledIdentity(1.0), 7));
        for (double v : m.parameter("weight_ih_l0").value().data) {
            assertTrue(Math.abs(v) <= 0.05 && v != 0.0, "weight_ih_l0 entry " + v);
        }
    }

    @Test
    void sameSeed_givesBitIdenticalWeights_anotherSeedDifferentOnes() {
        for (CellType cell : CellType.values()) {
            SequenceModel a = model(cell, 1.0, Initialization.pytorchDefault(11));
            SequenceModel b = model(cell, 1.0, Initialization.pytorchDefault(11));
            SequenceModel c = model(cell, 1.0, Initialization.pytorchDefault(12));
            boolean anyDifferent = false;
            for (int i = 0; i < a.parameters().size(); i++) {
                double[] va = a.parameters().get(i).value().data;
                assertTrue(java.util.Arrays.equals(va, b.parameters().get(i).value().data), cell + " " + a.parameters().get(i));
                anyDifferent |= !java.util.Arrays.equals(va, c.parameters().get(i).value().data);
            }
            assertTrue(anyDifferent, cell + ": seeds 11 and 12 gave the same weights");
        }
    }
}
