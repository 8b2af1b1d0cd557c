package org.rnnlab.optim;

import java.util.List;

import org.rnnlab.tensor.Parameter;

/**
 * Adagrad's scaling (Duchi, Hazan and Singer 2011) as PyTorch computes it: {@code s ← s + g²},
 * {@code u = g / (√s + ε)}, with {@code s} starting at {@code initialAccumulator}.
 */
public record ScaleByRss(double initialAccumulator, double eps) implements GradientTransform {

    public ScaleByRss {
        if (!(initialAccumulator >= 0.0)) {
            throw new IllegalArgumentException("initialAccumulator must be >= 0, got " + initialAccumulator);
        }
        Moments.requireEpsilon(eps);
    }

    @Override
    public RssState init(List<Parameter> parameters) {
        double[][] sums = Moments.zerosLike(parameters);
        for (double[] s : sums) {
            java.util.Arrays.fill(s, initialAccumulator);
        }
        return new RssState(this, sums);
    }

    /** The sums of squares {@code s}, one buffer per parameter. */
    public record RssState(ScaleByRss link, double[][] sums) implements State {

        @Override
        public void update(Updates updates, StepInfo info) {
            double eps = link.eps;
            for (int i = 0; i < updates.count(); i++) {
                double[] u = updates.values(i), s = sums[i];
                for (int k = 0; k < u.length; k++) {
                    s[k] += u[k] * u[k];
                    u[k] = u[k] / (Math.sqrt(s[k]) + eps);
                }
            }
        }
    }
}
