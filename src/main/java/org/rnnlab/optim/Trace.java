package org.rnnlab.optim;

import java.util.List;

import org.rnnlab.tensor.Parameter;

/**
 * Momentum as PyTorch's SGD computes it (dampening 0): {@code b ← μ·b + g}, then {@code u = b}, or
 * with Nesterov (Sutskever et al. 2013) {@code u = g + μ·b}.
 */
public record Trace(double momentum, boolean nesterov) implements GradientTransform {

    public Trace {
        if (!(momentum >= 0.0 && momentum < 1.0)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
    }

    @Override
    public TraceState init(List<Parameter> parameters) {
        return new TraceState(this, Moments.zerosLike(parameters));
    }

    /** The momentum buffers {@code b}, one per parameter. */
    public record TraceState(Trace link, double[][] buffers) implements State {

        @Override
        public void update(Updates updates, StepInfo info) {
            double momentum = link.momentum;
            boolean nesterov = link.nesterov;
            for (int i = 0; i < updates.count(); i++) {
                double[] u = updates.values(i), b = buffers[i];
                for (int k = 0; k < u.length; k++) {
                    b[k] = momentum * b[k] + u[k];
                    u[k] = nesterov ? u[k] + momentum * b[k] : b[k];
                }
            }
        }
    }
}
