package org.rnnlab.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ojalgo.matrix.decomposition.SingularValue;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.cell.Cell;
import org.rnnlab.cell.CellType;
import org.rnnlab.cell.CellWorkspace;
import org.rnnlab.cell.LstmCell;
import org.rnnlab.init.InitKind;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.model.Unroll;
import org.rnnlab.tensor.Block;

class JacobianFlowTest {

    private static final int STEPS = 6, BATCH = 3, HIDDEN = 4;

    /**
     * Every layer's ‖∂h_T/∂h_{T−k}‖ (spectral and Frobenius) against the same norms of the Jacobian
     * estimated by central differences: perturb one element of h_{T−k} of one sequence, run the
     * layer's last k steps forward again on its fixed input, read h_T.
     */
    @ParameterizedTest
    @EnumSource(CellType.class)
    void jacobianNorms_matchFiniteDifferences_inEveryLayerAtEveryLag(CellType type) {
        SequenceModel model = SequenceModel.create(ModelConfig.of(type, 2, HIDDEN, 1).withLayers(2),
                new Initialization(InitKind.NORMAL.create(0.8), InitKind.NORMAL.create(0.8), 7));
        R064Store x = randomInput(2, 11);
        int sequences = 2;

        JacobianFlow flow = JacobianFlow.measure(model, x, BATCH, JacobianFlow.lags(STEPS), sequences);

        Unroll u = model.lastUnroll();
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6}, flow.lags());
        for (int l = 0; l < 2; l++) {
            Block in = l == 0 ? Block.of(x) : u.layer(l - 1).outputs();
            for (int i = 0; i < flow.lags().length; i++) {
                int k = flow.lags()[i];
                double spectral = 0.0, frobenius = 0.0;
                for (int s = 0; s < sequences; s++) {
                    double[] m = finiteDifferenceJacobian(model, model.cells().get(l), u.layer(l), in, s, k);
                    spectral += svdNorm(m) / sequences;
                    frobenius += Math.sqrt(Arrays.stream(m).map(v -> v * v).sum()) / sequences;
                }
                String where = type + " layer " + l + " lag " + k;
                assertEquals(spectral, flow.spectral()[l][i], 1e-7 * spectral, where + " spectral");
                assertEquals(frobenius, flow.frobenius()[l][i], 1e-7 * frobenius, where + " Frobenius");
                assertTrue(flow.spectral()[l][i] <= flow.frobenius()[l][i] * (1 + 1e-12), where + ": σ_max ≤ ‖·‖_F");
            }
        }
    }

    /** A linear RNN with W_hh = a·Q, Q orthogonal: every singular value of M_k is a^k. */
    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1.0, 1.2})
    void linearRnnWithScaledOrthogonalWeights_normsAreExactPowers(double a) {
        SequenceModel model = SequenceModel.create(ModelConfig.of(CellType.RNN, 2, HIDDEN, 1)
                .withActivation(ActivationKind.IDENTITY.create()),
                new Initialization(InitKind.NORMAL.create(0.5), InitKind.ORTHOGONAL.create(a), 3));

        JacobianFlow flow = JacobianFlow.measure(model, randomInput(2, 5), BATCH);

        for (int i = 0; i < flow.lags().length; i++) {
            double expected = Math.pow(a, flow.lags()[i]);
            assertEquals(expected, flow.spectral()[0][i], 1e-10 * expected, "lag " + flow.lags()[i]);
            assertEquals(expected * Math.sqrt(HIDDEN), flow.frobenius()[0][i], 1e-10 * expected, "lag " + flow.lags()[i]);
        }
        assertEquals(a, flow.growthPerStep(0), 1e-10);
    }

    @Test
    void lags_areEveryLagForShortWindowsAndLogSpacedWithBothEndsForLongOnes() {
        assertArrayEquals(new int[] {1, 2, 3}, JacobianFlow.lags(3));
        int[] lags = JacobianFlow.lags(200);
        assertEquals(1, lags[0]);
        assertEquals(200, lags[lags.length - 1]);
        assertTrue(lags.length <= JacobianFlow.MAX_LAGS);
        for (int i = 1; i < lags.length; i++) {
            assertTrue(lags[i] > lags[i - 1], "ascending and distinct");
        }
    }

    @Test
    void spectralNorm_matchesSvdOnRandomMatrices() {
        Random rng = new Random(4);
        for (int trial = 0; trial < 20; trial++) {
            int n = 1 + rng.nextInt(7);
            double[] m = new double[n * n];
            Arrays.setAll(m, i -> rng.nextGaussian());
            double expected = svdNorm(m);
            assertEquals(expected, JacobianFlow.spectralNorm(m, n), 1e-9 * expected, "trial " + trial);
        }
    }

    @Test
    void badLag_isRefusedWithItsRange() {
        SequenceModel model = SequenceModel.create(ModelConfig.of(CellType.RNN, 2, HIDDEN, 1), Initialization.pytorchDefault(1));
        var e = assertThrows(IllegalArgumentException.class,
                () -> JacobianFlow.measure(model, randomInput(2, 1), BATCH, new int[] {7}, 1));
        assertEquals("a lag must be in [1, 6], got 7", e.getMessage());
    }

    /** M = ∂h_T/∂h_{T−k} of sequence s (column-major H × H) by central differences on the layer alone. */
    private static double[] finiteDifferenceJacobian(SequenceModel model, Cell cell, CellWorkspace full, Block in, int s, int k) {
        int t0 = STEPS - k;
        R064Store xs = R064Store.FACTORY.make(in.rows(), k);
        for (int j = 0; j < k; j++) {
            System.arraycopy(in.data(), in.columnOffset((t0 + j) * BATCH + s), xs.data, j * in.rows(), in.rows());
        }
        double[] h0 = column(full.hidden(t0), s);
        double[] c0 = full instanceof LstmCell.Workspace lstm ? column(lstm.cellState(t0), s) : null;
        double eps = 1e-5;
        double[] m = new double[HIDDEN * HIDDEN];
        for (int j = 0; j < HIDDEN; j++) {
            double[] plus = h0.clone(), minus = h0.clone();
            plus[j] += eps;
            minus[j] -= eps;
            double[] hp = runFrom(model, cell, xs, k, plus, c0), hm = runFrom(model, cell, xs, k, minus, c0);
            for (int i = 0; i < HIDDEN; i++) {
                m[i + j * HIDDEN] = (hp[i] - hm[i]) / (2 * eps);
            }
        }
        return m;
    }

    private static double[] runFrom(SequenceModel model, Cell cell, R064Store xs, int k, double[] h0, double[] c0) {
        CellWorkspace ws = cell.newWorkspace(k, 1);
        List<Block> start = ws.initialState();
        System.arraycopy(h0, 0, start.get(0).data(), start.get(0).offset(), HIDDEN);
        if (c0 != null) {
            System.arraycopy(c0, 0, start.get(1).data(), start.get(1).offset(), HIDDEN);
        }
        cell.forward(Block.of(xs), ws, model.matMul());
        return column(ws.hidden(k), 0);
    }

    private static double[] column(Block b, int col) {
        return Arrays.copyOfRange(b.data(), b.columnOffset(col), b.columnOffset(col) + b.rows());
    }

    private static double svdNorm(double[] columnMajor) {
        int n = (int) Math.round(Math.sqrt(columnMajor.length));
        R064Store m = R064Store.FACTORY.make(n, n);
        System.arraycopy(columnMajor, 0, m.data, 0, columnMajor.length);
        SingularValue<Double> svd = SingularValue.R064.make(m);
        svd.decompose(m);
        return svd.getS().doubleValue(0, 0);
    }

    private static R064Store randomInput(int rows, long seed) {
        Random rng = new Random(seed);
        R064Store x = R064Store.FACTORY.make(rows, STEPS * BATCH);
        Arrays.setAll(x.data, i -> rng.nextGaussian());
        return x;
    }
}
