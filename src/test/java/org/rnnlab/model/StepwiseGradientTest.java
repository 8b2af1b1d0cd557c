package org.rnnlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.cell.CellType;
import org.rnnlab.tensor.JavaMatMul;
import org.rnnlab.tensor.MatMul;
import org.rnnlab.tensor.OpenBlasMatMul;
import org.rnnlab.tensor.Parameter;

/**
 * Where the kernel multiplies small matrices fast ({@link MatMul#smallProductsFast}) and the batch
 * is large enough, the cells accumulate dW_hh and the bias gradients step by step; the gradients
 * are those of the one product over the window (the plain-loop kernel), to rounding.
 */
class StepwiseGradientTest {

    private static final int D = 3, H = 8, B = 16, T = 25;

    @ParameterizedTest
    @EnumSource(CellType.class)
    void stepByStepAccumulation_givesTheWindowProductsGradients(CellType cell) {
        MatMul fast = OpenBlasMatMul.isAvailable() ? new OpenBlasMatMul() : null;
        assumeTrue(fast != null && fast.smallProductsFast(cell.gates() * H, H), "no kernel with fast small products here");
        List<Parameter> stepwise = gradients(cell, fast), window = gradients(cell, new JavaMatMul());
        for (int p = 0; p < window.size(); p++) {
            double[] a = stepwise.get(p).grad().data, e = window.get(p).grad().data;
            double scale = 0.0;
            for (double v : e) {
                scale = Math.max(scale, Math.abs(v));
            }
            assertTrue(scale > 0, window.get(p).name() + " has a gradient");
            for (int i = 0; i < e.length; i++) {
                assertEquals(e[i], a[i], 1e-12 * scale, cell + " " + window.get(p).name() + "[" + i + "]");
            }
        }
    }

    private static List<Parameter> gradients(CellType cell, MatMul mm) {
        SequenceModel model = SequenceModel.create(ModelConfig.of(cell, D, H, 1), Initialization.pytorchDefault(4));
        model.useMatMul(mm);
        Random rng = new Random(8);
        R064Store x = R064Store.FACTORY.make(D, (long) T * B), y = R064Store.FACTORY.make(1, B);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = rng.nextGaussian();
        }
        for (int i = 0; i < y.data.length; i++) {
            y.data[i] = rng.nextGaussian();
        }
        model.zeroGrad();
        model.lossAndGradient(x, y, B, Bptt.full());
        return model.parameters();
    }
}
