package org.rnnlab.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.name.Named;
import org.rnnlab.tensor.Block;

/**
 * The three losses: hand-computed values and gradients, gradients against finite differences,
 * stability for huge logits, the meaning of the normalizer, and the target checks.
 */
class LossTest {

    private static R064Store store(int rows, double... columnMajor) {
        R064Store s = R064Store.FACTORY.make(rows, columnMajor.length / rows);
        System.arraycopy(columnMajor, 0, s.data, 0, columnMajor.length);
        return s;
    }

    private static double[] gradient(Loss loss, R064Store prediction, R064Store target, double normalizer, double[] value) {
        R064Store g = R064Store.FACTORY.make(prediction.countRows(), prediction.countColumns());
        value[0] = loss.evaluate(Block.of(prediction), Block.of(target), Block.of(g), normalizer);
        return g.data;
    }

    @Test
    void mse_byHand() {
        // prediction (1, 2 | 3, 4), target (0, 2 | 5, 1): errors 1, 0, -2, 3; squares sum 14; N = 4
        double[] value = new double[1];
        double[] g = gradient(new MeanSquaredError(), store(2, 1, 2, 3, 4), store(2, 0, 2, 5, 1), 4, value);
        assertEquals(14.0 / 4, value[0], 0.0);
        assertEquals(2.0 * 1 / 4, g[0], 0.0);
        assertEquals(0.0, g[1], 0.0);
        assertEquals(2.0 * -2 / 4, g[2], 0.0);
        assertEquals(2.0 * 3 / 4, g[3], 0.0);
        assertEquals(4, new MeanSquaredError().terms(2, 2));
    }

    @Test
    void crossEntropy_byHand_logits123_class2() {
        double[] value = new double[1];
        double[] g = gradient(new SoftmaxCrossEntropy(), store(3, 1, 2, 3), store(1, 2), 1, value);
        double e = Math.E, sum = e + e * e + e * e * e;
        assertEquals(Math.log(sum) - 3, value[0], 1e-15);
        assertEquals(e / sum, g[0], 1e-15);
        assertEquals(e * e / sum, g[1], 1e-15);
        assertEquals(e * e * e / sum - 1, g[2], 1e-15);
        assertEquals(0.0, g[0] + g[1] + g[2], 1e-15);
    }

    @Test
    void crossEntropy_averagesOverColumns_andTakesEachColumnsOwnClass() {
        // column 0: logits (0, 0), class 1 → ln 2; column 1: logits (ln 3, 0), class 0 → ln(4/3)
        double[] value = new double[1];
        double[] g = gradient(new SoftmaxCrossEntropy(), store(2, 0, 0, Math.log(3), 0), store(1, 1, 0), 2, value);
        assertEquals((Math.log(2) + Math.log(4.0 / 3)) / 2, value[0], 1e-15);
        assertEquals(0.5 / 2, g[0], 1e-16);
        assertEquals(-0.5 / 2, g[1], 1e-16);
        assertEquals((0.75 - 1) / 2, g[2], 1e-16);
        assertEquals(0.25 / 2, g[3], 1e-16);
        assertEquals(2, new SoftmaxCrossEntropy().terms(5, 2));
        assertEquals(1, new SoftmaxCrossEntropy().targetRows(5));
    }

