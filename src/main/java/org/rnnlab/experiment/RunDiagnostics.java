package org.rnnlab.experiment;

import java.io.Serializable;
import org.rnnlab.diagnostics.JacobianFlow;
import org.rnnlab.diagnostics.NonFiniteSite;

/**
 * What a run measures beyond its loss and global norms: the Jacobian flow of every layer before and
 * after training, where a diverged run first turned non-finite, and, per layer and step, how large
 * the layer's gradient and its recurrent weights' update were.
 *
 * @param initialJacobian   ‖∂h_T/∂h_{T−k}‖ per layer and lag on the probe batch before training (null if not measured)
 * @param finalJacobian     the same after training, or at divergence (null if not measured)
 * @param firstNonFinite    the first NaN or ±Inf of the step that diverged, or null (a finite run, or a
 *                          divergence by the rule on a finite gradient norm)
 * @param layerGradNorms    per layer (bottom first), per step: ‖∂L/∂W_hh^l‖, the L2 norm of the gradient of
 *                          layer l's recurrent weights before clipping (the one weight matrix of the same
 *                          shape in every layer, so layers compare without counting parameters)
 * @param layerUpdateRatios per layer, per step: ‖ΔW_hh^l‖/‖W_hh^l‖, the update-to-weight ratio of the
 *                          layer's recurrent weights (0 where the update was not applied)
 */
public record RunDiagnostics(JacobianFlow initialJacobian, JacobianFlow finalJacobian, NonFiniteSite firstNonFinite,
        double[][] layerGradNorms, double[][] layerUpdateRatios) implements Serializable {

    /** Nothing measured (a failed run, or a record made before these measures existed). */
    public static final RunDiagnostics NONE = new RunDiagnostics(null, null, null, new double[0][], new double[0][]);

    public RunDiagnostics {
        if (layerGradNorms == null || layerUpdateRatios == null) {
            throw new IllegalArgumentException("per-layer series are required (empty when not measured)");
        }
    }

    /** Equal when every part is (the per-layer series by content, NaN equals NaN), so a read-back record equals its original. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RunDiagnostics d && java.util.Objects.equals(initialJacobian, d.initialJacobian)
                && java.util.Objects.equals(finalJacobian, d.finalJacobian)
                && java.util.Objects.equals(firstNonFinite, d.firstNonFinite)
                && java.util.Arrays.deepEquals(layerGradNorms, d.layerGradNorms)
                && java.util.Arrays.deepEquals(layerUpdateRatios, d.layerUpdateRatios);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(initialJacobian, finalJacobian, firstNonFinite) * 31
                + java.util.Arrays.deepHashCode(layerGradNorms);
    }

    @Override
    public String toString() {
        return "RunDiagnostics[" + initialJacobian + ", " + finalJacobian + ", " + firstNonFinite + ", " + layers() + " layers]";
    }

    public int layers() {
        return layerGradNorms.length;
    }

    /**
     * The bottom layer's share of the recurrent weights' gradient, ‖∂L/∂W_hh^0‖ / Σ_l ‖∂L/∂W_hh^l‖, at each
     * step; its median over the steps with a finite share. 1 for one layer; with L layers of equal
     * gradients it is 1/L, below that the bottom layer gets less than its share. NaN without steps.
     */
    public double bottomShare() {
        if (layers() == 0) {
            return Double.NaN;
        }
        int n = layerGradNorms[0].length;
        double[] shares = new double[n];
        int finite = 0;
        for (int s = 0; s < n; s++) {
            double sum = 0.0;
            for (double[] layer : layerGradNorms) {
                sum += layer[s];
            }
            double share = layerGradNorms[0][s] / sum;
            if (Double.isFinite(share)) {
                shares[finite++] = share;
            }
        }
        return median(shares, finite);
    }

    /** The median over steps of layer l's update-to-weight ratio of W_hh (steps with an applied, finite update). */
    public double medianUpdateRatio(int layer) {
        double[] r = layerUpdateRatios[layer];
        double[] kept = new double[r.length];
        int n = 0;
        for (double v : r) {
            if (v > 0 && Double.isFinite(v)) {
                kept[n++] = v;
            }
        }
        return median(kept, n);
    }

    /** The median over steps of layer l's gradient norm (finite steps). */
    public double medianGradNorm(int layer) {
        double[] g = layerGradNorms[layer];
        double[] kept = new double[g.length];
        int n = 0;
        for (double v : g) {
            if (Double.isFinite(v)) {
                kept[n++] = v;
            }
        }
        return median(kept, n);
    }

    private static double median(double[] values, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        double[] sorted = java.util.Arrays.copyOf(values, n);
        java.util.Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
