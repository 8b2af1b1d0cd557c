package org.rnnlab.diagnostics;

import java.util.Arrays;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.activation.Activation;
import org.rnnlab.cell.Cell;
import org.rnnlab.cell.CellType;
import org.rnnlab.cell.CellWorkspace;
import org.rnnlab.cell.VanillaCell;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.model.Unroll;
import org.rnnlab.tensor.Block;

/**
 * The state of a network's units over one batch, per layer (bottom first):
 *
 * <ul>
 * <li>{@code saturation}: the share of unit-steps in the flat tails of a squashing function — |tanh|
 * above 0.99, a sigmoid outside [0.01, 0.99] (gates included), or another bounded activation beyond
 * 99% of its bound; NaN for unbounded activations;</li>
 * <li>{@code dead}: for the ReLU family, the share of units whose pre-activation is ≤ 0 at every
 * step of every sequence of the batch (a dead ReLU passes no gradient); NaN otherwise;</li>
 * <li>{@code spectralRadius}: ρ(W_hh), the largest over the gate blocks of a gated cell;</li>
 * <li>{@code log10DerivativeProduct}: log₁₀ of the mean over units and sequences of the product over
 * the window of the recurrent path's gain per step — f'(a_t) for a vanilla cell (why a sigmoid's
 * f' ≤ 1/4 vanishes), the forget gate f_t for an LSTM, the update gate z_t for a GRU.</li>
 * </ul>
 */
public record Health(double[] saturation, double[] dead, double[] spectralRadius, double[] log10DerivativeProduct) {

    /** Equal when every figure is the same value (NaN equals NaN), so a read-back record equals its original. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Health h && Arrays.equals(saturation, h.saturation)
                && Arrays.equals(dead, h.dead) && Arrays.equals(spectralRadius, h.spectralRadius)
                && Arrays.equals(log10DerivativeProduct, h.log10DerivativeProduct);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(spectralRadius);
    }

    @Override
    public String toString() {
        return "Health[saturation=" + Arrays.toString(saturation) + ", dead=" + Arrays.toString(dead)
                + ", spectralRadius=" + Arrays.toString(spectralRadius) + ", log10DerivativeProduct="
                + Arrays.toString(log10DerivativeProduct) + "]";
    }

    /** Runs the batch forward from zero states and reads the caches. */
    public static Health measure(SequenceModel model, R064Store x, int batch) {
        int steps = Math.toIntExact(x.countColumns() / batch);
        Unroll u = model.unroll(steps, batch);
        u.zeroInitialState();
        model.forward(u, Block.of(x));
        int layers = model.cells().size();
        double[] saturation = new double[layers], dead = new double[layers], rho = new double[layers],
                product = new double[layers];
        for (int l = 0; l < layers; l++) {
            Cell cell = model.cells().get(l);
            CellWorkspace ws = u.layer(l);
            int h = cell.hiddenSize();
            rho[l] = spectralRadius(cell, h);
            if (cell instanceof VanillaCell vanilla) {
                Activation f = vanilla.activation();
                saturation[l] = vanillaSaturation(f, ws);
                dead[l] = Families.isReluFamily(f) ? deadShare(ws.gates(), h, steps, batch) : Double.NaN;
                product[l] = vanillaProduct(f, ws, h, steps, batch);
            } else {
                saturation[l] = gateSaturation(cell.type(), ws.gates(), h);
                dead[l] = Double.NaN;
                // LSTM: the forget gate (block 1 of i|f|g|o); GRU: the update gate (block 1 of r|z|n)
                product[l] = gateProduct(ws.gates(), cell.type().gates(), 1, h, steps, batch);
            }
        }
        return new Health(saturation, dead, rho, product);
    }

    private static double spectralRadius(Cell cell, int h) {
        R064Store whh = cell.parameters().get(1).value();
        double max = 0.0;
        for (int g = 0; g < cell.type().gates(); g++) {
            max = Math.max(max, SpectralRadius.of(whh, g * h));
        }
        return max;
    }

    private static double vanillaSaturation(Activation f, CellWorkspace ws) {
        double bound = Families.bound(f);
        if (Double.isNaN(bound)) {
            return Double.NaN;
        }
        double[] a = ws.gates().data;
        int saturated = 0;
        for (double pre : a) {
            double y = f.value(pre);
            boolean flat = f.kind() == org.rnnlab.activation.ActivationKind.SIGMOID ? (y < 0.01 || y > 0.99)
                    : Math.abs(y) > 0.99 * bound;
            saturated += flat ? 1 : 0;
        }
        return (double) saturated / a.length;
    }

    private static double gateSaturation(CellType type, R064Store gates, int h) {
        int rows = type.gates() * h;
        double[] d = gates.data;
        int saturated = 0;
        for (int i = 0; i < d.length; i++) {
            int block = (i % rows) / h;
            boolean tanhBlock = (type == CellType.LSTM && block == 2) || (type == CellType.GRU && block == 2);
            double v = d[i];
            saturated += (tanhBlock ? Math.abs(v) > 0.99 : (v < 0.01 || v > 0.99)) ? 1 : 0;
        }
        return (double) saturated / d.length;
    }

    private static double deadShare(R064Store pre, int h, int steps, int batch) {
        int dead = 0;
        for (int u = 0; u < h; u++) {
            boolean alive = false;
            for (int c = 0; c < steps * batch && !alive; c++) {
                alive = pre.data[c * h + u] > 0.0;
            }
            dead += alive ? 0 : 1;
        }
        return (double) dead / h;
    }

    private static double vanillaProduct(Activation f, CellWorkspace ws, int h, int steps, int batch) {
        double[] a = ws.gates().data;
        double sum = 0.0;
        for (int b = 0; b < batch; b++) {
            for (int u = 0; u < h; u++) {
                double p = 1.0;
                for (int t = 0; t < steps; t++) {
                    double pre = a[(t * batch + b) * h + u];
                    p *= Math.abs(f.derivative(pre, f.value(pre)));
                }
                sum += p;
            }
        }
        return Math.log10(sum / (batch * (double) h));
    }

    private static double gateProduct(R064Store gates, int gateCount, int block, int h, int steps, int batch) {
        double[] d = gates.data;
        int rows = gateCount * h;
        double sum = 0.0;
        for (int b = 0; b < batch; b++) {
            for (int u = 0; u < h; u++) {
                double p = 1.0;
                for (int t = 0; t < steps; t++) {
                    p *= d[(t * batch + b) * rows + block * h + u];
                }
                sum += p;
            }
        }
        return Math.log10(sum / (batch * (double) h));
    }
}
