package org.rnnlab.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.cell.CellType;
import org.rnnlab.diagnostics.NonFiniteSite.Tensor;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.tensor.Parameter;

class NonFiniteLocatorTest {

    private static final int HIDDEN = 2, BATCH = 2;

    /**
     * A linear RNN whose layer {@code big} has W_hh = 1e100·I on inputs of 1: its state grows
     * 1, 1e100, 1e200, 1e300, then overflows, so a_5 of that layer is the first infinite value; the
     * other layer (W_hh = 0.5·I, W_ih = 1e-3) stays finite at every earlier step.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void plantedForwardOverflow_isFoundInTheLayerAndAtTheStepWhereTheStateOverflows(int big) {
        SequenceModel model = linear(2);
        for (int l = 0; l < 2; l++) {
            identity(model.parameter("weight_hh_l" + l), l == big ? 1e100 : 0.5);
            Arrays.fill(model.parameter("weight_ih_l" + l).value().data, l == big ? 1.0 : 1e-3);
        }
        R064Store x = constantInput(1, 8, 1.0);

        NonFiniteSite site = NonFiniteLocator.locate(model, x, targets(), BATCH);

        assertEquals(new NonFiniteSite(Tensor.PRE_ACTIVATION, big, 5, "", Double.POSITIVE_INFINITY), site);
        assertTrue(site.forward());
        assertEquals("pre activation, layer " + big + ", t = 5: Infinity", site.describe());
    }

    /**
     * An LSTM on zero inputs except at T = 10, with zero biases: before T every gate is 0.5, g = 0 and
     * c = h = 0, so going back only the candidate's gradient ∂L/∂z_g = ½·∂L/∂c is non-zero, and
     * W_hh's g block of 1e100·I multiplies ∂L/∂h by about ¼·1e100 per step from the head weight's 1e-250:
     * finite down to t = 5 (≈1e247), infinite at t = 4, where ∂L/∂z_i = ∂L/∂c ⊙ g ⊙ i(1−i) = ∞·0 is
     * the first NaN in gate order i|f|g|o.
     */
    @Test
    void plantedOverflowInAnLstm_isNamedByTheGateWhereItTurnsNaN() {
        SequenceModel model = SequenceModel.create(ModelConfig.of(CellType.LSTM, 1, HIDDEN, 1), Initialization.pytorchDefault(3));
        R064Store whh = model.parameter("weight_hh_l0").value();
        Arrays.fill(whh.data, 0.0);
        for (int i = 0; i < HIDDEN; i++) {
            whh.set(2 * HIDDEN + i, i, 1e100);
        }
        Arrays.fill(model.parameter("bias_ih_l0").value().data, 0.0);
        Arrays.fill(model.parameter("bias_hh_l0").value().data, 0.0);
        Arrays.fill(model.parameter("head.weight").value().data, 1e-250);

        NonFiniteSite site = NonFiniteLocator.locate(model, lastStepInput(10), targets(), BATCH);

        assertEquals(Tensor.GATE_GRADIENT, site.tensor());
        assertEquals("input gate i", site.detail());
        assertEquals(0, site.layer());
        assertEquals(4, site.timeStep());
        assertTrue(Double.isNaN(site.value()));
        assertEquals("input gate i (gate gradient), layer 0, t = 4: NaN", site.describe());
    }

    /**
     * A finite forward pass whose gradient overflows going back: zero inputs except at T = 10, so every
     * state before T is 0; a head weight of 1e-250 and W_hh = 1e100·I make ∂L/∂a_t ≈ 1e-250·1e100^(10−t),
     * finite down to t = 5 (≈1e250) and infinite at t = 4.
     */
    @Test
    void plantedBackwardOverflow_isFoundInTheGradientAtTheStepWhereItOverflows() {
        SequenceModel model = linear(1);
        identity(model.parameter("weight_hh_l0"), 1e100);
        Arrays.fill(model.parameter("head.weight").value().data, 1e-250);
        NonFiniteSite site = NonFiniteLocator.locate(model, lastStepInput(10), targets(), BATCH);

        assertEquals(Tensor.GATE_GRADIENT, site.tensor());
        assertEquals(0, site.layer());
        assertEquals(4, site.timeStep());
        assertTrue(Double.isInfinite(site.value()));
        assertTrue(!site.forward());
    }

    @Test
    void aNaNWeight_isFoundBeforeAnythingItMakes() {
        SequenceModel model = linear(2);
        model.parameter("weight_hh_l1").value().data[3] = Double.NaN;

        NonFiniteSite site = NonFiniteLocator.locate(model, constantInput(1, 4, 1.0), targets(), BATCH);

        assertEquals(Tensor.WEIGHT, site.tensor());
        assertEquals("weight_hh_l1", site.detail());
        assertEquals(1, site.layer());
        assertEquals("weight_hh_l1 (weight), layer 1: NaN", site.describe());
    }

    @Test
    void aFiniteStep_hasNoSite() {
        SequenceModel model = SequenceModel.create(ModelConfig.of(CellType.GRU, 1, HIDDEN, 1).withLayers(2),
                Initialization.pytorchDefault(1));
        assertNull(NonFiniteLocator.locate(model, constantInput(1, 6, 0.5), targets(), BATCH));
    }

    private static SequenceModel linear(int layers) {
        return SequenceModel.create(ModelConfig.of(CellType.RNN, 1, HIDDEN, 1).withLayers(layers)
                .withActivation(ActivationKind.IDENTITY.create()), Initialization.pytorchDefault(2));
    }

    /** W = c·I with zero biases of the same layer. */
    private static void identity(Parameter w, double c) {
        R064Store v = w.value();
        Arrays.fill(v.data, 0.0);
        for (int i = 0; i < HIDDEN; i++) {
            v.set(i, i, c);
        }
    }

    private static R064Store constantInput(int rows, int steps, double value) {
        R064Store x = R064Store.FACTORY.make(rows, (long) steps * BATCH);
        Arrays.fill(x.data, value);
        return x;
    }

    /** Zero inputs except 1 at the last of {@code steps} steps. */
    private static R064Store lastStepInput(int steps) {
        R064Store x = constantInput(1, steps, 0.0);
        for (int b = 0; b < BATCH; b++) {
            x.set(0, (steps - 1) * BATCH + b, 1.0);
        }
        return x;
    }

    private static R064Store targets() {
        R064Store y = R064Store.FACTORY.make(1, BATCH);
        Arrays.fill(y.data, 1.0);
        return y;
    }
}
