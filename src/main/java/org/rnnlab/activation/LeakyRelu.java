package org.rnnlab.activation;

/**
 * Leaky ReLU f(x) = max(αx, x) for 0 ≤ α &lt; 1 (Maas, Hannun and Ng 2013): f'(x) = 1 for
 * x &gt; 0, else α. A unit never stops passing gradient entirely.
 *
 * @param alpha the slope for negative inputs (default 0.01)
 */
public record LeakyRelu(double alpha) implements Activation {
    public LeakyRelu {
        if (!(alpha >= 0.0 && alpha < 1.0)) {
            throw new IllegalArgumentException("leaky_relu alpha must be in [0, 1), got " + alpha);
        }
    }

    @Override
    public ActivationKind kind() {
        return ActivationKind.LEAKY_RELU;
    }

    @Override
    public double parameter() {
        return alpha;
    }

    @Override
    public double value(double x) {
        return x > 0.0 ? x : alpha * x;
    }

    @Override
    public double derivative(double x, double y) {
        return x > 0.0 ? 1.0 : alpha;
    }
}