    @Test
    void bce_byHand() {
        // z = 0, y = 1: ln 2, σ − y = −1/2; z = 2, y = 0.25: softplus(2) − 0.5, σ(2) − 0.25
        double[] value = new double[1];
        double[] g = gradient(new SigmoidBinaryCrossEntropy(), store(2, 0, 2), store(2, 1, 0.25), 2, value);
        double softplus2 = Math.log1p(Math.exp(2)), sigma2 = 1 / (1 + Math.exp(-2));
        assertEquals((Math.log(2) + softplus2 - 0.5) / 2, value[0], 1e-15);
        assertEquals(-0.5 / 2, g[0], 1e-16);
        assertEquals((sigma2 - 0.25) / 2, g[1], 1e-16);
    }

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void gradient_matchesFiniteDifferences_onRandomInputs(LossKind kind) {
        Loss loss = kind.create();
        Random rng = new Random(kind.ordinal() + 1);
        int outputs = 3, positions = 4;
        for (int trial = 0; trial < 20; trial++) {
            R064Store p = R064Store.FACTORY.make(outputs, positions);
            for (int i = 0; i < p.data.length; i++) {
                p.data[i] = 3 * rng.nextGaussian();
            }
            R064Store y = R064Store.FACTORY.make(loss.targetRows(outputs), positions);
            for (int i = 0; i < y.data.length; i++) {
                y.data[i] = switch (kind) {
                    case MSE -> rng.nextGaussian();
                    case CROSS_ENTROPY -> rng.nextInt(outputs);
                    case BCE -> rng.nextDouble();
                };
            }
            double normalizer = loss.terms(outputs, positions);
            double[] g = gradient(loss, p, y, normalizer, new double[1]);
            R064Store scratch = R064Store.FACTORY.make(outputs, positions);
            for (int i = 0; i < p.data.length; i++) {
                double saved = p.data[i], h = 1e-5;
                p.data[i] = saved + h;
                double plus = loss.evaluate(Block.of(p), Block.of(y), Block.of(scratch), normalizer);
                p.data[i] = saved - h;
                double minus = loss.evaluate(Block.of(p), Block.of(y), Block.of(scratch), normalizer);
                p.data[i] = saved;
                assertEquals((plus - minus) / (2 * h), g[i], 1e-9, kind + " trial " + trial + " element " + i);
            }
        }
    }

    @Test
    void crossEntropy_isStableForHugeLogits() {
        double[] value = new double[1];
        // correct class far ahead: loss 0, gradient 0
        double[] g = gradient(new SoftmaxCrossEntropy(), store(3, 1e4, -1e4, 0), store(1, 0), 1, value);
        assertEquals(0.0, value[0], 0.0);
        assertEquals(0.0, g[0], 0.0);
        assertEquals(0.0, g[1], 0.0);
        assertEquals(0.0, g[2], 0.0);
        // wrong class: loss = 1e4 − (−1e4), gradient (1, −1, 0)
        g = gradient(new SoftmaxCrossEntropy(), store(3, 1e4, -1e4, 0), store(1, 1), 1, value);
        assertEquals(2e4, value[0], 0.0);
        assertEquals(1.0, g[0], 0.0);
        assertEquals(-1.0, g[1], 0.0);
        assertEquals(0.0, g[2], 0.0);
        // all logits huge and equal: log 3
        gradient(new SoftmaxCrossEntropy(), store(3, 1e4, 1e4, 1e4), store(1, 2), 1, value);
        assertEquals(Math.log(3), value[0], 1e-15);
    }

    @Test
    void crossEntropy_isShiftInvariant_toFullPrecision_forHugeLogits() {
        // softmax ignores a common shift, so logits (1, 2, 3) + 1e4 give log(e + e² + e³) − 3 as (1, 2, 3) do;
        // log Σ e^(z−max) + max − z_c would lose the small log term against 1e4 (about 1e-12 absolute)
        double e = Math.E, expected = Math.log1p(Math.exp(-1) + Math.exp(-2)); // = log(e + e² + e³) − 3
        for (double shift : new double[] {0, 1e4, -1e4, 1e12}) {
            double[] value = new double[1];
            double[] g = gradient(new SoftmaxCrossEntropy(), store(3, 1 + shift, 2 + shift, 3 + shift), store(1, 2), 1, value);
            assertEquals(expected, value[0], 1e-15 * expected, "shift " + shift);
            assertEquals(e * e * e / (e + e * e + e * e * e) - 1, g[2], 1e-15, "shift " + shift);
        }
    }

