package org.rnnlab.clip;

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
public record AdaptiveClip(double lambda, double eps, boolean includeHead) implements GradientTransform {

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
        return new AgcState(lambda, eps, includeHead);
    }

    /** "agc(λ=0.01)", "agc(λ=0.01, ε=1e-4, head)". */
    public String label() {
        return "agc(λ=" + lambda + (eps == DEFAULT_EPS ? "" : ", ε=" + eps) + (includeHead ? ", head" : "") + ")";
    }

    /** Whether AGC acts on a parameter of this kind. */
    static boolean actsOn(ParameterKind kind, boolean includeHead) {
        return includeHead || (kind != ParameterKind.HEAD_WEIGHT && kind != ParameterKind.HEAD_BIAS);
    }

    /**
     * The state: AGC remembers nothing between steps, so it is its hyper-parameters.
     *
     * @param lambda      λ
     * @param eps         ε
     * @param includeHead whether the head is clipped
     */
    public record AgcState(double lambda, double eps, boolean includeHead) implements GradientTransform.State {

        @Override
        public void update(Updates updates, StepInfo info) {
            double before = info.updateNorm(updates);
            int units = 0, clipped = 0;
            for (int i = 0; i < updates.count(); i++) {
                Parameter p = updates.parameter(i);
                if (!actsOn(p.kind(), includeHead)) {
                    continue;
                }
                int[] shape = p.shape();
                int rows = shape.length == 2 ? shape[0] : 1;
                int stride = shape.length == 2 ? shape[0] : 1;
                int length = shape.length == 2 ? shape[1] : shape[0];
                double[] g = updates.values(i), w = p.value().data;
                for (int r = 0; r < rows; r++) {
                    clipped += clipUnit(g, w, r, stride, length) ? 1 : 0;
                }
                units += rows;
            }
            double after = before;
            if (clipped > 0) {
                info.updatesChanged();
                after = info.updateNorm(updates);
            }
            info.recordClip(before, after, clipped > 0);
            info.recordThreshold(lambda, units == 0 ? 0.0 : (double) clipped / units);
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
