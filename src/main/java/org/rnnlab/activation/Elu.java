package org.rnnlab.activation;

/**
 * Exponential linear unit (Clevert, Unterthiner and Hochreiter 2016): f(x) = x for x &gt; 0,
 * else α(e^x − 1); f'(x) = 1, else α·e^x (continuous at 0 when α = 1).
 *
 * @param alpha the negative saturation level (default 1)
 */
public record Elu(double alpha) implements Activation {
    public Elu {
        if (!(alpha > 0.0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("elu alpha must be > 0, got " + alpha);
        }
    }

    @Override
    public ActivationKind kind() {
        return ActivationKind.ELU;
    }

    @Override
    public double parameter() {
        return alpha;
    }

    @Override
    public double value(double x) {
        return x > 0.0 ? x : alpha * Math.expm1(x);
    }

    @Override
    public double derivative(double x, double y) {
        return x > 0.0 ? 1.0 : alpha * Math.exp(x);
    }
}