    @Test
    void bce_isStableForHugeLogits() {
        double[] value = new double[1];
        double[] g = gradient(new SigmoidBinaryCrossEntropy(), store(1, 1e4, -1e4, 1e4, -1e4), store(1, 0, 0, 1, 1), 1, value);
        // −log(1 − σ(1e4)) = 1e4, −log(1 − σ(−1e4)) = 0, −log σ(1e4) = 0, −log σ(−1e4) = 1e4
        assertEquals(2e4, value[0], 0.0);
        assertEquals(1.0, g[0], 0.0);
        assertEquals(0.0, g[1], 0.0);
        assertEquals(0.0, g[2], 0.0);
        assertEquals(-1.0, g[3], 0.0);
    }

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void normalizer_dividesTheSumOfTerms_valueAndGradientAlike(LossKind kind) {
        Loss loss = kind.create();
        R064Store p = store(2, 0.3, -1.2, 2.0, 0.7);
        R064Store y = switch (kind) {
            case MSE -> store(2, 1, 0, -1, 0.5);
            case CROSS_ENTROPY -> store(1, 1, 0);
            case BCE -> store(2, 1, 0, 0.5, 1);
        };
        double[] one = new double[1], ten = new double[1];
        double[] g1 = gradient(loss, p, y, 1.0, one);
        double[] g10 = gradient(loss, p, y, 10.0, ten);
        assertTrue(one[0] > 0);
        assertEquals(one[0] / 10, ten[0], 1e-16 * one[0] * 10);
        for (int i = 0; i < g1.length; i++) {
            assertEquals(g1[i] / 10, g10[i], 1e-16 * Math.abs(g1[i]) * 10);
        }
        // splitting the columns into two calls with the whole window's normalizer adds up to the whole
        double[] left = new double[1], right = new double[1];
        int rows = (int) y.countRows();
        gradient(loss, store(2, 0.3, -1.2), store(rows, java.util.Arrays.copyOfRange(y.data, 0, rows)), 4.0, left);
        gradient(loss, store(2, 2.0, 0.7), store(rows, java.util.Arrays.copyOfRange(y.data, rows, 2 * rows)), 4.0, right);
        double[] whole = new double[1];
        gradient(loss, p, y, 4.0, whole);
        assertEquals(whole[0], left[0] + right[0], 1e-15);
    }

    @Test
    void crossEntropy_rejectsAClassIndexOutOfRangeOrNotAnInteger() {
        Loss ce = new SoftmaxCrossEntropy();
        for (double bad : new double[] {3, -1, 1.5, Double.NaN, 1e10}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> gradient(ce, store(3, 1, 2, 3), store(1, bad), 1, new double[1]));
            assertEquals("cross_entropy target must be a class index in [0, 3), got " + bad, e.getMessage());
        }
    }

    @Test
    void bce_rejectsATargetOutsideZeroToOne() {
        Loss bce = new SigmoidBinaryCrossEntropy();
        for (double bad : new double[] {-0.1, 1.5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> gradient(bce, store(1, 0.0), store(1, bad), 1, new double[1]));
            assertEquals("bce target must be in [0, 1], got " + bad, e.getMessage());
        }
    }

    @Test
    void losses_rejectTargetsAndGradientsOfTheWrongShape() {
        IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
                () -> gradient(new MeanSquaredError(), store(2, 1, 2, 3, 4), store(1, 1, 2), 4, new double[1]));
        assertEquals("mse: target is 1x2, expected 2x2", target.getMessage());
        IllegalArgumentException ce = assertThrows(IllegalArgumentException.class,
                () -> gradient(new SoftmaxCrossEntropy(), store(3, 1, 2, 3), store(3, 0, 0, 1), 1, new double[1]));
        assertEquals("cross_entropy: target is 3x1, expected 1x1", ce.getMessage());
        IllegalArgumentException grad = assertThrows(IllegalArgumentException.class,
                () -> new SigmoidBinaryCrossEntropy().evaluate(Block.of(store(1, 0, 0)), Block.of(store(1, 1, 1)),
                        Block.of(store(2, 0, 0)), 2));
        assertEquals("bce gradient: shape 2x1 does not match 1x2", grad.getMessage());
    }

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void byId_findsEveryKind(LossKind kind) {
        assertEquals(kind, Named.byId(LossKind.class, kind.id()).orElseThrow());
        assertEquals(kind, kind.create().kind());
    }
}
