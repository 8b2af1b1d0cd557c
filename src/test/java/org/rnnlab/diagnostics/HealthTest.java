package org.rnnlab.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.store.R064Store;
import org.ojalgo.scalar.ComplexNumber;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.cell.CellType;
import org.rnnlab.init.InitKind;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;

class HealthTest {

    @Test
    void spectralRadius_matchesTheLargestEigenvalueModulus() {
        Random rng = new Random(7);
        for (int trial = 0; trial < 10; trial++) {
            int n = 5 + trial * 3;
            R064Store w = R064Store.FACTORY.make(n, n);
            Arrays.setAll(w.data, i -> rng.nextGaussian() / Math.sqrt(n) * 1.3);
            Eigenvalue<Double> eig = Eigenvalue.R064.make(w);
            eig.decompose(w);
            double expected = 0.0;
            for (ComplexNumber lambda : eig.getEigenvalues()) {
                expected = Math.max(expected, lambda.norm());
            }
            assertEquals(expected, SpectralRadius.of(w), 0.02 * expected, "n=" + n);
        }
    }

    @Test
    void spectralRadius_ofAGateBlock() {
        R064Store w = R064Store.FACTORY.make(6, 3);
        for (int i = 0; i < 3; i++) {
            w.set(i, i, 0.5);      // block 0: 0.5·I
            w.set(3 + i, i, 2.0);  // block 1: 2·I
        }
        assertEquals(0.5, SpectralRadius.of(w, 0), 1e-12);
        assertEquals(2.0, SpectralRadius.of(w, 3), 1e-12);
    }

    @Test
    void hugeTanhWeights_saturateNearlyEveryUnit_andSmallOnesSaturateNone() {
        assertTrue(saturation(20.0) > 0.9, "saturation with huge weights: " + saturation(20.0));
        assertEquals(0.0, saturation(0.01), 0.0);
    }

    private static double saturation(double std) {
        ModelConfig config = ModelConfig.of(CellType.RNN, 2, 8, 1);
        SequenceModel model = SequenceModel.create(config,
                new Initialization(InitKind.NORMAL.create(std), InitKind.NORMAL.create(std), 1));
        return Health.measure(model, input(2, 10, 4), 4).saturation()[0];
    }

    @Test
    void reluUnitsThatNeverFire_countAsDead_andTanhHasNoDeadUnits() {
        ModelConfig relu = ModelConfig.of(CellType.RNN, 2, 8, 1).withActivation(ActivationKind.RELU.create());
        SequenceModel model = SequenceModel.create(relu, Initialization.pytorchDefault(1));
        Arrays.fill(model.parameter("bias_ih_l0").value().data, -100.0);   // every pre-activation far below 0
        assertEquals(1.0, Health.measure(model, input(2, 5, 3), 3).dead()[0], 0.0);

        SequenceModel tanh = SequenceModel.create(ModelConfig.of(CellType.RNN, 2, 8, 1), Initialization.pytorchDefault(1));
        assertTrue(Double.isNaN(Health.measure(tanh, input(2, 5, 3), 3).dead()[0]));
    }

    @Test
    void derivativeProduct_ofALinearRnnIsOne_andOfASigmoidRnnVanishesWithLength() {
        ModelConfig linear = ModelConfig.of(CellType.RNN, 2, 4, 1).withActivation(ActivationKind.IDENTITY.create());
        SequenceModel model = SequenceModel.create(linear, Initialization.pytorchDefault(1));
        assertEquals(0.0, Health.measure(model, input(2, 30, 2), 2).log10DerivativeProduct()[0], 1e-12);

        ModelConfig sigmoid = linear.withActivation(ActivationKind.SIGMOID.create());
        SequenceModel s = SequenceModel.create(sigmoid, Initialization.pytorchDefault(1));
        double short10 = Health.measure(s, input(2, 10, 2), 2).log10DerivativeProduct()[0];
        double long40 = Health.measure(s, input(2, 40, 2), 2).log10DerivativeProduct()[0];
        // every factor is at most 1/4: the product of T factors is at most 4^-T
        assertTrue(short10 <= -10 * Math.log10(4), "log10 product over 10 steps " + short10);
        assertTrue(long40 <= -40 * Math.log10(4), "log10 product over 40 steps " + long40);
    }

    private static R064Store input(int features, int steps, int batch) {
        Random rng = new Random(3);
        R064Store x = R064Store.FACTORY.make(features, steps * batch);
        Arrays.setAll(x.data, i -> rng.nextGaussian());
        return x;
    }
}
