package org.rnnlab.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.activation.Tanh;
import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.JavaMatMul;
import org.rnnlab.tensor.MatMul;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.tensor.ParameterKind;

/**
 * Layer normalisation on its own (a hand-computed block, its invariances, its adjoint's
 * orthogonality) and inside each cell: one or two steps of tiny layer-normalised cells against the
 * equations worked by hand. With two units per block the normalisation has a closed form: for
 * values (a, b), d = (a − b)/2 and norm(a, b) = (d, −d)/√(d² + ε).
 */
class LayerNormCellTest {

    private static final double EPS = LayerNorm.EPSILON;
    private static final MatMul MM = new JavaMatMul();

    private static LayerNorm layerNorm(int blocks, int size) {
        return new LayerNorm(Parameter.vector("g", ParameterKind.NORM, 0, blocks * size),
                Parameter.vector("s", ParameterKind.NORM, 0, blocks * size), blocks, size);
    }

    private static Block block(int rows, int cols, double... values) {
        R064Store s = R064Store.FACTORY.make(rows, cols);
        System.arraycopy(values, 0, s.data, 0, values.length);
        return Block.of(s);
    }

    /** norm(a, b) for a block of two units, worked by hand. */
    private static double[] norm2(double a, double b) {
        double d = (a - b) / 2, r = 1.0 / Math.sqrt(d * d + EPS);
        return new double[] {d * r, -d * r};
    }

    @Test
    void forward_normalisesEachBlockOverItsOwnUnits_thenAppliesGainAndShift() {
        LayerNorm ln = layerNorm(2, 4);
        double[] gain = {1, 2, 0.5, -1, 3, 1, 1, 1}, shift = {0, 0.1, 0, 0, -1, 0, 0, 2};
        System.arraycopy(gain, 0, ln.gain.value().data, 0, 8);
        System.arraycopy(shift, 0, ln.shift.value().data, 0, 8);
        // block 0: 1, 2, 3, 6 (mean 3, deviations -2 -1 0 3, variance 14/4); block 1: 10, 10, 10, 14 (mean 11, variance 3)
        Block v = block(8, 1, 1, 2, 3, 6, 10, 10, 10, 14);
        Block hat = block(8, 1), rstd = block(2, 1), y = block(8, 1);
        ln.forward(v, hat, rstd, y, false);
        double r0 = 1 / Math.sqrt(3.5 + EPS), r1 = 1 / Math.sqrt(3.0 + EPS);
        double[] expected = {-2 * r0, -1 * r0 * 2 + 0.1, 0, 3 * r0 * -1, -1 * r1 * 3 - 1, -1 * r1, -1 * r1, 3 * r1 + 2};
        for (int i = 0; i < 8; i++) {
            assertEquals(expected[i], y.get(i, 0), 1e-15, "y[" + i + "]");
        }
        assertEquals(r0, rstd.get(0, 0), 1e-15, "1/sigma of block 0");
        assertEquals(r1, rstd.get(1, 0), 1e-15, "1/sigma of block 1");
        ln.forward(v, hat, rstd, y, true);
        assertEquals(2 * expected[7], y.get(7, 0), 1e-14, "add = true adds the normalised values");
    }

