package org.rnnlab.activation;

/** f(x) = atan x, f'(x) = 1/(1+x²); bounded by ±π/2 with slower saturation than tanh. */
public record ArcTan() implements Activation {
    @Override
    public ActivationKind kind() {
        return ActivationKind.ARCTAN;
    }

    @Override
    public double value(double x) {
        return Math.atan(x);
    }

    @Override
    public double derivative(double x, double y) {
        return 1.0 / (1.0 + x * x);
    }
}
