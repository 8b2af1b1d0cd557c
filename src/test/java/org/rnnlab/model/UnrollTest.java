package org.rnnlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.activation.PRelu;
import org.rnnlab.cell.CellType;
import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.JavaMatMul;
import org.rnnlab.tensor.MatMul;
import org.rnnlab.tensor.OjAlgoMatMul;

/**
 * Running a window in chunks with the state carried across gives exactly the outputs of running it
 * whole (what truncated BPTT relies on), and repeated forward passes over cached workspaces give
 * identical outputs.
 */
class UnrollTest {

    private static final int D = 2, H = 4, O = 3, B = 3, T = 10;

    static Stream<Arguments> models() {
        return Stream.of(CellType.values()).flatMap(cell -> Stream.of(new JavaMatMul(), new OjAlgoMatMul()).map(mm -> {
            ModelConfig c = ModelConfig.of(cell, D, H, O).withLayers(2).withTask(TaskShape.MANY_TO_MANY);
            if (cell == CellType.RNN) {
                c = c.withActivation(new PRelu(0.3));
            }
            return Arguments.of(cell + " " + mm.name(), c, mm);
        }));
    }

    private static SequenceModel model(ModelConfig c, MatMul mm) {
        SequenceModel m = SequenceModel.create(c, Initialization.pytorchDefault(21));
        m.useMatMul(mm);
        return m;
    }

    private static R064Store input(long seed, int steps) {
        Random rng = new Random(seed);
        R064Store x = R064Store.FACTORY.make(D, (long) steps * B);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = rng.nextGaussian();
        }
        return x;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void chunkedForward_withTheStateCarried_equalsTheWholeWindowExactly(String name, ModelConfig c, MatMul mm) {
        SequenceModel m = model(c, mm);
        R064Store x = input(1, T);
        Unroll whole = m.unroll(T, B);
        whole.zeroInitialState();
        m.forward(whole, Block.of(x));
        double[] expected = new double[O * T * B];
        System.arraycopy(whole.output().data(), whole.output().offset(), expected, 0, expected.length);

        for (int chunk : new int[] {1, 3, 4, 7}) {
            Unroll previous = null;
            for (int t0 = 0; t0 < T; t0 += chunk) {
                int len = Math.min(chunk, T - t0);
                Unroll u = m.unroll(len, B);
                if (previous == null) {
                    u.zeroInitialState();
                } else {
                    u.carryStateFrom(previous);
                }
                m.forward(u, Block.columns(x, t0 * B, len * B));
                Block out = u.output();
                for (int k = 0; k < out.size(); k++) {
                    double e = expected[t0 * B * O + k], a = out.data()[out.offset() + k];
                    assertTrue(e == a, name + " chunk " + chunk + ": output " + (t0 * B * O + k) + " is " + a + ", whole gives " + e);
                }
                previous = u;
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void truncatedBptt_hasTheSameLossAsFullBptt_butNotTheSameGradient(String name, ModelConfig c, MatMul mm) {
        SequenceModel m = model(c, mm);
        R064Store x = input(2, T), y = R064Store.FACTORY.make(O, T * B);
        Random rng = new Random(3);
        for (int i = 0; i < y.data.length; i++) {
            y.data[i] = rng.nextGaussian();
        }
        m.zeroGrad();
        double full = m.lossAndGradient(x, y, B, Bptt.full());
        double fullGrad = m.parameter("weight_hh_l0").grad().data[0];
        m.zeroGrad();
        double truncated = m.lossAndGradient(x, y, B, Bptt.truncated(3));
        double truncatedGrad = m.parameter("weight_hh_l0").grad().data[0];
        assertEquals(full, truncated, 1e-14 * full);
        assertTrue(fullGrad != truncatedGrad, "truncation made no difference to the recurrent gradient");
        assertEquals(full, m.loss(x, y, B), 1e-14 * full);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void predict_twice_givesIdenticalOutputs_evenAfterOtherWindowShapes(String name, ModelConfig c, MatMul mm) {
        SequenceModel m = model(c, mm);
        R064Store x = input(4, T);
        double[] first = m.predict(x, B).data;
        double[] second = m.predict(x, B).data;
        m.predict(input(5, 3), B); // other shapes in between use other cached workspaces
        m.lossAndGradient(input(6, T), R064Store.FACTORY.make(O, T * B), B, Bptt.truncated(4));
        double[] third = m.predict(x, B).data;
        for (int i = 0; i < first.length; i++) {
            assertTrue(first[i] == second[i] && first[i] == third[i], name + ": prediction " + i + " changed");
        }
    }

    @Test
    void lossAndGradient_rejectsMisshapenInputsAndTargets() {
        SequenceModel m = model(ModelConfig.of(CellType.LSTM, D, H, O), new OjAlgoMatMul());
        IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
                () -> m.lossAndGradient(R064Store.FACTORY.make(D, 7), R064Store.FACTORY.make(O, 2), 2, Bptt.full()));
        assertEquals("input has 7 columns, not a whole number of steps of 2 sequences", columns.getMessage());
        IllegalArgumentException features = assertThrows(IllegalArgumentException.class,
                () -> m.predict(R064Store.FACTORY.make(D + 1, 6), 2));
        assertEquals("input has 3 features per step, the model expects 2", features.getMessage());
        IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
                () -> m.lossAndGradient(R064Store.FACTORY.make(D, 6), R064Store.FACTORY.make(O, 6), 2, Bptt.full()));
        assertEquals("target is 3x6, expected 3x2", target.getMessage());
    }
}