    @Test
    void forward_isInvariantToShiftingAndScalingABlockUp_onRandomColumns() {
        LayerNorm ln = layerNorm(3, 5);
        Random rng = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            double[] v = new double[15], moved = new double[15], variance = new double[3];
            for (int k = 0; k < 3; k++) {
                double scale = 1 + 99 * rng.nextDouble(), offset = 10 * rng.nextGaussian(), sum = 0, squares = 0;
                for (int u = 0; u < 5; u++) {
                    v[5 * k + u] = rng.nextGaussian();
                    moved[5 * k + u] = scale * v[5 * k + u] + offset;
                    sum += v[5 * k + u];
                }
                for (int u = 0; u < 5; u++) {
                    squares += (v[5 * k + u] - sum / 5) * (v[5 * k + u] - sum / 5);
                }
                variance[k] = squares / 5;
            }
            double[] a = new double[15], b = new double[15], rstd = new double[3], hat = new double[15];
            ln.forwardColumn(v, 0, hat, 0, rstd, 0, a, 0, false);
            ln.forwardColumn(moved, 0, hat, 0, rstd, 0, b, 0, false);
            for (int i = 0; i < 15; i++) {
                // scaling by s ≥ 1 turns ε into ε/s² relative to the variance: |v̂| ≤ √5 changes by at most √5·ε/σ²
                double bound = Math.sqrt(5) * EPS / variance[i / 5] + 1e-12;
                assertEquals(a[i], b[i], bound, "trial " + trial + ", unit " + i);
            }
        }
    }

    @Test
    void backward_givesGradientsThatSumToZeroInEveryBlock() {
        LayerNorm ln = layerNorm(2, 3);
        Random rng = new Random(5);
        for (int i = 0; i < 6; i++) {
            ln.gain.value().data[i] = 1 + rng.nextGaussian();
        }
        for (int trial = 0; trial < 100; trial++) {
            double[] v = new double[6], dy = new double[6], dv = new double[6], hat = new double[6], rstd = new double[2];
            for (int i = 0; i < 6; i++) {
                v[i] = 3 * rng.nextGaussian();
                dy[i] = rng.nextGaussian();
            }
            ln.forwardColumn(v, 0, hat, 0, rstd, 0, new double[6], 0, false);
            ln.backwardColumn(dy, 0, hat, 0, rstd, 0, dv, 0);
            for (int k = 0; k < 2; k++) {
                assertEquals(0.0, dv[3 * k] + dv[3 * k + 1] + dv[3 * k + 2], 1e-12,
                        "shifting a block leaves the output alone, so its gradient has no mean (trial " + trial + ")");
            }
        }
    }

    @Test
    void aBlockOfOneUnit_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> layerNorm(4, 1));
        assertEquals("layer normalisation needs at least 2 units per block, got 1 (one unit normalises to 0)", e.getMessage());
    }

    /** Sets every element of {@code p} from {@code f(i)} in storage order. */
    private static void fill(Parameter p, java.util.function.IntToDoubleFunction f) {
        for (int i = 0; i < p.size(); i++) {
            p.value().data[i] = f.applyAsDouble(i);
        }
    }

    private static Parameter named(Cell cell, String name) {
        return cell.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void vanillaCell_twoSteps_matchTheEquationsByHand() {
        VanillaCell cell = new VanillaCell(0, 1, 2, new Tanh(), Norm.LAYER);
        fill(named(cell, "weight_ih_l0"), i -> new double[] {1, 3}[i]);
        fill(named(cell, "weight_hh_l0"), i -> new double[] {0.5, 2, -1, 0.25}[i]); // column-major: [[0.5, -1], [2, 0.25]]
        fill(named(cell, "bias_ih_l0"), i -> new double[] {0.1, 0.2}[i]);
        fill(named(cell, "bias_hh_l0"), i -> new double[] {-0.3, 0.05}[i]);
        fill(named(cell, "norm_ih_l0.weight"), i -> new double[] {1, 2}[i]);
        fill(named(cell, "norm_hh_l0.weight"), i -> new double[] {0.7, 1.5}[i]);
        CellWorkspace ws = cell.newWorkspace(2, 1);
        ws.initialHidden().zero();
        cell.forward(block(1, 2, 0.5, -1.0), ws, MM);

        // step 1 from h_0 = 0: the recurrent side is all zeros, which normalises to 0, leaving b_hh
        double[] nx = norm2(0.5, 1.5);
        double[] h1 = {Math.tanh(nx[0] + 0.1 - 0.3), Math.tanh(2 * nx[1] + 0.2 + 0.05)};
        // step 2
        double[] nx2 = norm2(-1, -3), nh = norm2(0.5 * h1[0] - h1[1], 2 * h1[0] + 0.25 * h1[1]);
        double[] h2 = {Math.tanh(nx2[0] + 0.1 + 0.7 * nh[0] - 0.3), Math.tanh(2 * nx2[1] + 0.2 + 1.5 * nh[1] + 0.05)};
        for (int u = 0; u < 2; u++) {
            assertEquals(h1[u], ws.hidden(1).get(u, 0), 1e-14, "h_1[" + u + "]");
            assertEquals(h2[u], ws.hidden(2).get(u, 0), 1e-14, "h_2[" + u + "]");
        }
    }

    @Test
    void lstmCell_oneStep_matchesTheEquationsByHand_cellStateNormalisedBeforeItsTanh() {
        LstmCell cell = new LstmCell(0, 1, 2, 1.0, Norm.LAYER);
        fill(named(cell, "weight_ih_l0"), i -> 0.3 * i - 1.0);
        fill(named(cell, "weight_hh_l0"), i -> Math.sin(i + 1.0));
        fill(named(cell, "bias_ih_l0"), i -> 0.05 * i);
        fill(named(cell, "bias_hh_l0"), i -> -0.02 * i);
        fill(named(cell, "norm_ih_l0.weight"), i -> 1 + 0.1 * i);
        fill(named(cell, "norm_hh_l0.weight"), i -> 0.9 - 0.05 * i);
        fill(named(cell, "norm_c_l0.weight"), i -> new double[] {1.2, 0.8}[i]);
        fill(named(cell, "norm_c_l0.bias"), i -> new double[] {0.1, -0.2}[i]);
        LstmCell.Workspace ws = cell.newWorkspace(1, 1);
        double[] h0 = {0.3, -0.2}, c0 = {0.5, -1.0};
        ws.initialHidden().set(0, 0, h0[0]);
        ws.initialHidden().set(1, 0, h0[1]);
        ws.initialCell().set(0, 0, c0[0]);
        ws.initialCell().set(1, 0, c0[1]);
        double x = 0.7;
        cell.forward(block(1, 1, x), ws, MM);

        double[] z = new double[8];
        for (int k = 0; k < 4; k++) {                       // gate blocks i, f, g, o of two rows each
            int r = 2 * k;
            double[] wx = new double[2], wh = new double[2];
            for (int u = 0; u < 2; u++) {
                wx[u] = (0.3 * (r + u) - 1.0) * x;
                wh[u] = Math.sin(r + u + 1.0) * h0[0] + Math.sin(8 + r + u + 1.0) * h0[1]; // W_hh column-major, 8 rows
            }
            double[] nx = norm2(wx[0], wx[1]), nh = norm2(wh[0], wh[1]);
            for (int u = 0; u < 2; u++) {
                int row = r + u;
                z[row] = (1 + 0.1 * row) * nx[u] + 0.05 * row + (0.9 - 0.05 * row) * nh[u] - 0.02 * row;
            }
        }
        double[] c1 = new double[2];
        for (int u = 0; u < 2; u++) {
            double i = sigmoid(z[u]), f = sigmoid(z[2 + u]), g = Math.tanh(z[4 + u]);
            c1[u] = f * c0[u] + i * g;
        }
        double[] nc = norm2(c1[0], c1[1]);
        for (int u = 0; u < 2; u++) {
            double o = sigmoid(z[6 + u]);
            double h = o * Math.tanh(new double[] {1.2, 0.8}[u] * nc[u] + new double[] {0.1, -0.2}[u]);
            assertEquals(c1[u], ws.finalState().get(1).get(u, 0), 1e-14, "c_1[" + u + "] (not normalised)");
            assertEquals(h, ws.hidden(1).get(u, 0), 1e-14, "h_1[" + u + "]");
        }
    }

    @Test
    void gruCell_oneStep_matchesTheEquationsByHand_resetGateOnTheNormalisedCandidate() {
        GruCell cell = new GruCell(0, 1, 2, Norm.LAYER);
        fill(named(cell, "weight_ih_l0"), i -> 0.4 * i - 1.1);
        fill(named(cell, "weight_hh_l0"), i -> Math.cos(2.0 * i));
        fill(named(cell, "bias_ih_l0"), i -> 0.03 * i);
        fill(named(cell, "bias_hh_l0"), i -> 0.1 - 0.04 * i);
        fill(named(cell, "norm_ih_l0.weight"), i -> 1.1 - 0.1 * i);
        fill(named(cell, "norm_hh_l0.weight"), i -> 0.8 + 0.1 * i);
        CellWorkspace ws = cell.newWorkspace(1, 1);
        double[] h0 = {-0.4, 0.6};
        ws.initialHidden().set(0, 0, h0[0]);
        ws.initialHidden().set(1, 0, h0[1]);
        double x = -0.9;
        cell.forward(block(1, 1, x), ws, MM);

        double[] zx = new double[6], zh = new double[6];
        for (int k = 0; k < 3; k++) {                       // gate blocks r, z, n
            int r = 2 * k;
            double[] wx = new double[2], wh = new double[2];
            for (int u = 0; u < 2; u++) {
                wx[u] = (0.4 * (r + u) - 1.1) * x;
                wh[u] = Math.cos(2.0 * (r + u)) * h0[0] + Math.cos(2.0 * (6 + r + u)) * h0[1];
            }
            double[] nx = norm2(wx[0], wx[1]), nh = norm2(wh[0], wh[1]);
            for (int u = 0; u < 2; u++) {
                int row = r + u;
                zx[row] = (1.1 - 0.1 * row) * nx[u] + 0.03 * row;
                zh[row] = (0.8 + 0.1 * row) * nh[u] + 0.1 - 0.04 * row;
            }
        }
        for (int u = 0; u < 2; u++) {
            double r = sigmoid(zx[u] + zh[u]), z = sigmoid(zx[2 + u] + zh[2 + u]);
            double n = Math.tanh(zx[4 + u] + r * zh[4 + u]);
            assertEquals((1 - z) * n + z * h0[u], ws.hidden(1).get(u, 0), 1e-14, "h_1[" + u + "]");
        }
    }

    @Test
    void parameters_areNamedInPyTorchStyle_afterTheFourOfThePlainCell() {
        assertEquals(List.of("weight_ih_l1", "weight_hh_l1", "bias_ih_l1", "bias_hh_l1", "norm_ih_l1.weight",
                "norm_hh_l1.weight", "norm_c_l1.weight", "norm_c_l1.bias"), names(new LstmCell(1, 3, 4, 1.0, Norm.LAYER)));
        assertEquals(List.of("[16, 3]", "[16, 4]", "[16]", "[16]", "[16]", "[16]", "[4]", "[4]"),
                new LstmCell(1, 3, 4, 1.0, Norm.LAYER).parameters().stream().map(Parameter::shapeString).toList());
        assertEquals(List.of("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0", "norm_ih_l0.weight",
                "norm_hh_l0.weight"), names(new GruCell(0, 3, 4, Norm.LAYER)));
        assertEquals(List.of("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0", "norm_ih_l0.weight",
                "norm_hh_l0.weight", "activation_l0.weight"),
                names(new VanillaCell(0, 3, 4, org.rnnlab.activation.ActivationKind.PRELU.create(), Norm.LAYER)));
        assertEquals(List.of("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"),
                names(new LstmCell(0, 3, 4, 1.0, Norm.NONE)), "a plain cell keeps PyTorch's four");
        for (Parameter p : new LstmCell(0, 3, 4, 1.0, Norm.LAYER).parameters()) {
            if (p.kind() == ParameterKind.NORM) {
                double expected = p.name().endsWith(".bias") ? 0.0 : 1.0;
                for (double v : p.value().data) {
                    assertEquals(expected, v, 0.0, p.name() + " starts at " + expected);
                }
            }
        }
    }

    private static List<String> names(Cell cell) {
        return cell.parameters().stream().map(Parameter::name).toList();
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }
}
