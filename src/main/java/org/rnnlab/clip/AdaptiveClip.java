package org.rnnlab.clip;

import java.io.Serializable;
import java.util.List;

import org.rnnlab.optim.GradientTransform;
import org.rnnlab.optim.StepInfo;
import org.rnnlab.optim.Updates;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.tensor.ParameterKind;

/**
 * Adaptive gradient clipping, AGC (Brock, De, Smith and Simonyan 2021, "High-performance
 * large-scale image recognition without normalization", section 4): each unit's gradient is
 * clipped relative to the norm of that unit's weights,
 *
 * <pre>
 *   if ‖G_i‖ / max(‖W_i‖, ε) > λ   then   G_i ← λ · max(‖W_i‖, ε) / ‖G_i‖ · G_i
 * </pre>
 *
 * (Frobenius norms). A unit is one row of a weight matrix in PyTorch's shape {@code [G·H, D]}: the
 * weights into one hidden unit of one gate, so each gate row of {@code W_ih} and of {@code W_hh} is
 * clipped on its own; a bias vector (and any other vector parameter) is one unit. ε = 1e-3 keeps
 * zero-initialised weights (biases) from freezing. The output head is excluded by default, as the
 * paper excludes the final linear layer. Below the threshold nothing changes; a clipped unit keeps
 * its direction and its gradient's norm becomes exactly λ·max(‖W_i‖, ε).
 *
 * <p>Records the global L2 norm before and after, λ as the threshold, and the share of the units it
 * acts on that it clipped.
 *
 * @param lambda      the clipping ratio λ > 0
 * @param eps         ε > 0, the smallest weight norm a unit is measured against
 * @param includeHead whether the head's weight and bias are clipped too
 */
public record AdaptiveClip(double lambda, double eps, boolean includeHead) implements GradientTransform,
        Serializable {

    /** Brock et al.'s ε. */
    public static final double DEFAULT_EPS = 1e-3;

    public AdaptiveClip {
        Clipping.requireThreshold("AGC's lambda", lambda);
        Clipping.requireThreshold("AGC's eps", eps);
    }

    /** λ with ε = 1e-3, the head excluded. */
    public static AdaptiveClip of(double lambda) {
        return new AdaptiveClip(lambda, DEFAULT_EPS, false);
    }

    @Override
    public State init(List<Parameter> parameters) {
        int[] units = new int[parameters.size()], lengths = new int[parameters.size()];
        for (int i = 0; i < units.length; i++) {
            Parameter p = parameters.get(i);
            int[] shape = p.shape();
            boolean acts = actsOn(p.kind(), includeHead);
            units[i] = !acts ? 0 : shape.length == 2 ? shape[0] : 1;
            lengths[i] = shape.length == 2 ? shape[1] : shape[0];
        }
        return new AgcState(lambda, eps, units, lengths);
    }

    /** "agc(λ=0.01)", "agc(λ=0.01, ε=1e-4, head)". */
    public String label() {
        return "agc(λ=" + lambda + (eps == DEFAULT_EPS ? "" : ", ε=" + eps) + (includeHead ? ", head" : "") + ")";
    }

    /** Whether AGC acts on a parameter of this kind. */
    static boolean actsOn(ParameterKind kind, boolean includeHead) {
        return includeHead || !kind.isOutputLayer();
    }

    /**
     * The state: AGC remembers nothing between steps; it holds its hyper-parameters and, per
     * parameter, how its units lie in the column-major buffer, worked out once from the shapes.
     *
     * @param lambda  λ
     * @param eps     ε
     * @param units   per parameter, its number of units: the rows of a matrix, 1 for a vector, 0 when AGC leaves it alone
     * @param lengths per parameter, the elements of one unit: a matrix's columns, a vector's size
     */
    public record AgcState(double lambda, double eps, int[] units, int[] lengths) implements GradientTransform.State {

        @Override
        public void update(Updates updates, StepInfo info) {
            double before = info.updateNorm(updates);
            int all = 0, clipped = 0;
            for (int i = 0; i < updates.count(); i++) {
                int rows = units[i];
                double[] g = updates.values(i), w = updates.parameter(i).value().data;
                for (int r = 0; r < rows; r++) {
                    // row r of a [rows, length] matrix stored by columns: elements r, r + rows, r + 2·rows, …
                    clipped += clipUnit(g, w, r, rows, lengths[i]) ? 1 : 0;
                }
                all += rows;
            }
            double after = before;
            if (clipped > 0) {
                info.updatesChanged();
                after = info.updateNorm(updates);
            }
            info.recordClip(before, after, clipped > 0);
            info.recordThreshold(lambda, all == 0 ? 0.0 : (double) clipped / all);
        }

        /**
         * Clips the unit whose elements are {@code from, from + stride, …} ({@code length} of them) in
         * the column-major gradient {@code g}, against the same elements of {@code w}; true if it clipped.
         */
        private boolean clipUnit(double[] g, double[] w, int from, int stride, int length) {
            double gNorm = strided(g, from, stride, length);
            double wNorm = Math.max(strided(w, from, stride, length), eps);
            double max = lambda * wNorm;
            if (!(gNorm > max)) {
                return false;
            }
            double scale = max / gNorm;
            for (int k = 0, at = from; k < length; k++, at += stride) {
                g[at] *= scale;
            }
            return true;
        }
    }

    /** The L2 norm of {@code a[from], a[from + stride], …} ({@code length} elements), scaled against overflow. */
    static double strided(double[] a, int from, int stride, int length) {
        double scale = 0.0;
        for (int k = 0, at = from; k < length; k++, at += stride) {
            scale = Math.max(scale, Math.abs(a[at]));
        }
        if (scale == 0.0 || !Double.isFinite(scale)) {
            return scale;
        }
        double sum = 0.0;
        for (int k = 0, at = from; k < length; k++, at += stride) {
            double v = a[at] / scale;
            sum += v * v;
        }
        return scale * Math.sqrt(sum);
    }
}
