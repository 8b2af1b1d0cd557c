package org.rnnlab.optim;

import java.util.List;

import org.rnnlab.tensor.Parameter;

/**
 * RMSprop's scaling (Tieleman and Hinton 2012) as PyTorch computes it: {@code v ← α·v + (1−α)·g²},
 * {@code u = g / (√v + ε)}.
 */
public record ScaleByRms(double alpha, double eps) implements GradientTransform {

    public ScaleByRms {
        Moments.requireDecay("alpha", alpha);
        Moments.requireEpsilon(eps);
    }

    @Override
    public RmsState init(List<Parameter> parameters) {
        return new RmsState(this, Moments.zerosLike(parameters));
    }

    /** The running mean of squares {@code v}, one buffer per parameter. */
    public record RmsState(ScaleByRms link, double[][] squares) implements State {

        @Override
        public void update(Updates updates, StepInfo info) {
            double alpha = link.alpha, eps = link.eps;
            for (int i = 0; i < updates.count(); i++) {
                double[] u = updates.values(i), v = squares[i];
                for (int k = 0; k < u.length; k++) {
                    v[k] = alpha * v[k] + (1.0 - alpha) * u[k] * u[k];
                    u[k] = u[k] / (Math.sqrt(v[k]) + eps);
                }
            }
        }
    }
}
