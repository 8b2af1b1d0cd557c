package org.rnnlab.activation;

/**
 * "logmin": f(x) = ln(1+x) for x &gt; 0, else 0 — a ReLU whose positive side grows only
 * logarithmically. f'(x) = 1/(1+x) for x &gt; 0, else 0 (a kink at 0, like ReLU).
 */
public record LogMin() implements Activation {
    @Override
    public ActivationKind kind() {
        return ActivationKind.LOGMIN;
    }

    @Override
    public double value(double x) {
        return x > 0.0 ? Math.log1p(x) : 0.0;
    }

    @Override
    public double derivative(double x, double y) {
        return x > 0.0 ? 1.0 / (1.0 + x) : 0.0;
    }
}
