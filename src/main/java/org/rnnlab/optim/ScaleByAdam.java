package org.rnnlab.optim;

import java.util.List;

import org.rnnlab.tensor.Parameter;

/**
 * Adam's scaling (Kingma and Ba 2015): {@code m ← β₁m + (1−β₁)g}, {@code v ← β₂v + (1−β₂)g²},
 * {@code u = m̂ / (√v̂ + ε)} with the bias corrections {@code m̂ = m/(1−β₁ᵗ)}, {@code v̂ = v/(1−β₂ᵗ)},
 * t counting the updates this link has made (from 1). Same as PyTorch's {@code torch.optim.Adam}, with
 * the bias corrections computed without cancellation (see {@link #biasCorrection}).
 */
public record ScaleByAdam(double beta1, double beta2, double eps) implements GradientTransform {

    public ScaleByAdam {
        Moments.requireDecay("beta1", beta1);
        Moments.requireDecay("beta2", beta2);
        Moments.requireEpsilon(eps);
    }

    /** β₁ = 0.9, β₂ = 0.999, ε = 1e-8. */
    public static ScaleByAdam defaults() {
        return new ScaleByAdam(0.9, 0.999, 1e-8);
    }

    @Override
    public AdamState init(List<Parameter> parameters) {
        return new AdamState(this, new long[1], Moments.zerosLike(parameters), Moments.zerosLike(parameters));
    }

    /**
     * Adam's state: the updates made so far, and the first and second moments, one buffer per parameter.
     *
     * @param link  the hyper-parameters
     * @param count t, the updates made so far (one element, changed in place)
     * @param m     the first moments
     * @param v     the second moments
     */
    public record AdamState(ScaleByAdam link, long[] count, double[][] m, double[][] v) implements State {

        @Override
        public void update(Updates updates, StepInfo info) {
            double beta1 = link.beta1, beta2 = link.beta2, eps = link.eps;
            long t = ++count[0];
            double c1 = biasCorrection(beta1, t), c2 = biasCorrection(beta2, t);
            for (int i = 0; i < updates.count(); i++) {
                double[] u = updates.values(i), mi = m[i], vi = v[i];
                for (int k = 0; k < u.length; k++) {
                    double g = u[k];
                    mi[k] = beta1 * mi[k] + (1.0 - beta1) * g;
                    vi[k] = beta2 * vi[k] + (1.0 - beta2) * g * g;
                    u[k] = (mi[k] / c1) / (Math.sqrt(vi[k] / c2) + eps);
                }
            }
        }
    }

    /**
     * {@code 1 − βᵗ} to full relative precision. Written as {@code 1 − Math.pow(β, t)} it cancels:
     * βᵗ is rounded near 1 before the subtraction, which leaves an error of up to 1e-16/(1 − βᵗ)
     * relative, 1.4e-14 already for β = 0.999 at t = 2. As {@code −expm1(t·log1p(−(1 − β)))}
     * ({@code 1 − β} is exact for β ≥ 1/2) every step keeps its relative precision.
     */
    static double biasCorrection(double beta, long t) {
        return -Math.expm1(t * Math.log1p(-(1.0 - beta)));
    }
}
