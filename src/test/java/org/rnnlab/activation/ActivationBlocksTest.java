package org.rnnlab.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.tensor.ParameterKind;

/**
 * The bulk forward/backward on blocks: they agree element by element with the scalar value and
 * derivative for every kind, touch only their own column block, and PReLU's learnable slopes get
 * the hand-computed gradient.
 */
class ActivationBlocksTest {

    private static final int ROWS = 3, COLS = 4, FIRST = 2, TOTAL_COLS = 8;

    /** A store with random entries, some exactly 0 and some large. */
    private static R064Store randomStore(Random rng) {
        R064Store s = R064Store.FACTORY.make(ROWS, TOTAL_COLS);
        for (int i = 0; i < s.data.length; i++) {
            s.data[i] = switch (i % 7) {
                case 0 -> 0.0;
                case 1 -> 40 * rng.nextGaussian();
                default -> 2 * rng.nextGaussian();
            };
        }
        return s;
    }

    private static Parameter slopesOf(Activation f) {
        if (!f.learnable()) {
            return null;
        }
        Parameter p = Parameter.vector("activation_l0.weight", ParameterKind.ACTIVATION, 0, ROWS);
        java.util.Arrays.fill(p.value().data, f.parameter());
        return p;
    }

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void forwardAndBackward_agreeWithScalarValueAndDerivative_onAnOffsetBlock(ActivationKind kind) {
        Activation f = kind.create();
        Random rng = new Random(kind.ordinal() + 100);
        R064Store preS = randomStore(rng), outS = randomStore(rng), gS = randomStore(rng), dS = randomStore(rng);
        double[] outBefore = outS.data.clone(), dBefore = dS.data.clone();
        Block pre = Block.columns(preS, FIRST, COLS), out = Block.columns(outS, FIRST, COLS);
        Block g = Block.columns(gS, FIRST, COLS), d = Block.columns(dS, FIRST, COLS);
        Parameter slopes = slopesOf(f);

        f.forward(pre, out, slopes);
        f.backward(pre, out, g, d, slopes);

        for (int j = 0; j < COLS; j++) {
            for (int i = 0; i < ROWS; i++) {
                double x = pre.get(i, j), y = f.value(x);
                assertEquals(y, out.get(i, j), 0.0, kind + " forward at (" + i + ", " + j + ")");
                assertEquals(g.get(i, j) * f.derivative(x, y), d.get(i, j), 0.0, kind + " backward at (" + i + ", " + j + ")");
            }
        }
        int from = FIRST * ROWS, to = (FIRST + COLS) * ROWS;
        for (int k = 0; k < outBefore.length; k++) {
            if (k < from || k >= to) {
                assertEquals(outBefore[k], outS.data[k], 0.0, kind + " forward wrote outside its block at " + k);
                assertEquals(dBefore[k], dS.data[k], 0.0, kind + " backward wrote outside its block at " + k);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void backward_mayOverwriteItsUpstreamGradientInPlace(ActivationKind kind) {
        Activation f = kind.create();
        Random rng = new Random(kind.ordinal() + 200);
        R064Store preS = randomStore(rng), outS = R064Store.FACTORY.make(ROWS, TOTAL_COLS), gS = randomStore(rng);
        Block pre = Block.of(preS), out = Block.of(outS), g = Block.of(gS);
        double[] upstream = gS.data.clone();
        Parameter slopes = slopesOf(f);
        f.forward(pre, out, slopes);
        f.backward(pre, out, g, g, slopes);
        for (int k = 0; k < upstream.length; k++) {
            double x = preS.data[k];
            assertEquals(upstream[k] * f.derivative(x, f.value(x)), gS.data[k], 0.0, kind + " at " + k);
        }
    }

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void forward_rejectsBlocksOfDifferentShapes(ActivationKind kind) {
        Activation f = kind.create();
        Block pre = Block.of(R064Store.FACTORY.make(ROWS, 2));
        Block out = Block.of(R064Store.FACTORY.make(ROWS, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.forward(pre, out, slopesOf(f)));
        assertEquals(kind.id() + ": shape 3x3 does not match 3x2", e.getMessage().replace(f.label(), kind.id()));
    }

    @Test
    void prelu_forwardAndBackward_matchAHandComputation_includingTheSlopeGradient() {
        PRelu prelu = new PRelu(0.25);
        Parameter a = Parameter.vector("activation_l0.weight", ParameterKind.ACTIVATION, 0, 2);
        a.value().data[0] = 0.1;
        a.value().data[1] = -0.5;
        a.grad().data[0] = 1.0; // gradients accumulate
        // 2 units × 3 sequences, column-major: column j = (x_0j, x_1j)
        R064Store x = R064Store.FACTORY.make(2, 3);
        double[] xs = {2.0, -4.0, /**/ -3.0, 1.5, /**/ 0.0, -1.0};
        System.arraycopy(xs, 0, x.data, 0, 6);
        R064Store y = R064Store.FACTORY.make(2, 3);
        prelu.forward(Block.of(x), Block.of(y), a);
        // unit 0 has slope 0.1, unit 1 slope −0.5
        double[] expectedY = {2.0, -0.5 * -4.0, /**/ 0.1 * -3.0, 1.5, /**/ 0.1 * 0.0, -0.5 * -1.0};
        for (int k = 0; k < 6; k++) {
            assertEquals(expectedY[k], y.data[k], 0.0, "y[" + k + "]");
        }

        R064Store dy = R064Store.FACTORY.make(2, 3);
        double[] gs = {0.3, 0.7, /**/ -2.0, 5.0, /**/ 4.0, 0.2};
        System.arraycopy(gs, 0, dy.data, 0, 6);
        R064Store dx = R064Store.FACTORY.make(2, 3);
        prelu.backward(Block.of(x), Block.of(y), Block.of(dy), Block.of(dx), a);
        double[] expectedDx = {0.3, 0.7 * -0.5, /**/ -2.0 * 0.1, 5.0, /**/ 4.0 * 0.1, 0.2 * -0.5};
        for (int k = 0; k < 6; k++) {
            assertEquals(expectedDx[k], dx.data[k], 0.0, "dx[" + k + "]");
        }
        // ∂L/∂a_i = Σ_j dy_ij·x_ij over x_ij ≤ 0, added to what was there
        assertEquals(1.0 + (-2.0 * -3.0) + (4.0 * 0.0), a.grad().data[0], 0.0, "slope gradient of unit 0");
        assertEquals(0.7 * -4.0 + 0.2 * -1.0, a.grad().data[1], 1e-15, "slope gradient of unit 1");
    }

    @Test
    void prelu_slopeGradient_matchesAFiniteDifferenceOfASummedLoss() {
        Random rng = new Random(3);
        PRelu prelu = new PRelu(0.25);
        Parameter a = Parameter.vector("activation_l0.weight", ParameterKind.ACTIVATION, 0, ROWS);
        for (int i = 0; i < ROWS; i++) {
            a.value().data[i] = rng.nextGaussian();
        }
        R064Store x = randomStore(rng), w = randomStore(rng), y = R064Store.FACTORY.make(ROWS, TOTAL_COLS);
        // L = Σ w ⊙ prelu(x): dL/dy = w
        java.util.function.DoubleSupplier loss = () -> {
            prelu.forward(Block.of(x), Block.of(y), a);
            double s = 0.0;
            for (int k = 0; k < y.data.length; k++) {
                s += w.data[k] * y.data[k];
            }
            return s;
        };
        loss.getAsDouble();
        prelu.backward(Block.of(x), Block.of(y), Block.of(w), Block.of(R064Store.FACTORY.make(ROWS, TOTAL_COLS)), a);
        for (int i = 0; i < ROWS; i++) {
            double saved = a.value().data[i], h = 1e-6;
            a.value().data[i] = saved + h;
            double plus = loss.getAsDouble();
            a.value().data[i] = saved - h;
            double minus = loss.getAsDouble();
            a.value().data[i] = saved;
            assertEquals((plus - minus) / (2 * h), a.grad().data[i], 1e-6, "slope " + i);
        }
    }

    @Test
    void prelu_rejectsMissingOrMisshapenSlopes() {
        PRelu prelu = new PRelu(0.25);
        Block pre = Block.of(R064Store.FACTORY.make(3, 2)), out = Block.of(R064Store.FACTORY.make(3, 2));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> prelu.forward(pre, out, null));
        assertEquals("prelu needs a slope parameter of shape [3], got none", none.getMessage());
        Parameter wrong = Parameter.vector("activation_l0.weight", ParameterKind.ACTIVATION, 0, 4);
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> prelu.backward(pre, out, out, out, wrong));
        assertEquals("prelu needs a slope parameter of shape [3], got [4]", shape.getMessage());
    }
}
