package org.rnnlab.activation;

/**
 * Softsign f(x) = x/(1+|x|), f'(x) = 1/(1+|x|)² (Bergstra et al. 2009; Glorot and Bengio 2010):
 * tails approach ±1 polynomially, not exponentially, so units saturate more gently than tanh.
 */
public record Softsign() implements Activation {
    @Override
    public ActivationKind kind() {
        return ActivationKind.SOFTSIGN;
    }

    @Override
    public double value(double x) {
        return x / (1.0 + Math.abs(x));
    }

    @Override
    public double derivative(double x, double y) {
        double s = 1.0 + Math.abs(x);
        return 1.0 / (s * s);
    }
}
